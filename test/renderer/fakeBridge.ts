import { vi } from 'vitest';
import {
  emptyStoreData,
  fail,
  ok,
  type Catalog,
  type Result,
  type StoreData,
} from '../../core';
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
  const write = async (change: (current: StoreData) => StoreData): Promise<Result<Saved>> => {
    if (options.failWritesWith) return fail(...options.failWritesWith);
    if (status.readOnly) return fail('read-only', 'read-only');
    data = change(data);
    return ok({ savedAt: '2026-11-24T10:15:00.000Z' });
  };
  const replaceById = <T extends { id: string }>(list: T[], entry: T): T[] =>
    list.some((item) => item.id === entry.id) ? list.map((item) => (item.id === entry.id ? entry : item)) : [...list, entry];

  const bridge: SkillgapBridge = {
    'app:status': vi.fn(async () => ok(status)),
    'store:load': vi.fn(async () => ok(structuredClone(data))),
    'catalog:builtin': vi.fn(async () => ok(catalog)),
    'profile:save': vi.fn(async (profile) => write((d) => ({ ...d, profile }))),
    'settings:save': vi.fn(async (settings) => write((d) => ({ ...d, settings }))),
    'userCatalog:saveSkill': vi.fn(async (skill) =>
      write((d) => ({ ...d, userCatalog: { ...d.userCatalog, skills: replaceById(d.userCatalog.skills, skill) } })),
    ),
    'userCatalog:saveRole': vi.fn(async (role) =>
      write((d) => ({ ...d, userCatalog: { ...d.userCatalog, roles: replaceById(d.userCatalog.roles, role) } })),
    ),
    'userCatalog:saveCourse': vi.fn(async (course) =>
      write((d) => ({ ...d, userCatalog: { ...d.userCatalog, courses: replaceById(d.userCatalog.courses, course) } })),
    ),
    'userCatalog:remove': vi.fn(async ({ kind, id }) =>
      write((d) => {
        const key = kind === 'skill' ? 'skills' : kind === 'role' ? 'roles' : 'courses';
        return { ...d, userCatalog: { ...d.userCatalog, [key]: d.userCatalog[key].filter((e) => e.id !== id) } };
      }),
    ),
    'plans:save': vi.fn(async (plan) => write((d) => ({ ...d, plans: replaceById(d.plans, plan) }))),
    'plans:remove': vi.fn(async ({ id }) =>
      write((d) => ({
        ...d,
        plans: d.plans.filter((p) => p.id !== id),
        activePlanId: d.activePlanId === id ? null : d.activePlanId,
      })),
    ),
    'plans:setActive': vi.fn(async ({ id }) => write((d) => ({ ...d, activePlanId: id }))),
    'progress:add': vi.fn(async (entry) => write((d) => ({ ...d, progress: [...d.progress, entry] }))),
    'progress:remove': vi.fn(async ({ id }) =>
      write((d) => ({ ...d, progress: d.progress.filter((p) => p.id !== id) })),
    ),
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
