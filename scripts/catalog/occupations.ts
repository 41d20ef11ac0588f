/**
 * Builds assets/occupations.json and its search index (assets/occupation-index.json, main titles;
 * assets/occupation-index-alternates.json, O*NET's alternate titles), the occupation catalogue of
 * issue #15 (docs/occupations.md), from the O*NET 29.3 tables and the ESCO v1.0.8 -> O*NET links
 * of ../shared/data. Called by build.ts (so `npx tsx scripts/catalog/build.ts [--check|--dry-run]`
 * covers it); the functions here are pure over the tables so the tests can run them in memory.
 *
 * - Requirements: deriveRequirements (derive.ts), the same calibrated core/plus mapping as the
 *   built-in roles, with the occupation as a role source of its own code and no hand-written extras.
 * - Suggested levels: occupationProfile (backgrounds.ts), the same reading as the backgrounds.
 * - French titles: the ESCO occupations whose primary O*NET code is this one, after the
 *   overrides of esco-overrides.ts; the other codes of a multi-code ESCO occupation are shown as
 *   alternatives. Occupations O*NET has not rated keep their technology-based lists.
 *
 * No timestamps: the version carries a hash of the content, so --check is reproducible.
 */
import { createHash } from 'node:crypto';
import type { Requirement, RoleFamily } from '../../core/model/catalog';
import { OccupationCatalogSchema, type Occupation, type OccupationCatalog } from '../../core/model/occupation';
import { describeZodError } from '../../core/model/result';
import { buildOccupationIndex, foldTitle } from '../../core/occupations/search';
import { occupationProfile } from './backgrounds';
import { deriveRequirements } from './derive';
import { occupationElementOverrides } from './element-map';
import { applyOverrides, checkExtraTitles, type EscoOccupation, type EscoTables } from './esco';
import { EXTRA_FRENCH_TITLES, FRENCH_TITLE_CHOICES, type FrenchTitleChoice } from './esco-overrides';
import type { OnetOccupationTables, OnetTables } from './onet';

export const ATTRIBUTION: OccupationCatalog['attribution'] = {
  onet: {
    en:
      'This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). ' +
      'Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. Skillgap has modified all or some of this information. ' +
      'USDOL/ETA has not approved, endorsed, or tested these modifications.',
    fr:
      'Ce produit contient des informations de la base O*NET 29.3 du ministère du Travail des États-Unis, Employment and Training Administration (USDOL/ETA), ' +
      'utilisées sous licence CC BY 4.0. O*NET® est une marque de l’USDOL/ETA. Skillgap a modifié tout ou partie de ces informations. ' +
      'L’USDOL/ETA n’a ni approuvé, ni validé, ni testé ces modifications.',
  },
  esco: {
    en:
      'This product uses the ESCO classification of the European Commission (ESCO v1.0.8, © European Union, reused under Commission Decision 2011/833/EU); ' +
      'Skillgap selected, cleaned and linked the labels. ESCO → O*NET links from Kanders, K., Djumalieva, J., Sleeman, C. and Orlik, J. (2020), ' +
      'Mapping Career Causeways: Supporting workers at risk, London: Nesta (crosswalk under the MIT licence, © 2021 Nesta), translated to O*NET-SOC 2019 ' +
      'with the O*NET-SOC 2010 to 2019 crosswalk of the O*NET Resource Center (CC BY 4.0). A few titles and links are Skillgap’s own.',
    fr:
      'Ce produit utilise la classification ESCO de la Commission européenne (ESCO v1.0.8, © Union européenne, réutilisée selon la décision 2011/833/UE de la Commission) ; ' +
      'Skillgap a choisi, nettoyé et relié les intitulés. Liens ESCO → O*NET : Kanders, K., Djumalieva, J., Sleeman, C. et Orlik, J. (2020), ' +
      'Mapping Career Causeways: Supporting workers at risk, Londres : Nesta (table de correspondance sous licence MIT, © 2021 Nesta), traduits en O*NET-SOC 2019 ' +
      'avec la table de passage O*NET-SOC 2010 vers 2019 de l’O*NET Resource Center (CC BY 4.0). Quelques intitulés et liens sont ceux de Skillgap.',
  },
};

const SOURCE_VERSION = 'O*NET 29.3 + ESCO 1.0.8';
const MAX_RELATED = 40;
const MAX_TEXT = 200;

/**
 * An English plural read as its singular: "clerks" as "clerk", "waitresses" as "waitress" (so
 * Waiters and Waitresses is named by ESCO's "waiter/waitress", not by its alternate title
 * "Sommelier"). "-ies" stays as written: read as "-y", it moved Construction and Building
 * Inspectors to ESCO's "utilities inspector".
 */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('sses')) return word.slice(0, -2);
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Words of a title, for comparing an ESCO English label with O*NET's titles. */
function words(title: string): string[] {
  return title
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && word !== 'and' && word !== 'of')
    .map(singular);
}

