import type { Occupation, OccupationCatalog } from '../../core';
import { buildOccupationIndex, loadOccupationSearch } from '../../core/occupations/search';
import type { LoadedOccupations } from '../../renderer/src/data/useOccupations';

/** An occupation for a component test: its titles, nothing else unless the test gives it. */
export function testOccupation(code: string, en: string, fr: string, fields: Partial<Occupation> = {}): Occupation {
  return { code, title: { en, fr }, alternateTitles: [], frenchTitles: [fr], related: [], requirements: [], suggested: [], ...fields };
}

/** The catalogue as useOccupations hands it to a screen, searched through a real index of these occupations. */
export function loadedOccupations(occupations: Occupation[]): LoadedOccupations {
  const catalog: OccupationCatalog = {
    version: 'test',
    attribution: { onet: { en: 'O*NET attribution text', fr: 'Attribution O*NET' }, esco: { en: 'ESCO attribution text', fr: 'Attribution ESCO' } },
    occupations,
  };
  return { catalog, byCode: new Map(occupations.map((entry) => [entry.code, entry])), search: loadOccupationSearch(buildOccupationIndex(occupations), occupations) };
}
