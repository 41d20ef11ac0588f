/**
 * The owner of the study reminders: one timer armed for the next reminder, re-armed after each
 * one and when the computer wakes, and an Electron Notification that brings the window forward
 * when clicked. The schedule itself is pure (next-reminder.ts); this file is the Electron glue.
 *
 * Nothing here touches the system while reminders are off: no timer, no power listener, no
 * notification support check. Reminders only fall while Skillgap runs (open at login helps).
 */
import { app, Notification, powerMonitor } from 'electron';
import { DEFAULT_REMINDERS, type ReminderSettings } from '../../core';
import { nextReminderAfter, reminderDueNow } from './next-reminder';
import type { ReminderText } from './reminder-text';

/**
 * Windows shows a notification only for an app whose Start menu shortcut carries the same
 * Application User Model ID; electron-builder gives the shortcut the appId of electron-builder.yml.
 */
export const WINDOWS_APP_USER_MODEL_ID = 'app.skillgap.desktop';

export interface ReminderOwnerOptions {
  /** The notification's words, read when it is shown, so they follow the saved language and plan. */
  text: () => Promise<ReminderText>;
  /** Shows and focuses the main window, opening it again if it was closed. */
  showWindow: () => void;
  now?: () => Date;
  platform?: NodeJS.Platform;
}

export interface ReminderOwner {
  /** Applies saved reminder settings; absent means the defaults, which are off. */
  apply(settings: ReminderSettings | undefined): void;
  /** When the armed timer falls, or null when none is armed. */
  armedFor(): Date | null;
  dispose(): void;
}

/** False on systems without a notification service (some Linux desktops). */
export function notificationsSupported(): boolean {
  return Notification.isSupported();
}

export function createReminderOwner(options: ReminderOwnerOptions): ReminderOwner {
  const now = options.now ?? (() => new Date());
  const platform = options.platform ?? process.platform;
  let settings: ReminderSettings = DEFAULT_REMINDERS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let armedAt: Date | null = null;
  // Reminders that fell at or before this instant are never shown: they were shown already, or
  // fell before the settings were applied (turning reminders on at 19:30 does not remind of 19:00).
  let handledUntil = now();
  let listeningForWake = false;
  // Electron drops a notification's click handler when the object is garbage collected, so each
  // one is held until it is clicked or closed.
  const shownNotifications = new Set<Notification>();
  let userModelIdSet = false;

  const disarm = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    armedAt = null;
  };

  const arm = () => {
    disarm();
    const next = nextReminderAfter(now(), settings);
    if (!next) return;
    armedAt = next;
    // A timer that fires early (the wall clock moved) finds nothing due and simply re-arms.
    timer = setTimeout(check, Math.max(0, next.getTime() - now().getTime()));
  };

  const show = async () => {
    const words = await options.text();
    if (!settings.enabled) return;
    if (platform === 'win32' && !userModelIdSet) {
      app.setAppUserModelId(WINDOWS_APP_USER_MODEL_ID);
      userModelIdSet = true;
    }
    const notification = new Notification({ title: words.title, body: words.body });
    shownNotifications.add(notification);
    notification.on('click', () => {
      shownNotifications.delete(notification);
      options.showWindow();
    });
    notification.on('close', () => shownNotifications.delete(notification));
    notification.show();
  };

  /** Runs when the timer fires and when the computer wakes: shows what is due, then re-arms. */
  function check(): void {
    const current = now();
    const due = reminderDueNow(current, settings, handledUntil);
    handledUntil = current;
    if (due) show().catch((error: unknown) => console.error('Could not show the study reminder', error));
    arm();
  }

  // Timers stand still while the computer sleeps, so waking checks at once.
  const onResume = () => check();
  const listenForWake = (listen: boolean) => {
    if (listen === listeningForWake) return;
    if (listen) powerMonitor.on('resume', onResume);
    else powerMonitor.removeListener('resume', onResume);
    listeningForWake = listen;
  };

  const stop = () => {
    disarm();
    listenForWake(false);
    shownNotifications.clear();
  };

  return {
    apply(next) {
      const wanted = next ?? DEFAULT_REMINDERS;
      // Saving another setting (the theme, the language) leaves a running schedule alone.
      if (timer !== null && JSON.stringify(wanted) === JSON.stringify(settings)) return;
      settings = wanted;
      handledUntil = now();
      if (!settings.enabled || !notificationsSupported()) {
        stop();
        return;
      }
      listenForWake(true);
      arm();
    },
    armedFor: () => armedAt,
    dispose: stop,
  };
}
