/**
 * The reminder owner with Electron's Notification, powerMonitor and app replaced by fakes, on a
 * fake clock in Paris time (Monday 4 May 2026 is summer time, UTC+2).
 */
import type { EventEmitter } from 'node:events';
import type { ReminderSettings } from '../../../core';
import { createReminderOwner, WINDOWS_APP_USER_MODEL_ID, type ReminderOwnerOptions } from '../../../main/reminders/reminders';

interface FakeNotification extends EventEmitter {
  options: { title: string; body: string };
  show: ReturnType<typeof vi.fn>;
}

const fakes = vi.hoisted(() => ({
  supported: true,
  notifications: [] as unknown[],
  isSupported: { calls: 0 },
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class Notification extends Emitter {
    static isSupported() {
      fakes.isSupported.calls += 1;
      return fakes.supported;
    }
    show = vi.fn();
    constructor(public options: { title: string; body: string }) {
      super();
      fakes.notifications.push(this);
    }
  }
  return { Notification, powerMonitor: new Emitter(), app: { setAppUserModelId: vi.fn() } };
});

const electron = await import('electron');
const powerMonitor = electron.powerMonitor as unknown as EventEmitter;
const setAppUserModelId = electron.app.setAppUserModelId as unknown as ReturnType<typeof vi.fn>;
const notifications = () => fakes.notifications as FakeNotification[];

const WEEKDAYS_AT_SEVEN: ReminderSettings = { enabled: true, days: [1, 2, 3, 4, 5], time: '19:00' };
const MONDAY_10AM = new Date('2026-05-04T08:00:00Z');
const MONDAY_7PM = new Date('2026-05-04T17:00:00Z');
const TUESDAY_7PM = new Date('2026-05-05T17:00:00Z');
const HOUR = 60 * 60 * 1000;

const originalZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

let owners: ReturnType<typeof createReminderOwner>[] = [];

beforeEach(() => {
  vi.useFakeTimers({ now: MONDAY_10AM });
  fakes.supported = true;
  fakes.notifications = [];
  fakes.isSupported.calls = 0;
  setAppUserModelId.mockClear();
});

afterEach(() => {
  for (const owner of owners) owner.dispose();
  owners = [];
  powerMonitor.removeAllListeners();
  vi.useRealTimers();
});

function owner(options: Partial<ReminderOwnerOptions> = {}) {
  const showWindow = vi.fn();
  const text = vi.fn(async () => ({ title: 'Time to study', body: 'Next up: ML Crash Course' }));
  const created = createReminderOwner({ text, showWindow, platform: 'linux', ...options });
  owners.push(created);
  return { reminders: created, showWindow, text };
}

/** Moves the clock as a sleeping computer does: time passes, but no timer runs. */
function sleepUntil(wake: Date) {
  vi.setSystemTime(wake);
}

describe('study reminders', () => {
  it('arms one timer for the next chosen day and time', () => {
    const { reminders } = owner();
    reminders.apply(WEEKDAYS_AT_SEVEN);
    expect(reminders.armedFor()).toEqual(MONDAY_7PM);
    expect(vi.getTimerCount()).toBe(1);
    expect(powerMonitor.listenerCount('resume')).toBe(1);
  });

  it('shows the notification at the time, then re-arms for the next day', async () => {
    const { reminders, text } = owner();
    reminders.apply(WEEKDAYS_AT_SEVEN);

    vi.advanceTimersByTime(MONDAY_7PM.getTime() - MONDAY_10AM.getTime() - 1);
    expect(notifications()).toHaveLength(0);
    vi.advanceTimersByTime(1);

    await vi.waitFor(() => expect(notifications()).toHaveLength(1));
    expect(text).toHaveBeenCalledOnce();
    expect(notifications()[0].options).toEqual({ title: 'Time to study', body: 'Next up: ML Crash Course' });
    expect(notifications()[0].show).toHaveBeenCalledOnce();
    expect(reminders.armedFor()).toEqual(TUESDAY_7PM);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('brings the window forward when the notification is clicked', async () => {
    const { reminders, showWindow } = owner();
    reminders.apply(WEEKDAYS_AT_SEVEN);
    vi.advanceTimersByTime(MONDAY_7PM.getTime() - MONDAY_10AM.getTime());
    await vi.waitFor(() => expect(notifications()).toHaveLength(1));

    expect(showWindow).not.toHaveBeenCalled();
    notifications()[0].emit('click');
    expect(showWindow).toHaveBeenCalledOnce();
  });

  it('clears the timer and stops listening when reminders are turned off', () => {
    const { reminders } = owner();
    reminders.apply(WEEKDAYS_AT_SEVEN);
    reminders.apply({ ...WEEKDAYS_AT_SEVEN, enabled: false });
    expect(reminders.armedFor()).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    expect(powerMonitor.listenerCount('resume')).toBe(0);
    vi.advanceTimersByTime(7 * 24 * HOUR);
    expect(notifications()).toHaveLength(0);
  });

  it('asks nothing of the system while reminders were never turned on', () => {
    const { reminders } = owner();
    reminders.apply(undefined);
    expect(fakes.isSupported.calls).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(powerMonitor.listenerCount('resume')).toBe(0);
  });

  it('does nothing where the system cannot show notifications', () => {
    fakes.supported = false;
    const { reminders } = owner();
    reminders.apply(WEEKDAYS_AT_SEVEN);
    expect(reminders.armedFor()).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    expect(powerMonitor.listenerCount('resume')).toBe(0);
  });

  it('re-arms from the new time on another save of different settings, and leaves the timer alone on the same ones', () => {
    const { reminders } = owner();
    reminders.apply(WEEKDAYS_AT_SEVEN);
    reminders.apply({ ...WEEKDAYS_AT_SEVEN });
    expect(reminders.armedFor()).toEqual(MONDAY_7PM);
    reminders.apply({ ...WEEKDAYS_AT_SEVEN, time: '08:15' });
    expect(reminders.armedFor()).toEqual(new Date('2026-05-05T06:15:00Z'));
    expect(vi.getTimerCount()).toBe(1);
  });

  it('does not remind at once of a time already passed when reminders are turned on', () => {
    vi.setSystemTime(new Date('2026-05-04T17:30:00Z'));
    const { reminders, text } = owner();
    reminders.apply(WEEKDAYS_AT_SEVEN);
    expect(reminders.armedFor()).toEqual(TUESDAY_7PM);
    powerMonitor.emit('resume');
    // The words are asked for synchronously when a reminder is due; none was.
    expect(text).not.toHaveBeenCalled();
    expect(notifications()).toHaveLength(0);
  });

  it('on waking, shows a reminder missed less than an hour ago, once, and re-arms', async () => {
    const { reminders } = owner();
    reminders.apply(WEEKDAYS_AT_SEVEN);
    sleepUntil(new Date(MONDAY_7PM.getTime() + 40 * 60 * 1000));
    powerMonitor.emit('resume');

    await vi.waitFor(() => expect(notifications()).toHaveLength(1));
    expect(reminders.armedFor()).toEqual(TUESDAY_7PM);
    // The timer armed before the sleep was replaced, so it cannot show the same reminder again.
    powerMonitor.emit('resume');
    vi.advanceTimersByTime(HOUR);
    expect(notifications()).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('on waking after a long sleep, shows no burst of missed reminders', async () => {
    const { reminders, text } = owner();
    reminders.apply(WEEKDAYS_AT_SEVEN);
    // Asleep from Monday 10:00 to Thursday 21:00: four reminders fell, the last two hours ago.
    sleepUntil(new Date('2026-05-07T19:00:00Z'));
    powerMonitor.emit('resume');
    expect(text).not.toHaveBeenCalled();
    expect(notifications()).toHaveLength(0);
    expect(reminders.armedFor()).toEqual(new Date('2026-05-08T17:00:00Z'));

    // Asleep again past Friday 19:00 and through the weekend: only Monday's, 10 minutes old, is shown.
    sleepUntil(new Date('2026-05-11T17:10:00Z'));
    powerMonitor.emit('resume');
    await vi.waitFor(() => expect(notifications()).toHaveLength(1));
    expect(reminders.armedFor()).toEqual(new Date('2026-05-12T17:00:00Z'));
  });

  it('gives Windows the installed shortcut’s app id before the first notification', async () => {
    const { reminders } = owner({ platform: 'win32' });
    reminders.apply({ ...WEEKDAYS_AT_SEVEN, days: [0, 1, 2, 3, 4, 5, 6] });
    vi.advanceTimersByTime(MONDAY_7PM.getTime() - MONDAY_10AM.getTime());
    await vi.waitFor(() => expect(notifications()).toHaveLength(1));
    vi.advanceTimersByTime(24 * HOUR);
    await vi.waitFor(() => expect(notifications()).toHaveLength(2));
    expect(setAppUserModelId).toHaveBeenCalledExactlyOnceWith(WINDOWS_APP_USER_MODEL_ID);
  });

  it('stops everything when disposed', () => {
    const { reminders } = owner();
    reminders.apply(WEEKDAYS_AT_SEVEN);
    reminders.dispose();
    expect(vi.getTimerCount()).toBe(0);
    expect(powerMonitor.listenerCount('resume')).toBe(0);
  });
});