const sameWords = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

function overlap(a: string[], b: string[]): number {
  const setB = new Set(b);
  const shared = new Set(a.filter((word) => setB.has(word))).size;
  return shared / new Set([...a, ...b]).size;
}

/**
 * Orders the ESCO occupations that land on one O*NET occupation, the one that names it best
 * first (its French label becomes the French title): English label equal to the O*NET title,
 * then sharing at least two thirds of its words with the title, then equal to an alternate title, then
 * most words shared with the title; then a direct Nesta match
 * before an inherited one, the higher confidence, the URI.
 */
function rankEsco(title: string, alternates: readonly string[], landed: readonly EscoOccupation[]): EscoOccupation[] {
  const titleWords = words(title);
  const alternateWords = alternates.map(words);
  // A label sharing most of the title's words beats one equal to an alternate title: O*NET lists
  // "Police Commissioner" among Chief Executives' alternates, and the French title of Chief
  // Executives was "commissaire de police" rather than "directeur général".
  const score = (occupation: EscoOccupation) => {
    const label = words(occupation.preferredEn);
    if (sameWords(label, titleWords)) return 4;
    const shared = overlap(label, titleWords);
    if (shared >= 2 / 3) return 3 + shared;
    if (alternateWords.some((alternate) => sameWords(label, alternate))) return 2;
    return shared;
  };
  const scored = landed.map((occupation) => ({ occupation, score: score(occupation) }));
  return scored
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.occupation.link === 'direct') - Number(a.occupation.link === 'direct') ||
        b.occupation.confidence - a.occupation.confidence ||
        a.occupation.uri.localeCompare(b.occupation.uri),
    )
    .map((entry) => entry.occupation);
}

/**
 * One title per folded form (case, accents, plurals, feminine endings: foldTitle, the search's
 * own reading), first occurrence kept; over-long titles and those folding like `except` dropped.
 */
function distinct(titles: readonly string[], except: readonly string[] = []): string[] {
  const seen = new Set(except.map(foldTitle));
  const kept: string[] = [];
  for (const title of titles) {
    const folded = foldTitle(title);
    if (title.length > MAX_TEXT || folded === '' || seen.has(folded)) continue;
    seen.add(folded);
    kept.push(title);
  }
  return kept;
}

/**
 * ESCO writes its labels in lower case ("aide-soignant/aide-soignante"); a title shown on its own
 * (a role card, a list, a printed plan) starts with a capital, as O*NET's do. A few labels have a
 * stray space around the slash between the masculine and feminine forms ("… d'information
 * /directrice …"); it goes. Nothing else changes, so the search's folding reads it as before.
 */
export function asTitle(label: string): string {
  const tidy = label.replace(/\s*\/\s*/g, '/');
  const first = tidy.charAt(0);
  return first.toLocaleLowerCase('fr') === first ? `${first.toLocaleUpperCase('fr')}${tidy.slice(1)}` : tidy;
}

/** The French title FRENCH_TITLE_CHOICES gives the occupation, as written among its titles; undefined when none. */
export function chosenFrenchTitle(code: string, frenchTitles: readonly string[], choices: readonly FrenchTitleChoice[] = FRENCH_TITLE_CHOICES): string | undefined {
  const choice = choices.find((entry) => entry.code === code);
  if (!choice) return undefined;
  const found = frenchTitles.find((title) => foldTitle(title) === foldTitle(choice.label));
  if (!found) throw new Error(`French title choice for ${code}: "${choice.label}" is not one of its French titles`);
  return found;
}

