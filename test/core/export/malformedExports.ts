/**
 * A valid export and more than fifty broken ones, each with the field its error must name.
 * Shared by the core parser test and the service test that checks the store file stays untouched.
 */
import { createExport, emptyStoreData, LIMITS, type StoreData } from '../../../core';
import { exportPlan } from './fixtures';

export function validStoreData(): StoreData {
  const plan = exportPlan();
  return {
    ...emptyStoreData(),
    profile: {
      name: 'Inès Moreau',
      background: 'content-editorial',
      skills: [
        { skillId: 'seo-content', level: 3, note: 'Ran the SEO blog' },
        { skillId: 'prompt-design', level: 1 },
      ],
      targetRoleIds: ['ai-content-strategist'],
      weeklyHours: 5,
      studyDays: [1, 3],
      startDate: '2026-09-07',
    },
    settings: { locale: 'fr', colorScheme: 'light', paperSize: 'a4' },
    plans: [plan],
    activePlanId: plan.id,
    progress: [{ id: 'log-1', planId: plan.id, itemId: 'item-prompting-basics', date: '2026-09-08', hours: 2 }],
  };
}

type Json = Record<string, unknown>;

export function validExport(data: StoreData = validStoreData()): Json {
  return createExport(data, { exportedAt: '2026-11-24T09:30:00.000Z', appVersion: '0.1.0' }) as unknown as Json;
}

export interface MalformedExport {
  name: string;
  /** The file's text. */
  text: string;
  /** The path the error must name (undefined: a problem with the whole file). */
  path?: string;
  /** Words the message must contain. */
  mentions: string;
  /** The error's path only has to start with `path` (a problem found deep inside a value). */
  pathIsPrefix?: boolean;
}

/** A valid export edited at one place. */
function edited(edit: (file: Json) => void): string {
  const file = structuredClone(validExport());
  edit(file);
  return JSON.stringify(file);
}

const data = (file: Json) => file.data as Json;
const profile = (file: Json) => data(file).profile as Json;
const plan = (file: Json) => (data(file).plans as Json[])[0];
const item = (file: Json) => (plan(file).items as Json[])[0];

function deep(depth: number): unknown {
  let node: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) node = { inner: node };
  return node;
}

const entry = (name: string, path: string | undefined, mentions: string, text: string): MalformedExport => ({ name, text, path, mentions });

const customSkill = (id: string, prerequisites: string[] = []) => ({
  id,
  name: { en: id, fr: id },
  category: 'tools',
  description: { en: '', fr: '' },
  prerequisites,
  aliases: [],
  custom: true,
});

