import { readFileSync } from 'node:fs';
import { OccupationCatalogSchema, type Occupation } from '../../../core/model/occupation';
import { buildOccupationIndex, foldTerm, foldTitle, loadOccupationSearch, loadOccupationSearchInStages } from '../../../core/occupations/search';

// The committed catalogue and index (scripts/catalog/build.ts writes both).
const catalog = OccupationCatalogSchema.parse(JSON.parse(readFileSync(new URL('../../../assets/occupations.json', import.meta.url), 'utf8')));
const indexJson = {
  main: readFileSync(new URL('../../../assets/occupation-index.json', import.meta.url), 'utf8'),
  alternate: readFileSync(new URL('../../../assets/occupation-index-alternates.json', import.meta.url), 'utf8'),
};
const search = loadOccupationSearch(indexJson, catalog.occupations);

/**
 * Titles a person would type for their current job, with the O*NET occupation it must land on
 * in the top 3. Written for this test: common jobs of people moving into the app's roles, some
 * spelled wrong on purpose (marked "typo") or without accents.
 */
const ENGLISH: ReadonlyArray<[typed: string, code: string]> = [
  ['paralegal', '23-2011.00'],
  ['registered nurse', '29-1141.00'],
  ['software developper', '15-1252.00'], // typo
  ['data analist', '15-2051.01'], // typo
  ['data scientist', '15-2051.00'],
  ['project manager', '13-1082.00'],
  ['truck driver', '53-3032.00'],
  ['cashier', '41-2011.00'],
  ['acountant', '13-2011.00'], // typo
  ['recruiter', '13-1071.00'],
  ['web developer', '15-1254.00'],
  ['electrican', '47-2111.00'], // typo
  ['plumber', '47-2152.00'],
  ['pharmasist', '29-1051.00'], // typo
  ['customer service representative', '43-4051.00'],
  ['elementary school teacher', '25-2021.00'],
  ['high school teacher', '25-2031.00'],
  ['graphic designer', '27-1024.00'],
  ['marketing manager', '11-2021.00'],
  ['human resources manager', '11-3121.00'],
  ['dental hygenist', '29-1292.00'], // typo
  ['forklift operator', '53-7051.00'],
  ['line cook', '35-2014.00'],
  ['recepcionist', '43-4171.00'], // typo
  ['bookeeper', '43-3031.00'], // typo
  ['nursing assistant', '31-1131.00'],
  ['help desk technician', '15-1232.00'],
  ['network administrator', '15-1244.00'],
  ['financial analyst', '13-2051.00'],
  ['copywriter', '27-3043.00'],
];

const FRENCH: ReadonlyArray<[typed: string, code: string]> = [
  ['aide-soignante', '31-1131.00'],
  ['chef de rayon', '41-1011.00'],
  ['infirmiere', '29-1141.00'], // no accent
  ['developeur web', '15-1254.00'], // typo, no accent
  ['comptible', '13-2011.00'], // typo
  ['chef de projet', '13-1082.00'],
  ['scientifique des donnees', '15-2051.00'], // no accent
  ['analyste de données', '15-2051.01'],
  ['chargée de recrutement', '13-1071.00'],
  ['community manager', '13-1161.00'],
  ['technicienne de maintenance', '49-9041.00'],
  ['formatrice en entreprise', '13-1151.00'],
  ['caisiere', '41-2011.00'], // typo, no accent
  ['boulangère', '51-3011.00'],
  ['electricien', '47-2111.00'], // no accent
  ['plombier', '47-2152.00'],
  ['pharmacienne', '29-1051.00'],
  ['secretaire', '43-6014.00'], // no accent
  ['assistante administrative', '43-6014.00'],
  ['avocate', '23-1011.00'],
  ['serveuse', '35-3031.00'],
  ['coiffeuse', '39-5012.00'],
  ['cariste', '53-7051.00'],
  ['magasinnier', '53-7065.00'], // typo
  ['agent immobilier', '41-9022.00'],
  ['chef cuisinier', '35-1011.00'],
  ['conseillère clientèle', '43-4051.00'],
  ['gestionnaire de paie', '43-3051.00'],
  ['professeur des écoles', '25-2021.00'],
  ['directrice commerciale', '11-2022.00'],
];

