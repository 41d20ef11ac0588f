/**
 * Every key of the tables is used somewhere: a key's string literal ('plan.title', or the base of
 * a plural, 'fit.uncovered' for fit.uncovered.one/.other) appears in the sources, or the key is
 * built at run time by one of the few places listed below. A key nobody shows is deleted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { EN, EN_TABLES } from '../../../core/i18n/en';
import { EN_SCREENS } from '../../../core/i18n/en/screens';
import { FR_SCREENS } from '../../../core/i18n/fr/screens';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SOURCE_ROOTS = ['core', 'main', 'preload', 'renderer/src', 'scripts'];
const TABLES = /^core\/i18n\/(en|fr)\//;

/**
 * Keys built at run time from a template literal (`family.${role.family}`): the start of the
 * template, the keys it builds and the file that builds them.
 */
const DYNAMIC_KEYS: ReadonlyArray<[string, RegExp, string]> = [
  ['nav.', /^nav\.[\w-]+$/, 'renderer/src/components/AppLayout/AppLayout.tsx'],
  ['error.', /^error\.[\w-]+$/, 'renderer/src/data/AppDataProvider.tsx'],
  ['error.limit.', /^error\.limit\.\w+$/, 'renderer/src/data/AppDataProvider.tsx'],
  ['level.', /^level\.[0-4]$/, 'renderer/src/components/RaiseLevelsOffer/RaiseLevelsOffer.tsx'],
  ['levelHint.', /^levelHint\.[\w-]+\.[1-4]$/, 'renderer/src/components/LevelControl/levelDescription.ts'],
  ['family.', /^family\.[\w-]+$/, 'renderer/src/components/JobAdImport/JobAdImport.tsx'],
  ['category.', /^category\.[\w-]+$/, 'renderer/src/components/SkillSearch/SkillSearch.tsx'],
  ['background.', /^background\.[\w-]+$/, 'renderer/src/components/RoleFitCard/RoleFitCard.tsx'],
  ['cost.', /^cost\.[\w-]+$/, 'renderer/src/components/CourseEditor/CourseEditor.tsx'],
  ['onboarding.language.', /^onboarding\.language\.\w+$/, 'renderer/src/screens/Onboarding/LanguageSwitch.tsx'],
  ['settings.language.', /^settings\.language\.\w+$/, 'renderer/src/screens/Settings/SettingsScreen.tsx'],
  ['settings.theme.', /^settings\.theme\.\w+$/, 'renderer/src/screens/Settings/SettingsScreen.tsx'],
  ['matrix.language.', /^matrix\.language\.\w+$/, 'renderer/src/components/StudyLanguagePicker/StudyLanguagePicker.tsx'],
  ['matrix.page.', /^matrix\.page\.\w+$/, 'renderer/src/screens/Matrix/ListPages.tsx'],
  ['matrix.count.', /^matrix\.count\.(roles|skills|courses)\.(one|other)$/, 'renderer/src/screens/Matrix/countText.ts'],
  ['profile.day.', /^profile\.day\.[0-6]$/, 'renderer/src/screens/Profile/StudyTimeSection.tsx'],
  ['plan.status.', /^plan\.status\.[\w-]+$/, 'renderer/src/components/PlanTimeline/PlanTimeline.tsx'],
  ['print.status.', /^print\.status\.[\w-]+$/, 'renderer/src/screens/Print/PrintPlanTable.tsx'],
  ['print.tier.', /^print\.tier\.\w+$/, 'renderer/src/screens/Print/PrintReadiness.tsx'],
  ['jobAd.reason.', /^jobAd\.reason\.[\w-]+$/, 'renderer/src/components/JobAdImport/ReviewTable.tsx'],
  ['plan.uncovered.reason.', /^plan\.uncovered\.reason\.[\w-]+$/, 'renderer/src/components/PlanItemCard/itemWhy.ts'],
  ['data.paper.', /^data\.paper\.\w+$/, 'renderer/src/screens/Settings/DataSection.tsx'],
  ['data.import.profile.', /^data\.import\.profile\.\w+$/, 'renderer/src/screens/Settings/ImportPreviewModal.tsx'],
  ['data.backups.reason.', /^data\.backups\.reason\.[\w-]+$/, 'renderer/src/screens/Settings/BackupsPanel.tsx'],
  ['dialog.saveTitle.', /^dialog\.saveTitle\.\w+$/, 'main/dialogs.ts'],
  ['dialog.filterName.', /^dialog\.filterName\.\w+$/, 'main/dialogs.ts'],
  ['export.status.', /^export\.status\.[\w-]+$/, 'core/export/csv.ts'],
  ['export.plan.', /^export\.plan\.\w+$/, 'core/export/csv.ts'],
  ['export.gaps.', /^export\.gaps\.\w+$/, 'core/export/csv.ts'],
  ['export.file.', /^export\.file\.\w+$/, 'main/service/exports.ts'],
  ['explore.jobZone.', /^explore\.jobZone\.[1-5]$/, 'renderer/src/screens/Explore/ExploreScreen.tsx'],
  ['explore.kind.', /^explore\.kind\.(role|occupation)$/, 'renderer/src/screens/Explore/DestinationTable.tsx'],
  ['cli.reason.', /^cli\.reason\.[\w-]+$/, 'scripts/advice/summary.ts'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !TABLES.test(relative(ROOT, path)) ? [path] : [];
  });
}

describe('message keys', () => {
  const files = SOURCE_ROOTS.flatMap((root) => sourceFiles(join(ROOT, root)));
  const literals = new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(['"`])([\w.-]+)\1/g)].map((match) => match[2])));

  it('are each used by the code, as a literal or through a listed dynamic pattern', () => {
    const unused = Object.keys(EN).filter(
      (key) =>
        !literals.has(key) &&
        !literals.has(key.replace(/\.(one|other)$/, '')) &&
        !DYNAMIC_KEYS.some(([, pattern]) => pattern.test(key)),
    );
    expect(unused).toEqual([]);
  });

  it('list dynamic patterns that each match keys, in a file that builds them', () => {
    for (const [start, pattern, file] of DYNAMIC_KEYS) {
      expect(Object.keys(EN).some((key) => pattern.test(key)), String(pattern)).toBe(true);
      expect(readFileSync(join(ROOT, file), 'utf8'), `${file} builds ${start}…`).toContain(`\`${start}\${`);
    }
  });

  it('that the renderer shows are all in the tables it loads (en/screens.ts, fr/screens.ts)', () => {
    const rendererFiles = sourceFiles(join(ROOT, 'renderer/src'));
    const rendererLiterals = new Set(rendererFiles.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(['"`])([\w.-]+)\1/g)].map((match) => match[2])));
    const outside = Object.keys(EN).filter((key) => !Object.hasOwn(EN_SCREENS, key));
    // Only the main process's menus and dialogs and the command line's words are left out.
    expect(outside.length).toBe(Object.keys({ ...EN_TABLES.menu, ...EN_TABLES.dialogs, ...EN_TABLES.cli }).length);
    expect(outside.filter((key) => rendererLiterals.has(key) || rendererLiterals.has(key.replace(/\.(one|other)$/, '')))).toEqual([]);
    expect(Object.keys(FR_SCREENS).sort()).toEqual(Object.keys(EN_SCREENS).sort());
  });
});