const clip = (text: string) => (text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1).trimEnd()}…`);

/** An occupation read as a role source of its own code: the one requirement mapping of derive.ts. */
export function occupationRequirements(code: string, onet: OnetTables): Requirement[] {
  const rated = onet.ratings.has(code);
  return deriveRequirements(
    {
      id: `onet-${code.replace(/[-.]/g, '')}`,
      family: 'ai-augmented' as RoleFamily,
      title: [code, code],
      summary: ['', ''],
      ratedCodes: rated ? [code] : [],
      techCodes: [code],
      onetCodes: [code],
      elementOverrides: occupationElementOverrides(code),
      extras: [],
      backgrounds: [],
      hubs: [],
      sources: [],
    },
    onet,
  ).map((requirement) => ({ ...requirement, basis: requirement.basis === undefined ? undefined : clip(requirement.basis) }));
}

export function buildOccupationCatalog(onet: OnetTables, tables: OnetOccupationTables, escoTables: EscoTables): OccupationCatalog {
  const knownCodes = new Set(tables.titles.keys());
  const esco = applyOverrides(escoTables, knownCodes);
  checkExtraTitles(knownCodes);

  const landed = new Map<string, EscoOccupation[]>();
  for (const occupation of esco.occupations) {
    if (!occupation.primary) continue;
    if (!knownCodes.has(occupation.primary)) throw new Error(`ESCO ${occupation.uri} lands on ${occupation.primary}, not an O*NET 29.3 code`);
    landed.set(occupation.primary, [...(landed.get(occupation.primary) ?? []), occupation]);
  }
  const extras = new Map<string, string[]>();
  for (const extra of EXTRA_FRENCH_TITLES) extras.set(extra.code, [...(extras.get(extra.code) ?? []), ...extra.labels]);

  const codes = [...knownCodes].sort();
  const occupations = codes.map((code): Occupation => {
    const title = tables.titles.get(code)!;
    const ranked = rankEsco(title, tables.alternateTitles.get(code) ?? [], landed.get(code) ?? []);
    const escoTitlesEn = distinct(ranked.map((occupation) => asTitle(occupation.preferredEn)), [title]);
    const alternateTitles = distinct(tables.alternateTitles.get(code) ?? [], [title, ...escoTitlesEn]);
    const frenchTitles = distinct([...ranked.flatMap((occupation) => occupation.labelsFr), ...(extras.get(code) ?? [])].map(asTitle));
    const escoAlternatives = ranked
      .filter((occupation) => occupation.alternatives.length > 0)
      .map((occupation) => ({ label: asTitle(occupation.preferredFr), codes: occupation.alternatives }))
      .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
    const jobZone = tables.jobZones.get(code);
    return {
      code,
      title: { en: title, fr: chosenFrenchTitle(code, frenchTitles) ?? asTitle(ranked[0]?.preferredFr ?? frenchTitles[0] ?? title) },
      ...(escoTitlesEn.length > 0 ? { escoTitlesEn } : {}),
      alternateTitles,
      frenchTitles,
      ...(jobZone === undefined ? {} : { jobZone }),
      related: (tables.related.get(code) ?? []).filter((related) => knownCodes.has(related) && related !== code).slice(0, MAX_RELATED),
      requirements: occupationRequirements(code, onet),
      // The occupation's title is on the record already: the basis keeps the code and the rating.
      suggested: occupationProfile(code, onet).map((level) => ({ ...level, basis: clip(level.basis.replace(`O*NET ${code} ${title}`, `O*NET ${code}`)) })),
      ...(escoAlternatives.length > 0 ? { escoAlternatives } : {}),
    };
  });

  const hash = createHash('sha256').update(JSON.stringify({ attribution: ATTRIBUTION, occupations })).digest('hex').slice(0, 12);
  const parsed = OccupationCatalogSchema.safeParse({ version: `${SOURCE_VERSION} (${hash})`, attribution: ATTRIBUTION, occupations });
  if (!parsed.success) throw new Error(`occupations do not match OccupationCatalogSchema: ${describeZodError(parsed.error).message}`);
  return parsed.data;
}

/** The committed files: the catalogue (compact JSON) and the two tiers of the MiniSearch index built over it. */
export function occupationFiles(catalog: OccupationCatalog): { occupations: string; index: string; alternatesIndex: string } {
  const index = buildOccupationIndex(catalog.occupations);
  return {
    occupations: `${asciiJson(JSON.stringify(catalog))}\n`,
    index: `${asciiJson(index.main)}\n`,
    alternatesIndex: `${asciiJson(index.alternate)}\n`,
  };
}

/**
 * The same JSON with every character past ASCII written as a \u escape. The renderer imports
 * these files as text in a JavaScript module; one accented letter makes the engine read the
 * whole multi-megabyte string as two-byte text, which took V8 more than twice as long to scan
 * (73 against 30 ms in Node for occupations.json, docs/occupations.md).
 */
export function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Figures the build prints. */
export function occupationFigures(catalog: OccupationCatalog): string {
  const rated = catalog.occupations.filter((occupation) => occupation.requirements.some((r) => r.basis?.includes(': IM ')));
  const french = catalog.occupations.filter((occupation) => occupation.frenchTitles.length > 0);
  const alternates = catalog.occupations.reduce((sum, occupation) => sum + occupation.alternateTitles.length, 0);
  const frenchTitles = catalog.occupations.reduce((sum, occupation) => sum + occupation.frenchTitles.length, 0);
  return (
    `occupations ${catalog.version}: ${catalog.occupations.length} occupations, ${rated.length} with Skills/Knowledge ratings, ` +
    `${french.length} with French titles; ${alternates} alternate titles, ${frenchTitles} French titles`
  );
}