function rankOf(typed: string, code: string, locale: 'en' | 'fr'): number {
  return search.search(typed, locale, 3).findIndex((hit) => hit.code === code);
}

describe('occupation title search', () => {
  it.each(ENGLISH)('English: "%s" lands on %s in the top 3', (typed, code) => {
    expect(rankOf(typed, code, 'en'), JSON.stringify(search.search(typed, 'en', 3))).toBeGreaterThanOrEqual(0);
  });

  it.each(FRENCH)('French: "%s" lands on %s in the top 3', (typed, code) => {
    expect(rankOf(typed, code, 'fr'), JSON.stringify(search.search(typed, 'fr', 3))).toBeGreaterThanOrEqual(0);
  });

  it('puts most of them first', () => {
    const first = [...ENGLISH.map(([t, c]) => rankOf(t, c, 'en')), ...FRENCH.map(([t, c]) => rankOf(t, c, 'fr'))].filter((rank) => rank === 0);
    expect(first.length).toBeGreaterThanOrEqual(54);
  });

  it('reads case, accents, apostrophes, plurals and feminine forms alike', () => {
    expect(foldTerm('Infirmières')).toBe(foldTerm('infirmier'));
    expect(foldTerm('FORMATRICE')).toBe(foldTerm('formateur'));
    expect(foldTerm('technicienne')).toBe(foldTerm('techniciens'));
    expect(foldTerm('Nurses')).toBe(foldTerm('nurse'));
    expect(foldTitle('chef d’équipe')).toBe(foldTitle("Chef d'Equipe"));
    expect(foldTitle('aide-soignant/aide-soignante')).toBe('aide soignant aide soignant');
    expect(foldTerm('de')).toBeNull();
  });

  it('completes the word being typed and shows the title in the asked language', () => {
    const [hit] = search.search('aide-soig', 'fr', 1);
    expect(hit.code).toBe('31-1131.00');
    expect(hit.title).toBe(catalog.occupations.find((o) => o.code === '31-1131.00')?.title.fr);
    expect(search.search('paraleg', 'en', 1)[0]).toMatchObject({ code: '23-2011.00', title: 'Paralegals and Legal Assistants' });
  });

  it('gives one hit per occupation, best first, with the same order every time', () => {
    const hits = search.search('manager', 'en', 50);
    expect(new Set(hits.map((hit) => hit.code)).size).toBe(hits.length);
    for (let i = 1; i < hits.length; i += 1) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    expect(search.search('manager', 'en', 50)).toEqual(hits);
    expect(search.search('   ', 'en')).toEqual([]);
  });

  it('answers from the main titles first, then from every title once the alternates have loaded', async () => {
    let deliver: (json: string) => void = () => undefined;
    const staged = loadOccupationSearchInStages(indexJson.main, catalog.occupations, new Promise<string>((resolve) => (deliver = resolve)));
    // 'chef de rayon' is an ESCO title (main tier); 'Docket Clerk' only an O*NET alternate title.
    expect(staged.search('chef de rayon', 'fr', 1)).toEqual(search.search('chef de rayon', 'fr', 1));
    expect(staged.search('docket clerk', 'en', 3).map((hit) => hit.matchedTitle)).not.toContain('Docket Clerk');
    const before = staged.titleCount;
    deliver(indexJson.alternate);
    await staged.complete;
    expect(staged.titleCount).toBeGreaterThan(before);
    expect(staged.titleCount).toBe(search.titleCount);
    expect(staged.search('docket clerk', 'en', 5)).toEqual(search.search('docket clerk', 'en', 5));
  });

  it('refuses an index built from another catalogue', () => {
    expect(() => loadOccupationSearch(indexJson, catalog.occupations.slice(1))).toThrow(/not built together/);
    expect(() => loadOccupationSearch({ main: indexJson.alternate, alternate: indexJson.main }, catalog.occupations)).toThrow(/not built together/);
  });

  it('builds the same index from the same catalogue', () => {
    const small: Occupation[] = catalog.occupations.slice(0, 20);
    expect(buildOccupationIndex(small)).toEqual(buildOccupationIndex(small));
    const own = loadOccupationSearch(buildOccupationIndex(small), small);
    expect(own.search(small[3].title.en, 'en', 1)[0].code).toBe(small[3].code);
  });
});
