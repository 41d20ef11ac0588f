import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CatalogSchema } from '../../../core/model/catalog';
import { OccupationCatalogSchema, type Occupation } from '../../../core/model/occupation';
import { foldTitle } from '../../../core/occupations/search';
import { BACKGROUND_SOURCES, occupationProfile } from '../../../scripts/catalog/backgrounds';
import { ELEMENT_TO_SKILL, occupationElementSkill } from '../../../scripts/catalog/element-map';
import { readEsco, type EscoTables } from '../../../scripts/catalog/esco';
import { ESCO_OVERRIDES, EXTRA_FRENCH_TITLES, FRENCH_TITLE_CHOICES } from '../../../scripts/catalog/esco-overrides';
import { asciiJson, asTitle, buildOccupationCatalog, chosenFrenchTitle, occupationFiles } from '../../../scripts/catalog/occupations';
import { readOnet, readOnetOccupations, type OnetOccupationTables, type OnetTables } from '../../../scripts/catalog/onet';

const asset = (name: string) => fileURLToPath(new URL(`../../../assets/${name}`, import.meta.url));
const committed = {
  occupations: readFileSync(asset('occupations.json'), 'utf8'),
  index: readFileSync(asset('occupation-index.json'), 'utf8'),
  alternatesIndex: readFileSync(asset('occupation-index-alternates.json'), 'utf8'),
};
const catalog = OccupationCatalogSchema.parse(JSON.parse(committed.occupations));
const byCode = new Map(catalog.occupations.map((occupation) => [occupation.code, occupation]));
const occupation = (code: string): Occupation => {
  const found = byCode.get(code);
  if (!found) throw new Error(`no occupation ${code}`);
  return found;
};
const levels = (list: ReadonlyArray<{ skillId: string; level: number }>) => Object.fromEntries(list.map((entry) => [entry.skillId, entry.level]));
const tiers = (code: string) => Object.fromEntries(occupation(code).requirements.map((r) => [r.skillId, `${r.tier}@${r.level}`]));

describe('asTitle', () => {
  it('starts an ESCO label with a capital and leaves the rest as written', () => {
    expect(asTitle('aide-soignant/aide-soignante')).toBe('Aide-soignant/aide-soignante');
    expect(asTitle('éducateur spécialisé')).toBe('Éducateur spécialisé');
    expect(asTitle('DevOps engineer')).toBe('DevOps engineer');
    expect(asTitle('3D animator')).toBe('3D animator');
    expect(asTitle('')).toBe('');
    expect(asTitle("directeur des systèmes d'information /directrice des systèmes d'information")).toBe(
      "Directeur des systèmes d'information/directrice des systèmes d'information",
    );
  });
});

describe('chosenFrenchTitle', () => {
  const choices = [{ code: '29-1141.00', label: 'infirmier de soins généraux', reason: 'test' }];
  it('gives the chosen label as the occupation writes it, and nothing for an occupation without a choice', () => {
    expect(chosenFrenchTitle('29-1141.00', ['Infirmier', 'Infirmier de soins généraux'], choices)).toBe('Infirmier de soins généraux');
    expect(chosenFrenchTitle('15-1252.00', ['Développeur'], choices)).toBeUndefined();
  });
  it('fails the build when the chosen label is not one of the occupation’s titles', () => {
    expect(() => chosenFrenchTitle('29-1141.00', ['Infirmier'], choices)).toThrow(/infirmier de soins généraux/);
  });
});

