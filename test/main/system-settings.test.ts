/**
 * Saved settings reaching the system: the 'settings:save' and 'app:status' wrappers and the
 * start-up pass, with Electron faked, on a fake clock in Paris time (Monday 4 May 2026, UTC+2).
 */
import type { EventEmitter } from 'node:events';
import { emptyStoreData, fail, ok, type Plan, type Settings, type StoreData } from '../../core';
import type { ChannelHandlerTable } from '../../main/ipc/register';
import { applySavedSystemSettings, createSystemSettings, withSystemSettings, type SystemSettings } from '../../main/system-settings';
import { smallCatalog } from '../fixtures/catalog/smallCatalog';

interface FakeNotification extends EventEmitter {
  options: { title: string; body: string };
}

const fakes = vi.hoisted(() => ({
  supported: true,
  notifications: [] as unknown[],
  app: {
    isPackaged: true,
    getLoginItemSettings: vi.fn(() => ({ openAtLogin: false })),
    setLoginItemSettings: vi.fn(),
    setAppUserModelId: vi.fn(),
  },
  isSupported: vi.fn(),
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  fakes.isSupported.mockImplementation(() => fakes.supported);
  class Notification extends Emitter {
    static isSupported = fakes.isSupported;
    show = vi.fn();
    constructor(public options: { title: string; body: string }) {
      super();
      fakes.notifications.push(this);
    }
  }
  return { Notification, powerMonitor: new Emitter(), app: fakes.app };
});

const { app } = fakes;
const notifications = () => fakes.notifications as FakeNotification[];
const MONDAY_10AM = new Date('2026-05-04T08:00:00Z');
const MONDAY_7PM = new Date('2026-05-04T17:00:00Z');
const REMINDERS_ON: Settings['reminders'] = { enabled: true, days: [1, 3], time: '19:00' };

const plan: Plan = {
  id: 'plan-1',
  name: 'AI engineer',
  createdAt: '2026-05-01T10:00:00.000Z',
  targetRoleIds: ['ai-engineer'],
  inputs: { weeklyHours: 6, studyDays: [1, 3], startDate: '2026-05-04', pauses: [], excludedCourseIds: [], preferredCourseIds: [] },
  items: [{ id: 'item-1', courseId: 'ml-course', skillIds: [], start: '2026-05-04', end: '2026-06-01', hours: 15, status: 'planned' }],
  readyDate: '2026-06-01',
  uncovered: [],
};

function storeWith(settings: Partial<Settings>): StoreData {
  const base = emptyStoreData();
  return {
    ...base,
    profile: {
      name: 'Ana',
      background: 'marketing',
      skills: [],
      targetRoleIds: ['ai-engineer'],
      weeklyHours: 6,
      studyDays: [1, 3],
      startDate: '2026-05-04',
    },
    settings: { ...base.settings, ...settings },
    plans: [plan],
    activePlanId: plan.id,
  };
}

const originalZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Europe/Paris';
});
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

let systems: SystemSettings[] = [];

beforeEach(() => {
  vi.useFakeTimers({ now: MONDAY_10AM });
  fakes.supported = true;
  fakes.notifications = [];
  fakes.isSupported.mockClear();
  app.isPackaged = true;
  app.getLoginItemSettings.mockReset().mockReturnValue({ openAtLogin: false });
  app.setLoginItemSettings.mockReset();
});

afterEach(() => {
  for (const system of systems) system.reminders.dispose();
  systems = [];
  vi.useRealTimers();
});

/** A system-settings owner over a store that holds `stored`, and the wrapped handler table. */
function setUp(stored: StoreData, platform: NodeJS.Platform = 'darwin') {
  let current = stored;
  const service = {
    load: vi.fn(async () => ok(structuredClone(current))),
    builtinCatalog: vi.fn(async () => ok(smallCatalog)),
  };
  const showWindow = vi.fn();
  const system = createSystemSettings({ service, systemLocale: () => 'en-US', showWindow, platform });
  systems.push(system);
  const saveSettings = vi.fn(async (args: unknown[]) => {
    current = { ...current, settings: args[0] as Settings };
    return ok({ savedAt: '2026-05-04T08:00:00.000Z' });
  });
  const inner = {
    'store:load': vi.fn(async () => ok(structuredClone(current))),
    'settings:save': saveSettings,
    'app:status': vi.fn(async () => ok({ version: '0.1.0', dataDirectory: '/data', readOnly: false, recovery: null })),
  } as unknown as ChannelHandlerTable;
  return { system, showWindow, saveSettings, handlers: withSystemSettings(inner, system), inner };
}

async function reminderAtSevenPm(): Promise<FakeNotification> {
  vi.advanceTimersByTime(MONDAY_7PM.getTime() - Date.now());
  await vi.waitFor(() => expect(notifications()).toHaveLength(1));
  return notifications()[0];
}

