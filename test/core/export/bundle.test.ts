import {
  CURRENT_SCHEMA_VERSION,
  createExport,
  EXPORT_FORMAT,
  parseExport,
  parseExportText,
  summarizeImport,
} from '../../../core';
import { fixtureJson } from '../../main/store/support';
import { MALFORMED_EXPORTS, validExport, validStoreData } from './malformedExports';

describe('parseExport', () => {
  it('accepts a valid export and gives back the same data', () => {
    const parsed = parseExportText(JSON.stringify(validExport()));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.format).toBe(EXPORT_FORMAT);
    expect(parsed.value.data).toEqual(validStoreData());
  });

  it('upgrades the data of an export written with an older store version', () => {
    const v1 = fixtureJson<Record<string, unknown>>('v1-marketing-switcher.json');
    const parsed = parseExport({ ...validExport(), data: v1 });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.data.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(parsed.value.data.plans).toEqual([]);
    expect(parsed.value.data.profile?.name).toBe('Camille Durand');
    expect(parsed.value.data.profile?.studyLanguages).toEqual(['fr', 'en']);
  });

  it('upgrades the plans of a version 3 export: items lose their stored hours logged, the log keeps them', () => {
    const v3 = fixtureJson<{ progress: unknown[] }>('v3-annotator-with-plan.json');
    const parsed = parseExport({ ...validExport(), data: v3 });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.data.plans[0].items.some((item) => 'hoursLogged' in item)).toBe(false);
    expect(parsed.value.data.progress).toEqual(v3.progress);
  });

  it(`has at least 50 malformed files to refuse (${MALFORMED_EXPORTS.length})`, () => {
    expect(MALFORMED_EXPORTS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(MALFORMED_EXPORTS.map((entry) => entry.name)).size).toBe(MALFORMED_EXPORTS.length);
  });

  it.each(MALFORMED_EXPORTS.map((entry) => [entry.name, entry] as const))('refuses %s, naming the problem', (_name, entry) => {
    const parsed = parseExportText(entry.text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('invalid-file');
    expect(parsed.error.message).toContain(entry.mentions);
    // Named by a message key too, so the person reads it in their language (AppError.problem).
    expect(parsed.error.problem?.key).toMatch(/^problem\.\w+$/);
    if (entry.pathIsPrefix) expect(parsed.error.path?.startsWith(entry.path ?? '')).toBe(true);
    else expect(parsed.error.path).toBe(entry.path);
  });

  it('never lets a __proto__ key reach an object prototype', () => {
    const text = JSON.stringify(validExport()).replace('"settings":{', '"settings":{"__proto__":{"polluted":true},');
    expect(parseExportText(text)).toMatchObject({ ok: false, error: { path: 'data.settings.__proto__' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('summarizeImport', () => {
  it('counts nothing as changed when the file holds the current data', () => {
    const data = validStoreData();
    const summary = summarizeImport(data, structuredClone(data));
    expect(summary).toMatchObject({
      profile: 'unchanged',
      settingsChanged: false,
      plans: { added: 0, replaced: 0, removed: 0, unchanged: 1 },
      progress: { added: 0, replaced: 0, removed: 0, unchanged: 1 },
    });
  });

  it('compares values whatever their key order', () => {
    const data = validStoreData();
    const profile = data.profile!;
    const reversed = Object.fromEntries(Object.entries(profile).reverse()) as typeof profile;
    expect(Object.keys(reversed)[0]).not.toBe(Object.keys(profile)[0]);
    expect(summarizeImport(data, { ...data, profile: reversed }).profile).toBe('unchanged');
  });

  it('counts added, replaced and removed plans, progress and custom entries', () => {
    const current = validStoreData();
    const incoming = structuredClone(current);
    incoming.profile = { ...incoming.profile!, name: 'Inès M.' };
    incoming.settings = { ...incoming.settings, locale: 'en' };
    incoming.plans = [{ ...incoming.plans[0], name: 'Renamed' }, { ...incoming.plans[0], id: 'plan-two' }];
    incoming.progress = [];
    incoming.userCatalog.roles = [];
    const summary = summarizeImport(current, incoming);
    expect(summary).toMatchObject({
      profile: 'replaced',
      incomingProfileName: 'Inès M.',
      settingsChanged: true,
      plans: { added: 1, replaced: 1, removed: 0, unchanged: 0 },
      progress: { added: 0, replaced: 0, removed: 1, unchanged: 0 },
      customRoles: { added: 0, replaced: 0, removed: 0, unchanged: 0 },
    });
  });

  it('says when a profile is added or removed', () => {
    const data = validStoreData();
    expect(summarizeImport({ ...data, profile: null }, data).profile).toBe('added');
    expect(summarizeImport(data, { ...data, profile: null }).profile).toBe('removed');
    expect(summarizeImport({ ...data, profile: null }, { ...data, profile: null }).profile).toBe('none');
  });

  it('round-trips: an export of the data parses back to equal data', () => {
    const data = validStoreData();
    const text = JSON.stringify(createExport(data, { exportedAt: '2026-11-24T10:00:00+01:00', appVersion: '0.1.0' }));
    const parsed = parseExportText(text);
    expect(parsed.ok && parsed.value.data).toEqual(data);
  });
});