export const MALFORMED_EXPORTS: MalformedExport[] = [
  // Not JSON, or not an object.
  entry('empty file', undefined, 'not valid JSON', ''),
  entry('plain text', undefined, 'not valid JSON', 'Skillgap export, honest'),
  entry('truncated JSON', undefined, 'not valid JSON', JSON.stringify(validExport()).slice(0, 300)),
  entry('JSON with a trailing comma', undefined, 'not valid JSON', '{"format":"skillgap-export",}'),
  entry('a JSON array', undefined, 'JSON object', '[1,2,3]'),
  entry('a JSON string', undefined, 'JSON object', '"skillgap-export"'),
  entry('JSON null', undefined, 'JSON object', 'null'),
  entry('a JSON number', undefined, 'JSON object', '42'),
  // The envelope.
  entry('no format tag', 'format', 'skillgap-export', edited((file) => delete file.format)),
  entry('wrong format tag', 'format', 'not a Skillgap export', edited((file) => (file.format = 'other-app-backup'))),
  entry('format tag in capitals', 'format', 'skillgap-export', edited((file) => (file.format = 'SKILLGAP-EXPORT'))),
  entry('a bare store file (no envelope)', 'format', 'skillgap-export', JSON.stringify(validStoreData())),
  entry('newer formatVersion', 'formatVersion', 'newer Skillgap', edited((file) => (file.formatVersion = 2))),
  entry('formatVersion zero', 'formatVersion', 'whole number', edited((file) => (file.formatVersion = 0))),
  entry('formatVersion as text', 'formatVersion', 'whole number', edited((file) => (file.formatVersion = '1'))),
  entry('fractional formatVersion', 'formatVersion', 'whole number', edited((file) => (file.formatVersion = 1.5))),
  entry('missing formatVersion', 'formatVersion', 'whole number', edited((file) => delete file.formatVersion)),
  entry('missing data', 'data', 'missing', edited((file) => delete file.data)),
  entry('data is null', 'data', 'JSON object', edited((file) => (file.data = null))),
  entry('data is a list', 'data', 'JSON object', edited((file) => (file.data = []))),
  entry('missing exportedAt', 'exportedAt', 'exportedAt', edited((file) => delete file.exportedAt)),
  entry('exportedAt not a date-time', 'exportedAt', 'exportedAt', edited((file) => (file.exportedAt = 'last Tuesday'))),
  entry('empty appVersion', 'appVersion', 'appVersion', edited((file) => (file.appVersion = ''))),
  entry('unknown envelope key', '', 'checksum', edited((file) => (file.checksum = 'abc'))),
  // The store document's version.
  entry('data without schemaVersion', 'data.schemaVersion', 'schemaVersion', edited((file) => delete data(file).schemaVersion)),
  entry('data from a newer store', 'data.schemaVersion', 'newer Skillgap', edited((file) => (data(file).schemaVersion = 99))),
  entry('unknown store version 0', 'data.schemaVersion', 'ever wrote', edited((file) => (data(file).schemaVersion = 0))),
  entry('store version as text', 'data.schemaVersion', 'schemaVersion', edited((file) => (data(file).schemaVersion = '2'))),
  // The profile.
  entry('profile name too long', 'data.profile.name', 'data.profile.name', edited((file) => (profile(file).name = 'x'.repeat(201)))),
  entry('negative weekly hours', 'data.profile.weeklyHours', 'weeklyHours', edited((file) => (profile(file).weeklyHours = -3))),
  entry('weekly hours as text', 'data.profile.weeklyHours', 'weeklyHours', edited((file) => (profile(file).weeklyHours = '5'))),
  entry('absurd weekly hours', 'data.profile.weeklyHours', 'weeklyHours', edited((file) => (profile(file).weeklyHours = 1e9))),
  entry('unknown background', 'data.profile.background', 'background', edited((file) => (profile(file).background = 'astronaut'))),
  entry('skill level 7', 'data.profile.skills.0.level', 'level', edited((file) => ((profile(file).skills as Json[])[0].level = 7))),
  entry('skill rated twice', 'data.profile.skills.1.skillId', 'twice', edited((file) => ((profile(file).skills as Json[])[1].skillId = 'seo-content'))),
  entry('skill id with spaces', 'data.profile.skills.0.skillId', 'kebab-case', edited((file) => ((profile(file).skills as Json[])[0].skillId = 'SEO content'))),
  entry('no study days', 'data.profile.studyDays', 'studyDays', edited((file) => (profile(file).studyDays = []))),
  entry('study day 9', 'data.profile.studyDays.0', 'studyDays', edited((file) => (profile(file).studyDays = [9]))),
  entry('impossible start date', 'data.profile.startDate', 'real calendar date', edited((file) => (profile(file).startDate = '2026-02-30'))),
  entry('start date in another format', 'data.profile.startDate', 'yyyy-MM-dd', edited((file) => (profile(file).startDate = '07/09/2026'))),
  entry('target date before the start', 'data.profile.targetDate', 'before the start', edited((file) => (profile(file).targetDate = '2025-01-01'))),
  entry('unknown profile key', 'data.profile', 'favouriteColour', edited((file) => (profile(file).favouriteColour = 'teal'))),
  entry('profile is a string', 'data.profile', 'data.profile', edited((file) => (data(file).profile = 'Inès'))),
  // Settings.
  entry('unknown locale', 'data.settings.locale', 'locale', edited((file) => ((data(file).settings as Json).locale = 'de'))),
  entry('unknown paper size', 'data.settings.paperSize', 'paperSize', edited((file) => ((data(file).settings as Json).paperSize = 'a3'))),
  // Plans and progress.
  entry('plan item with bad end date', 'data.plans.0.items.0.end', 'real calendar date', edited((file) => (item(file).end = '2026-09-31'))),
  entry('plan item with zero hours', 'data.plans.0.items.0.hours', 'hours', edited((file) => (item(file).hours = 0))),
  entry('plan item with unknown status', 'data.plans.0.items.0.status', 'status', edited((file) => (item(file).status = 'maybe'))),
  entry('plan createdAt not a date-time', 'data.plans.0.createdAt', 'createdAt', edited((file) => (plan(file).createdAt = '2026-09-01'))),
  entry('plan without target roles', 'data.plans.0.targetRoleIds', 'targetRoleIds', edited((file) => (plan(file).targetRoleIds = []))),
  entry('plan id twice', 'data.plans.1.id', 'appears twice', edited((file) => (data(file).plans = [plan(file), plan(file)]))),
  entry('active plan that is not in the file', 'data.activePlanId', 'not in the file', edited((file) => (data(file).activePlanId = 'plan-gone'))),
  entry('progress entry of 30 hours', 'data.progress.0.hours', 'hours', edited((file) => ((data(file).progress as Json[])[0].hours = 30))),
  entry('progress entry without a date', 'data.progress.0.date', 'date', edited((file) => delete (data(file).progress as Json[])[0].date)),
  entry('custom course with a javascript: address', 'data.userCatalog.courses.0.url', 'http(s)', edited((file) => {
    (data(file).userCatalog as Json).courses = [
      { id: 'evil', title: 'Evil', provider: 'Evil', url: 'javascript:alert(1)', hours: 1, hoursStated: true, cost: 'free', languages: ['en'], teaches: [{ skillId: 'x', level: 1 }], expects: [] },
    ];
  })),
  entry('custom roles is an object', 'data.userCatalog.roles', 'roles', edited((file) => ((data(file).userCatalog as Json).roles = {}))),
  // Ids used twice (each would later break edits), a prerequisite loop, a limit.
  entry('progress entry id twice', 'data.progress.1.id', '"log-1" appears twice', edited((file) => {
    const progress = data(file).progress as Json[];
    progress.push({ ...progress[0], hours: 1 });
  })),
  entry('plan item id twice', 'data.plans.0.items.2.id', '"item-prompting-basics" appears twice', edited((file) => {
    (plan(file).items as Json[])[2].id = 'item-prompting-basics';
  })),
  entry('custom skill id twice', 'data.userCatalog.skills.1.id', '"my-skill" appears twice', edited((file) => {
    (data(file).userCatalog as Json).skills = [customSkill('my-skill'), customSkill('my-skill')];
  })),
  entry('custom role id twice', 'data.userCatalog.roles.1.id', '"my-role" appears twice', edited((file) => {
    const role = { id: 'my-role', title: { en: 'Mine', fr: 'Le mien' }, family: 'adjacent', summary: { en: 'x', fr: 'x' }, requirements: [{ skillId: 'my-skill', level: 2, importance: 3 }], backgrounds: [], hubs: [], onetCodes: [], sources: [], reviewed: '2026-09-01' };
    (data(file).userCatalog as Json).roles = [role, role];
  })),
  entry('custom course id twice', 'data.userCatalog.courses.1.id', '"my-course" appears twice', edited((file) => {
    const course = { id: 'my-course', title: 'Mine', provider: 'Me', url: 'https://example.org', hours: 3, hoursStated: true, cost: 'free', languages: ['en'], teaches: [{ skillId: 'my-skill', level: 1 }], expects: [] };
    (data(file).userCatalog as Json).courses = [course, course];
  })),
  entry('custom skills whose prerequisites loop', 'data.userCatalog.skills.0.prerequisites', 'loop: skill-a → skill-b → skill-a', edited((file) => {
    (data(file).userCatalog as Json).skills = [customSkill('skill-a', ['skill-b']), customSkill('skill-b', ['skill-a'])];
  })),
  entry('more custom skills than the limit', 'data.userCatalog.skills', `at most ${LIMITS.customSkills} custom skills`, edited((file) => {
    (data(file).userCatalog as Json).skills = Array.from({ length: LIMITS.customSkills + 1 }, (_, index) => customSkill(`skill-${index}`));
  })),
  // Hostile structure.
  entry('__proto__ key at the top', '__proto__', 'forbidden key', edited((file) => Object.defineProperty(file, '__proto__', { value: { polluted: true }, enumerable: true }))),
  entry('__proto__ key inside the profile', 'data.profile.__proto__', 'forbidden key', JSON.stringify(validExport()).replace('"name":"Inès Moreau"', '"__proto__":{"isAdmin":true},"name":"Inès Moreau"')),
  entry('constructor key inside a plan item', 'data.plans.0.items.0.constructor', 'forbidden key', edited((file) => Object.assign(item(file), { constructor: { prototype: { polluted: true } } }))),
  entry('prototype key in settings', 'data.settings.prototype', 'forbidden key', edited((file) => ((data(file).settings as Json).prototype = {}))),
  { ...entry('nesting 1,000 levels deep', 'data.profile.note.inner', 'nested too deeply', edited((file) => (profile(file).note = deep(1000)))), pathIsPrefix: true },
  entry('a million progress entries', 'data.progress', 'more than 50000 items', edited((file) => (data(file).progress = new Array(1_000_000).fill(0)))),
  entry('300 plans', 'data.plans', 'data.plans', edited((file) => (data(file).plans = Array.from({ length: 300 }, (_, index) => ({ ...plan(file), id: `plan-${index}` }))))),
  entry('a plan with 6,000 items', 'data.plans.0.items', 'items', edited((file) => (plan(file).items = new Array(6000).fill(item(file))))),
];