describe('saving settings', () => {
  it('arms the reminder for the chosen time and shows the next course in English', async () => {
    const { system, handlers } = setUp(storeWith({}));
    const result = await handlers['settings:save']([{ locale: 'en', colorScheme: 'auto', reminders: REMINDERS_ON }]);
    expect(result.ok).toBe(true);
    expect(system.reminders.armedFor()).toEqual(MONDAY_7PM);

    const shown = await reminderAtSevenPm();
    expect(shown.options).toEqual({ title: 'Time to study', body: 'Next up: ML Crash Course' });
    // Wednesday is the next chosen day.
    expect(system.reminders.armedFor()).toEqual(new Date('2026-05-06T17:00:00Z'));
  });

  it('shows the reminder in French once the person chose French', async () => {
    const { handlers } = setUp(storeWith({}));
    await handlers['settings:save']([{ locale: 'fr', colorScheme: 'auto', reminders: REMINDERS_ON }]);
    const shown = await reminderAtSevenPm();
    expect(shown.options).toEqual({ title: 'C’est l’heure d’étudier', body: 'Au programme : ML Crash Course' });
  });

  it('focuses the window when the reminder is clicked', async () => {
    const { handlers, showWindow } = setUp(storeWith({}));
    await handlers['settings:save']([{ locale: 'en', colorScheme: 'auto', reminders: REMINDERS_ON }]);
    (await reminderAtSevenPm()).emit('click');
    expect(showWindow).toHaveBeenCalledOnce();
  });

  it('clears the timer when reminders are turned off', async () => {
    const { system, handlers } = setUp(storeWith({ reminders: REMINDERS_ON }));
    await applySavedSystemSettings(handlers, system);
    expect(vi.getTimerCount()).toBe(1);
    await handlers['settings:save']([{ locale: 'en', colorScheme: 'auto', reminders: { ...REMINDERS_ON, enabled: false } }]);
    expect(system.reminders.armedFor()).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('adds Skillgap to the login items when turned on, and only then', async () => {
    const { handlers } = setUp(storeWith({}));
    await handlers['settings:save']([{ locale: 'en', colorScheme: 'dark' }]);
    expect(app.getLoginItemSettings).not.toHaveBeenCalled();
    await handlers['settings:save']([{ locale: 'en', colorScheme: 'dark', openAtLogin: true }]);
    expect(app.setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({ openAtLogin: true });
    app.getLoginItemSettings.mockReturnValue({ openAtLogin: true });
    await handlers['settings:save']([{ locale: 'fr', colorScheme: 'dark', openAtLogin: true }]);
    expect(app.setLoginItemSettings).toHaveBeenCalledOnce();
  });

  it('applies nothing when the save was refused', async () => {
    const { system, handlers, saveSettings } = setUp(storeWith({}));
    saveSettings.mockResolvedValueOnce(fail('read-only', 'read-only'));
    await handlers['settings:save']([{ locale: 'en', colorScheme: 'auto', reminders: REMINDERS_ON, openAtLogin: true }]);
    expect(system.reminders.armedFor()).toBeNull();
    expect(app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('keeps a successful save successful when the system refuses the login item', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    app.setLoginItemSettings.mockImplementation(() => {
      throw new Error('denied');
    });
    const { system, handlers } = setUp(storeWith({}));
    const result = await handlers['settings:save']([{ locale: 'en', colorScheme: 'auto', reminders: REMINDERS_ON, openAtLogin: true }]);
    expect(result.ok).toBe(true);
    expect(system.reminders.armedFor()).toEqual(MONDAY_7PM);
    expect(errors).toHaveBeenCalledWith('Could not change the login item', expect.any(Error));
    errors.mockRestore();
  });
});

describe('at start-up', () => {
  it('applies the stored reminders and login setting', async () => {
    const { system, handlers } = setUp(storeWith({ reminders: REMINDERS_ON, openAtLogin: true }), 'win32');
    await applySavedSystemSettings(handlers, system);
    expect(system.reminders.armedFor()).toEqual(MONDAY_7PM);
    expect(app.setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({ openAtLogin: true });
  });

  it('asks nothing of the system when the person never turned either on', async () => {
    const { system, handlers } = setUp(storeWith({}));
    await applySavedSystemSettings(handlers, system);
    expect(fakes.isSupported).not.toHaveBeenCalled();
    expect(app.getLoginItemSettings).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the status', () => {
  it('says what this system supports', async () => {
    const mac = await setUp(storeWith({}), 'darwin').handlers['app:status']([]);
    expect(mac.ok && mac.value.systemSupport).toEqual({ notifications: true, openAtLogin: true });
    fakes.supported = false;
    const linux = await setUp(storeWith({}), 'linux').handlers['app:status']([]);
    expect(linux.ok && linux.value).toMatchObject({ version: '0.1.0', systemSupport: { notifications: false, openAtLogin: false } });
  });
});
