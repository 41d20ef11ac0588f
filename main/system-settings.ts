/**
 * The two settings that act on the system rather than the page: study reminders and opening at
 * login. They are applied once at start-up from the loaded store and again each time the person
 * saves settings (the same wrapping of 'settings:save' as the menu language in main/index.ts),
 * and 'app:status' tells the renderer what this system supports, so Settings can say so.
 */
import { ok, SettingsSchema, type Settings } from '../core';
import type { SystemSupport } from '../preload/channels';
import type { ChannelHandlerTable } from './ipc/register';
import { loginItemsSupported, syncOpenAtLogin } from './login-item';
import { createTranslator } from '../core/i18n';
import { menuLocale } from './locale';
import { reminderText, type ReminderText } from './reminders/reminder-text';
import { createReminderOwner, notificationsSupported, type ReminderOwner } from './reminders/reminders';
import type { SkillgapService } from './service/service';

export interface SystemSettingsOptions {
  service: Pick<SkillgapService, 'load' | 'builtinCatalog'>;
  /** The system's language (app.getLocale()), used before the person has a profile. */
  systemLocale: () => string;
  showWindow: () => void;
  now?: () => Date;
  platform?: NodeJS.Platform;
}

export interface SystemSettings {
  apply(settings: Settings): void;
  support(): SystemSupport;
  /** The reminder owner, for the tests and for quitting. */
  reminders: ReminderOwner;
}

/** The reminder's words from the current store; a generic line when the store cannot be read. */
async function currentReminderText(options: SystemSettingsOptions): Promise<ReminderText> {
  const [data, catalog] = await Promise.all([options.service.load(), options.service.builtinCatalog()]);
  if (data.ok && catalog.ok) return reminderText(data.value, catalog.value, options.systemLocale());
  const t = createTranslator(menuLocale(null, options.systemLocale()));
  return { title: t('reminder.title'), body: t('reminder.bodyNoPlan') };
}

export function createSystemSettings(options: SystemSettingsOptions): SystemSettings {
  const platform = options.platform ?? process.platform;
  const reminders = createReminderOwner({
    text: () => currentReminderText(options),
    showWindow: options.showWindow,
    now: options.now,
    platform,
  });
  return {
    reminders,
    apply(settings) {
      // The settings are saved already; a system call that fails must not undo or fail the save.
      try {
        reminders.apply(settings.reminders);
      } catch (error) {
        console.error('Could not schedule the study reminders', error);
      }
      try {
        syncOpenAtLogin(settings.openAtLogin, platform);
      } catch (error) {
        console.error('Could not change the login item', error);
      }
    },
    support: () => ({ notifications: notificationsSupported(), openAtLogin: loginItemsSupported(platform) }),
  };
}

/** Applies the stored settings once, at start-up. */
export async function applySavedSystemSettings(handlers: ChannelHandlerTable, system: SystemSettings): Promise<void> {
  const loaded = await handlers['store:load']([]);
  if (loaded.ok) system.apply(loaded.value.settings);
}

/** Saved settings reach the system; the status says what the system supports. */
export function withSystemSettings(handlers: ChannelHandlerTable, system: SystemSettings): ChannelHandlerTable {
  return {
    ...handlers,
    'settings:save': async (args) => {
      const result = await handlers['settings:save'](args);
      const settings = SettingsSchema.safeParse(args[0]);
      if (result.ok && settings.success) system.apply(settings.data);
      return result;
    },
    'app:status': async (args) => {
      const result = await handlers['app:status'](args);
      if (!result.ok) return result;
      let systemSupport: SystemSupport | null = null;
      try {
        systemSupport = system.support();
      } catch (error) {
        console.error('Could not tell what the system supports', error);
      }
      return ok({ ...result.value, systemSupport });
    },
  };
}