describe('committed occupation catalogue', () => {
  it('matches OccupationCatalogSchema and holds every O*NET 29.3 occupation once, in code order', () => {
    expect(catalog.occupations).toHaveLength(1016);
    const codes = catalog.occupations.map((o) => o.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('is written in ASCII, each accent as a \\u escape, and reads back to the accented titles', () => {
    // The renderer imports the files as text; one character past ASCII makes the engine read the
    // whole string as two-byte text, more than twice as slow (scripts/catalog/occupations.ts).
    for (const text of Object.values(committed)) expect([...text].every((character) => character.charCodeAt(0) < 0x80)).toBe(true);
    expect(committed.occupations).toContain('\\u00e9');
    expect(catalog.occupations.some((o) => o.frenchTitles.some((title) => title.includes('é')))).toBe(true);
    expect(asciiJson('{"t":"aide-soignante, ingénieur·e 🙂"}')).toBe('{"t":"aide-soignante, ing\\u00e9nieur\\u00b7e \\ud83d\\ude42"}');
    expect(JSON.parse(asciiJson('{"t":"ingénieur·e 🙂"}'))).toEqual({ t: 'ingénieur·e 🙂' });
  });

  it('carries both attributions in both languages and a version without a date', () => {
    expect(catalog.attribution.onet.en).toContain('O*NET 29.3 Database');
    expect(catalog.attribution.onet.fr).toContain('O*NET 29.3');
    expect(catalog.attribution.esco.en).toContain('Commission Decision 2011/833/EU');
    expect(catalog.attribution.esco.fr).toContain('2011/833/UE');
    expect(catalog.attribution.esco.en).toContain('Nesta');
    expect(catalog.version).toMatch(/^O\*NET 29\.3 \+ ESCO 1\.0\.8 \([0-9a-f]{12}\)$/);
  });

  it('gives French titles, ratings, job zones and related occupations to most occupations', () => {
    const rated = catalog.occupations.filter((o) => o.suggested.some((s) => / IM \d/.test(s.basis)));
    expect(rated.length).toBeGreaterThanOrEqual(870);
    expect(catalog.occupations.filter((o) => o.frenchTitles.length > 0).length).toBeGreaterThanOrEqual(640);
    expect(catalog.occupations.filter((o) => o.jobZone !== undefined).length).toBeGreaterThanOrEqual(900);
    for (const o of catalog.occupations) for (const code of o.related) expect(byCode.has(code), `${o.code} -> ${code}`).toBe(true);
  });

  it('names an occupation in French by the label that shares most of its title, before one equal to a stray alternate title', () => {
    // O*NET lists "Police Commissioner" among Chief Executives' alternate titles.
    expect(occupation('11-1011.00').title.fr).toBe('Directeur général/directrice générale');
    expect(occupation('13-2041.00').title.fr).toBe('Analyste de risques crédits');
    expect(occupation('51-9111.00').title.fr).toBe('Opérateur de conditionnement/opératrice de conditionnement');
    // An exact alternate title still wins when no label shares most of the title's words.
    expect(occupation('53-7062.00').title.fr).toBe('Manutentionnaire');
    // "Waitresses" reads as "waitress": ESCO's waiter/waitress names it, not its alternate title "Sommelier".
    expect(occupation('35-3031.00').title.fr).toBe('Serveur/serveuse');
    // The titles FRENCH_TITLE_CHOICES picks, where the rule names the occupation by a corner of it.
    expect(occupation('25-2031.00').title.fr).toBe('Professeur/professeure de collège et de lycée');
    expect(occupation('29-1141.00').title.fr).toBe('Infirmier de soins généraux/infirmière de soins généraux');
    expect(occupation('27-3042.00').title.fr).toBe('Rédacteur technique/rédactrice technique');
    for (const choice of FRENCH_TITLE_CHOICES) expect(foldTitle(occupation(choice.code).title.fr)).toBe(foldTitle(choice.label));
  });

  it('keeps technology-based lists for occupations O*NET has not rated', () => {
    // 15-1252.00 Software Developers has no Skills/Knowledge ratings in 29.3, only technologies.
    const developers = occupation('15-1252.00');
    expect(developers.requirements.every((r) => r.basis?.includes('technology'))).toBe(true);
    expect(levels(developers.suggested)).toMatchObject({ 'python-programming': 2 });
  });

  /*
   * Suggested levels checked by hand against the O*NET 29.3 rows (Skills.txt / Knowledge.txt:
   * element, IM, LV; Technology Skills.txt: In Demand), by docs/advice.md "Unrated is unknown":
   * IM >= 4 -> one below the incumbent level (LV < 2 -> 1, <= 3.5 -> 2, <= 5 -> 3, else 4; minus 1,
   * 1 to 3); IM 3 to 3.9 -> the incumbent level, at most 2; IM < 3 -> nothing; an In Demand tool
   * -> 2; several elements for one skill -> the highest. (Mathematics is rated in both tables;
   * the Knowledge row is the one read.)
   */
  it('suggests for 23-2011.00 Paralegals and Legal Assistants what their ratings give', () => {
    // Administrative IM 4.16 LV 5.36 -> 4 - 1 = 3 (and Microsoft Office software In Demand -> 2)
    // Law and Government IM 4.78 LV 4.87 -> 3 - 1 = 2
    // Reading Comprehension IM 3.88 LV 4.00 -> min(2, 3) = 2; Writing IM 4.00 LV 3.88 -> 3 - 1 = 2; English Language IM 4.42 LV 4.88 -> 2
    // Computers and Electronics IM 3.91 LV 4.21 -> min(2, 3) = 2
    // Customer and Personal Service IM 3.64 LV 4.31 -> 2; Service Orientation IM 3.00 LV 3.00 -> 2
    // Mathematics (Knowledge) IM 2.61 -> nothing
    const suggested = levels(occupation('23-2011.00').suggested);
    expect(suggested).toMatchObject({
      'office-productivity': 3,
      'regulatory-compliance': 2,
      'written-communication': 2,
      'computing-fundamentals': 2,
      'customer-service': 2,
    });
    expect(suggested['applied-mathematics']).toBeUndefined();
    // The same rows as requirements: IM >= 4 -> core at the entry level, else plus at the incumbent level.
    expect(tiers('23-2011.00')).toMatchObject({ 'regulatory-compliance': 'core@2', 'office-productivity': 'core@3', 'computing-fundamentals': 'plus@3' });
  });

  it('suggests for 13-2011.00 Accountants and Auditors what their ratings give', () => {
    // Economics and Accounting IM 4.65 LV 5.84 -> 4 - 1 = 3; Management of Financial Resources IM 2.25 -> nothing
    // Mathematics (Knowledge) IM 3.92 LV 4.92 -> min(2, 3) = 2
    // Administrative IM 3.07 LV 4.51 -> 2; Microsoft Office software In Demand -> 2
    // Law and Government IM 3.33 LV 3.59 -> 2
    // Reading Comprehension IM 3.88 LV 4.25 -> 2; Writing IM 3.50 LV 3.62 -> 2; English Language IM 3.96 LV 4.24 -> 2
    expect(levels(occupation('13-2011.00').suggested)).toMatchObject({
      'business-case-finance': 3,
      'applied-mathematics': 2,
      'office-productivity': 2,
      'regulatory-compliance': 2,
      'written-communication': 2,
    });
    expect(tiers('13-2011.00')).toMatchObject({ 'business-case-finance': 'core@3', 'applied-mathematics': 'plus@3' });
  });

  it('suggests for 15-2051.01 Business Intelligence Analysts what their ratings give', () => {
    // Computers and Electronics IM 4.29 LV 5.41 -> 4 - 1 = 3
    // Programming IM 2.50 -> nothing; Python In Demand -> 2
    // Mathematics (Knowledge) IM 3.82 LV 4.67 -> 2
    // Reading Comprehension IM 4.00 LV 4.25 -> 3 - 1 = 2; Writing IM 3.75 LV 4.00 -> 2; English Language IM 3.77 LV 4.41 -> 2
    expect(levels(occupation('15-2051.01').suggested)).toMatchObject({
      'computing-fundamentals': 3,
      'python-programming': 2,
      'applied-mathematics': 2,
      'written-communication': 2,
    });
  });

  it('suggests for 41-1011.00 First-Line Supervisors of Retail Sales Workers what their ratings give', () => {
    // Customer and Personal Service IM 4.82 LV 5.63 -> 4 - 1 = 3; Service Orientation IM 3.75 LV 3.75 -> 2
    // Administration and Management IM 4.48 LV 4.26 -> 3 - 1 = 2
    // Mathematics (Knowledge) IM 3.31 LV 3.57 -> min(2, 3) = 2
    // Economics and Accounting IM 3.21 LV 3.65 -> 2; Management of Financial Resources IM 2.50 -> nothing
    // Computers and Electronics IM 3.31 LV 3.86 -> 2
    expect(levels(occupation('41-1011.00').suggested)).toMatchObject({
      'customer-service': 3,
      'business-acumen': 2,
      'applied-mathematics': 2,
      'business-case-finance': 2,
      'computing-fundamentals': 2,
    });
  });

  it('suggests for 31-1131.00 Nursing Assistants what their ratings give', () => {
    // Service Orientation IM 4.00 LV 3.88 -> 3 - 1 = 2; Customer and Personal Service IM 3.92 LV 4.43 -> 2
    // Reading Comprehension IM 3.12 LV 3.00 -> 2; Writing IM 2.75 -> nothing; English Language IM 3.27 LV 3.03 -> 2
    // Administration and Management IM 3.34 LV 2.82 -> 2
    // Law and Government IM 2.41, Computers and Electronics IM 2.24, Mathematics (Knowledge) IM 2.36 -> nothing
    const suggested = levels(occupation('31-1131.00').suggested);
    expect(suggested).toMatchObject({ 'customer-service': 2, 'written-communication': 2, 'business-acumen': 2 });
    for (const skillId of ['regulatory-compliance', 'computing-fundamentals', 'applied-mathematics']) expect(suggested[skillId], skillId).toBeUndefined();
  });

  it('reads trade knowledge as IT or data-center work only in the occupations where it means that', () => {
    const skillsOf = (code: string) => new Set([...occupation(code).requirements, ...occupation(code).suggested].map((entry) => entry.skillId));
    // Engineering and Technology for a civil engineering technician is civil engineering.
    expect(skillsOf('17-3022.00').has('software-engineering-practices')).toBe(false);
    // Mechanical, Repairing and Installation for a car mechanic are engines, not servers or cooling.
    for (const skillId of ['server-hardware', 'data-center-cooling']) expect(skillsOf('49-3023.00').has(skillId), skillId).toBe(false);
    // Where they do mean it, they still read so.
    expect(levels(occupation('49-9021.00').suggested)['data-center-cooling']).toBe(3);
    expect(levels(occupation('49-2011.00').suggested)['server-hardware']).toBe(2);
    expect(skillsOf('15-1232.00').has('software-engineering-practices')).toBe(true);

    expect(occupationElementSkill('Engineering and Technology', '15-1252.00')).toBe(ELEMENT_TO_SKILL['Engineering and Technology']);
    expect(occupationElementSkill('Engineering and Technology', '17-3022.00')).toBeNull();
    expect(occupationElementSkill('Physics', '47-2111.00')).toBe('electrical-fundamentals');
    expect(occupationElementSkill('Physics', '19-2012.00')).toBeNull();
    // Elements outside the list read as ELEMENT_TO_SKILL says, for every occupation.
    expect(occupationElementSkill('Mathematics', '17-3022.00')).toBe('applied-mathematics');
  });

  it('lands every overridden ESCO occupation where the override says, its former codes as alternatives', () => {
    for (const override of ESCO_OVERRIDES) {
      const target = occupation(override.code);
      if (override.label.length <= 200) expect(target.frenchTitles, override.label).toContain(asTitle(override.label));
    }
    const projects = occupation('13-1082.00');
    expect(projects.title.fr).toBe('Chef de projet');
    expect(projects.escoAlternatives).toContainEqual({ label: 'Chef de projet', codes: ['11-9072.00', '11-9179.00', '11-9199.00'] });
    expect(occupation('15-2051.00').title.fr).toBe('Scientifique des données');
    // Skillgap's own French titles are there too (one per folded form: 'infirmière' reads as 'infirmier').
    for (const extra of EXTRA_FRENCH_TITLES) {
      const folded = occupation(extra.code).frenchTitles.map(foldTitle);
      for (const label of extra.labels) expect(folded, label).toContain(foldTitle(label));
    }
  });

  it('speaks only of skills the built-in catalogue has', () => {
    const builtin = CatalogSchema.parse(JSON.parse(readFileSync(asset('catalog.json'), 'utf8')));
    const skills = new Set(builtin.skills.map((skill) => skill.id));
    for (const o of catalog.occupations) {
      for (const entry of [...o.requirements, ...o.suggested]) expect(skills.has(entry.skillId), `${o.code} ${entry.skillId}`).toBe(true);
      expect(o.requirements.filter((r) => r.tier === 'core').length, o.code).toBeLessThanOrEqual(15);
    }
  });

  it('uses the backgrounds’ reading for the suggested levels of a background’s occupation', () => {
    const builtin = CatalogSchema.parse(JSON.parse(readFileSync(asset('catalog.json'), 'utf8')));
    for (const source of BACKGROUND_SOURCES) {
      const profile = builtin.backgroundProfiles?.find((p) => p.background === source.background);
      const handWritten = new Set((source.extras ?? []).map((extra) => extra.skillId));
      const fromOnet = (profile?.skills ?? []).filter((skill) => !handWritten.has(skill.skillId));
      const suggested = occupation(source.onetCode).suggested.filter((skill) => !handWritten.has(skill.skillId));
      expect(levels(suggested), source.background).toEqual(levels(fromOnet));
    }
  });
});

const onetDir = process.env.ONET_DIR ?? fileURLToPath(new URL('../../../../shared/data/onet-29.3', import.meta.url));
const escoDir = process.env.ESCO_DIR ?? fileURLToPath(new URL('../../../../shared/data/esco', import.meta.url));

// Needs the O*NET and ESCO tables next to the repository (scripts/catalog/build.ts reads the same).
describe.skipIf(!existsSync(onetDir) || !existsSync(escoDir))('occupation build from the tables', () => {
  let onet: OnetTables;
  let tables: OnetOccupationTables;
  let esco: EscoTables;
  beforeAll(() => {
    onet = readOnet(onetDir);
    tables = readOnetOccupations(onetDir);
    esco = readEsco(escoDir);
  }, 60_000);

  it('gives exactly the committed files, and the same again on a second run', () => {
    const first = occupationFiles(buildOccupationCatalog(onet, tables, esco));
    expect(first.occupations === committed.occupations, 'assets/occupations.json is out of date: run npx tsx scripts/catalog/build.ts').toBe(true);
    expect(first.index === committed.index, 'assets/occupation-index.json is out of date: run npx tsx scripts/catalog/build.ts').toBe(true);
    expect(first.alternatesIndex === committed.alternatesIndex, 'assets/occupation-index-alternates.json is out of date').toBe(true);
    const second = occupationFiles(buildOccupationCatalog(onet, tables, esco));
    expect(second.occupations === first.occupations && second.index === first.index && second.alternatesIndex === first.alternatesIndex).toBe(true);
  }, 120_000);

  it('changes its output when one row of the tables changes', () => {
    // One Knowledge row of 23-2011.00: Law and Government IM 4.78 -> 2.0 (below the kept 3.0).
    const ratings = new Map(onet.ratings);
    const paralegal = new Map(ratings.get('23-2011.00'));
    paralegal.set('Law and Government', { ...paralegal.get('Law and Government')!, importance: 2 });
    ratings.set('23-2011.00', paralegal);
    const changed = buildOccupationCatalog({ ...onet, ratings }, tables, esco);
    const files = occupationFiles(changed);
    expect(files.occupations).not.toBe(committed.occupations);
    expect(changed.version).not.toBe(catalog.version);
    expect(changed.occupations.find((o) => o.code === '23-2011.00')?.requirements.some((r) => r.skillId === 'regulatory-compliance')).toBe(false);

    // One Alternate Titles row: a new title changes the alternates' index.
    const alternateTitles = new Map(tables.alternateTitles);
    alternateTitles.set('23-2011.00', [...(alternateTitles.get('23-2011.00') ?? []), 'Docketing Wizard']);
    expect(occupationFiles(buildOccupationCatalog(onet, { ...tables, alternateTitles }, esco)).alternatesIndex).not.toBe(committed.alternatesIndex);
  }, 120_000);

  it('uses one function for the backgrounds and the occupations', () => {
    for (const source of BACKGROUND_SOURCES) {
      const expected = occupationProfile(source.onetCode, onet).map(({ skillId, level }) => ({ skillId, level }));
      expect(occupation(source.onetCode).suggested.map(({ skillId, level }) => ({ skillId, level }))).toEqual(expected);
    }
  });
});
