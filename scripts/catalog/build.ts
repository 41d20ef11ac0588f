/**
 * Builds assets/catalog.json, Skillgap's built-in role-skill matrix, and the occupation catalogue
 * (assets/occupations.json and its search index, assets/occupation-index.json and
 * assets/occupation-index-alternates.json, occupations.ts).
 *
 *   npx tsx scripts/catalog/build.ts           write the four files
 *   npx tsx scripts/catalog/build.ts --check   exit 1 if any of them is not what the sources give
 *   npx tsx scripts/catalog/build.ts --dry-run build and validate, print the figures, write nothing
 *
 * Inputs: the authored sources in this folder (skills-*.ts, roles-*.ts, courses-*.ts, projects.ts) and the
 * O*NET 29.3 tables Skills.txt, Knowledge.txt, Technology Skills.txt and Occupation Data.txt (and,
 * for the occupations, Alternate Titles.txt, Job Zones.txt, Related Occupations.txt), read from
 * $ONET_DIR or, by default, ../shared/data/onet-29.3 next to the repository; the ESCO French
 * titles and links from $ESCO_DIR or ../shared/data/esco.
 *
 * How requirements are derived (derive.ts): for each role, the Skills and Knowledge elements of
 * its rated O*NET occupations (mean over several) with Importance >= 3 become requirements of the
 * Skillgap skill that element-map.ts reads them as; Level 0-7 maps to 1-4 (< 2 -> 1, 2-3.5 -> 2,
 * 3.5-5 -> 3, > 5 -> 4) and Importance is rounded. In Demand technologies become tool requirements
 * at level 3 (importance 4); Hot-only ones at level 2 (importance 3) when the role lists them.
 * Hand-written requirements (LinkedIn Jobs on the Rise 2026, the article, our derivations) merge
 * in; each requirement's basis quotes where it came from.
 *
 * This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor,
 * Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is
 * a trademark of USDOL/ETA. Skillgap has modified all or some of this information. USDOL/ETA has
 * not approved, endorsed, or tested these modifications.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateCatalog } from '../../core/catalog/validate';
import { CatalogSchema, type Catalog } from '../../core/model/catalog';
import { describeZodError } from '../../core/model/result';
import { assembleCatalog, projectRoleProblems, uncoveredRequirements } from './assemble';
import { readEsco } from './esco';
import { buildOccupationCatalog, occupationFigures, occupationFiles } from './occupations';
import { readOnet, readOnetOccupations, type OnetTables } from './onet';

const MAX_LEVEL_LINE = 90;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const onetDir = process.env.ONET_DIR ?? join(repoRoot, '..', 'shared', 'data', 'onet-29.3');
const escoDir = process.env.ESCO_DIR ?? join(repoRoot, '..', 'shared', 'data', 'esco');
const outputPath = join(repoRoot, 'assets', 'catalog.json');
const occupationsPath = join(repoRoot, 'assets', 'occupations.json');
const occupationIndexPath = join(repoRoot, 'assets', 'occupation-index.json');
const alternatesIndexPath = join(repoRoot, 'assets', 'occupation-index-alternates.json');

/** Authoring rules the schema does not hold: short level lines, a French text for every English one. */
function authoringProblems(catalog: Catalog): string[] {
  const problems: string[] = [];
  for (const skill of catalog.skills) {
    (skill.levels ?? []).forEach((line, index) => {
      for (const [locale, value] of Object.entries(line)) {
        if (value.length > MAX_LEVEL_LINE) problems.push(`${skill.id} level ${index + 1} (${locale}) is ${value.length} characters`);
        if (value.trim() === '') problems.push(`${skill.id} level ${index + 1} (${locale}) is empty`);
      }
    });
  }
  return problems;
}

function build(onet: OnetTables): Catalog {
  const parsed = CatalogSchema.safeParse(assembleCatalog(onet));
  if (!parsed.success) throw new Error(`catalog does not match CatalogSchema: ${describeZodError(parsed.error).message}`);
  const catalog = parsed.data;
  const problems = [...validateCatalog(catalog).map((p) => `${p.code} at ${p.path}: ${p.message}`), ...authoringProblems(catalog), ...projectRoleProblems(catalog)];
  if (problems.length > 0) throw new Error(`catalog has problems:\n${problems.join('\n')}`);
  return catalog;
}

function main(): void {
  const onet = readOnet(onetDir);
  const catalog = build(onet);
  const json = `${JSON.stringify(catalog, null, 2)}\n`;
  const requirements = catalog.roles.reduce((sum, role) => sum + role.requirements.length, 0);
  console.log(
    `catalog ${catalog.version}: ${catalog.roles.length} roles, ${catalog.skills.length} skills, ` +
      `${catalog.courses.filter((course) => !course.project).length} courses, ${catalog.courses.filter((course) => course.project).length} projects, ${requirements} requirements`,
  );
  const uncovered = uncoveredRequirements(catalog);
  console.log(`requirements no course teaches to the needed level: ${uncovered.length}`);
  for (const u of uncovered) console.log(`  ${u.roleId}: ${u.skillId} level ${u.level} (best course level ${u.bestCourseLevel})`);

  const occupationCatalog = buildOccupationCatalog(onet, readOnetOccupations(onetDir), readEsco(escoDir));
  const files = occupationFiles(occupationCatalog);
  console.log(occupationFigures(occupationCatalog));
  const outputs: Array<[path: string, name: string, content: string]> = [
    [outputPath, 'assets/catalog.json', json],
    [occupationsPath, 'assets/occupations.json', files.occupations],
    [occupationIndexPath, 'assets/occupation-index.json', files.index],
    [alternatesIndexPath, 'assets/occupation-index-alternates.json', files.alternatesIndex],
  ];

  if (process.argv.includes('--check')) {
    const stale = outputs.filter(([path, , content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content);
    for (const [, name] of stale) console.error(`${name} is out of date: run npx tsx scripts/catalog/build.ts`);
    if (stale.length > 0) process.exit(1);
    console.log(`${outputs.map(([, name]) => name).join(', ')} are up to date`);
    return;
  }
  if (process.argv.includes('--dry-run')) return;
  for (const [path, , content] of outputs) {
    writeFileSync(path, content);
    console.log(`wrote ${path} (${content.length} bytes)`);
  }
}

main();
