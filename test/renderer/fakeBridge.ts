import { vi } from 'vitest';
import {
  applyCommand,
  emptyStoreData,
  fail,
  ok,
  type Catalog,
  type CommandChannel,
  type CommandInput,
  type Result,
  type StoreData,
} from '../../core';
import { CHANNEL_PAYLOAD_SCHEMAS, parsePayload } from '../../main/service/payloads';
import type { AppStatus, Saved, SkillgapBridge } from '../../preload/channels';
import { smallCatalog } from '../fixtures/catalog/smallCatalog';

export interface FakeBridgeOptions {
  data?: Partial<StoreData>;
  catalog?: Catalog;
  status?: Partial<AppStatus>;
  /** Makes every write answer with this error, to test the failure paths. */
  failWritesWith?: Parameters<typeof fail>;
}

export interface FakeBridge {
  bridge: SkillgapBridge;
  /** What the fake "disk" holds now. */
  stored: () => StoreData;
}

/**
 * An in-memory stand-in for the preload bridge, with the same channel shapes. Component tests
 * use it; the browser tests use the real main-process service instead.
 */
export function createFakeBridge(options: FakeBridgeOptions = {}): FakeBridge {
  let data: StoreData = { ...emptyStoreData(), ...options.data };
  const catalog = options.catalog ?? smallCatalog;
  const status: AppStatus = {
    version: '0.0.0-test',
    dataDirectory: '/tmp/skillgap-test',
    readOnly: false,
    recovery: null,
    ...options.status,
  };
  /**
   * A change goes the way it goes in main: the channel's payload schema, then the same store
   * command (core/store/commands.ts), so a test can never accept what the app refuses.
   */
  const command = <C extends CommandChannel>(channel: C) =>
    vi.fn(async (payload: CommandInput<C>): Promise<Result<Saved>> => {
      if (options.failWritesWith) return fail(...options.failWritesWith);
      if (status.readOnly) return fail('read-only', 'read-only');
      const parsed = parsePayload(CHANNEL_PAYLOAD_SCHEMAS[channel] as never, payload);
      if (!parsed.ok) return parsed;
      const next = applyCommand(channel, data, parsed.value as CommandInput<C>, { builtinCatalog: catalog });
      if (!next.ok) return next;
      data = next.value;
      return ok({ savedAt: '2026-11-24T10:15:00.000Z' });
    });

  const bridge: SkillgapBridge = {
    'app:status': vi.fn(async () => ok(status)),
    'store:load': vi.fn(async () => ok(structuredClone(data))),
    'catalog:builtin': vi.fn(async () => ok(catalog)),
    'profile:save': command('profile:save'),
    'settings:save': command('settings:save'),
    'userCatalog:saveSkill': command('userCatalog:saveSkill'),
    'userCatalog:saveRole': command('userCatalog:saveRole'),
    'userCatalog:saveCourse': command('userCatalog:saveCourse'),
    'userCatalog:remove': command('userCatalog:remove'),
    'plans:save': command('plans:save'),
    'plans:create': command('plans:create'),
    'plans:remove': command('plans:remove'),
    'plans:setActive': command('plans:setActive'),
    'progress:add': command('progress:add'),
    'progress:remove': command('progress:remove'),
    'checkIn:record': command('checkIn:record'),
    'review:record': command('review:record'),
    'backups:list': vi.fn(async () => ok([])),
    'backups:restore': vi.fn(async () => fail('not-found', 'no backup')),
    'shell:openExternal': vi.fn(async () => ok(null)),
    // Files: the dialogs answer as if the person chose a path; tests override with mockResolvedValueOnce.
    'data:export': vi.fn(async () => ok({ path: '/home/test/skillgap-export.json', sizeBytes: 2048 })),
    'data:importPreview': vi.fn(async () => fail('cancelled', 'the open dialog was cancelled')),
    'data:importApply': vi.fn(async () => fail('not-found', 'no import waiting', 'token')),
    'plan:exportIcs': vi.fn(async () => ok({ path: '/home/test/plan.ics', sizeBytes: 512 })),
    'plan:exportCsv': vi.fn(async () => ok({ path: '/home/test/plan.csv', sizeBytes: 256 })),
    'gaps:exportCsv': vi.fn(async () => ok({ path: '/home/test/gaps.csv', sizeBytes: 256 })),
    'plan:printPdf': vi.fn(async () => ok({ path: '/home/test/plan.pdf', sizeBytes: 40960 })),
    'plan:print': vi.fn(async () => ok(null)),
  };
  return { bridge, stored: () => data };
}
