import { readTable } from './onet';
import { ESCO_OVERRIDES, EXTRA_FRENCH_TITLES, type EscoOverride, type ExtraFrenchTitle } from './esco-overrides';

/**
 * Reads ../shared/data/esco (README.md there): every ESCO v1.0.8 occupation with its French
 * labels, and its link to O*NET 29.3 codes with one primary code.
 */
export interface EscoOccupation {
  uri: string;
  preferredFr: string;
  /** Preferred, alternative and hidden French labels, in file order, without repeats. */
  labelsFr: string[];
  preferredEn: string;
  /** 'direct' | 'inherited' | 'none' */
  link: string;
  confidence: number;
  /** The O*NET code it lands on (after the overrides), absent when unmapped. */
  primary?: string;
  /** Its other O*NET codes, sorted. */
  alternatives: string[];
}

export interface EscoTables {
  occupations: EscoOccupation[];
}

const split = (value: string | undefined) =>
  (value ?? '')
    .split(' | ')
    .map((label) => label.trim())
    .filter((label) => label !== '');

export function readEsco(directory: string): EscoTables {
  const rows = new Map<string, Array<Record<string, string>>>();
  for (const row of readTable(directory, 'esco-to-onet.tsv')) rows.set(row.conceptUri, [...(rows.get(row.conceptUri) ?? []), row]);
  const occupations = readTable(directory, 'occupations-fr.tsv').map((row): EscoOccupation => {
    const links = rows.get(row.conceptUri) ?? [];
    const codes = [...new Set(links.map((link) => link.onet_code).filter((code) => code !== ''))];
    const primary = links.find((link) => link.primary === '1' && link.onet_code !== '')?.onet_code;
    return {
      uri: row.conceptUri,
      preferredFr: row.preferredLabel_fr,
      labelsFr: [...new Set([row.preferredLabel_fr, ...split(row.altLabels_fr), ...split(row.hiddenLabels_fr)])],
      preferredEn: row.preferredLabel_en,
      link: links[0]?.esco_link ?? 'none',
      confidence: Math.max(0, ...links.map((link) => Number(link.nesta_confidence) || 0)),
      primary,
      alternatives: codes.filter((code) => code !== primary).sort(),
    };
  });
  return { occupations };
}

/** Moves the primary code of each overridden ESCO occupation; its former codes become alternatives. */
export function applyOverrides(
  esco: EscoTables,
  knownCodes: ReadonlySet<string>,
  overrides: readonly EscoOverride[] = ESCO_OVERRIDES,
): EscoTables {
  const byUri = new Map(overrides.map((override) => [override.uri, override]));
  for (const override of overrides) {
    const occupation = esco.occupations.find((o) => o.uri === override.uri);
    if (!occupation) throw new Error(`ESCO override: ${override.uri} (${override.label}) is not an ESCO occupation`);
    if (occupation.preferredFr !== override.label) {
      throw new Error(`ESCO override: ${override.uri} is "${occupation.preferredFr}", not "${override.label}"`);
    }
    if (!knownCodes.has(override.code)) throw new Error(`ESCO override: ${override.code} is not an O*NET 29.3 code`);
    if (occupation.primary === override.code) throw new Error(`ESCO override: ${override.label} already lands on ${override.code}`);
  }
  return {
    occupations: esco.occupations.map((occupation) => {
      const override = byUri.get(occupation.uri);
      if (!override) return occupation;
      const codes = [...(occupation.primary ? [occupation.primary] : []), ...occupation.alternatives];
      return { ...occupation, primary: override.code, alternatives: [...new Set(codes)].filter((code) => code !== override.code).sort() };
    }),
  };
}

export function checkExtraTitles(knownCodes: ReadonlySet<string>, extras: readonly ExtraFrenchTitle[] = EXTRA_FRENCH_TITLES): void {
  for (const extra of extras) if (!knownCodes.has(extra.code)) throw new Error(`extra French title ${extra.labels[0]}: ${extra.code} is not an O*NET 29.3 code`);
}
