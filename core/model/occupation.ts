import { z } from 'zod';
import { AssumedLevelSchema, RequirementSchema } from './catalog';
import { LocalizedTextSchema, MAX_LIST, ShortTextSchema } from './text';

/**
 * The occupation catalogue (issue #15, docs/occupations.md): every O*NET 29.3 occupation with
 * its titles in English and, where the ESCO mapping gives them, French; built by
 * scripts/catalog/occupations.ts into assets/occupations.json and loaded only when a screen
 * needs it (never on the first screen).
 */

export const OnetCodeSchema = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/);

export const OccupationSchema = z.strictObject({
  /** O*NET-SOC 2019 code, e.g. "23-2011.00". */
  code: OnetCodeSchema,
  /** O*NET title in English; French: the ESCO preferred label of the primary mapping, else the English title. */
  title: LocalizedTextSchema,
  /** O*NET alternate and short titles (English), one per folded form (core/occupations/search.ts), for search only. */
  alternateTitles: z.array(ShortTextSchema).max(MAX_LIST),
  /**
   * English preferred labels of the ESCO occupations that land here (after the checked overrides,
   * docs/occupations.md): searched as main titles, so "data analyst" finds the occupation ESCO
   * and our check agree on among the nine O*NET gives that alternate title to.
   */
  escoTitlesEn: z.array(ShortTextSchema).max(MAX_LIST).optional(),
  /**
   * French labels from every ESCO occupation that lands here (preferred, alternative, hidden),
   * then the few Skillgap adds (docs/occupations.md), for search; one per folded form.
   */
  frenchTitles: z.array(ShortTextSchema).max(MAX_LIST),
  /** O*NET Job Zone 1-5 (little to extensive preparation); absent when O*NET gives none. */
  jobZone: z.number().int().min(1).max(5).optional(),
  /** O*NET related occupations, most related first. */
  related: z.array(OnetCodeSchema).max(40),
  /**
   * What the occupation asks, in the app's skills, through the same calibrated core/plus mapping
   * as the built-in roles (docs/advice.md). Empty when O*NET has no Skills/Knowledge ratings.
   */
  requirements: z.array(RequirementSchema).max(200),
  /**
   * Levels people doing this job usually have, by the background mapping of docs/advice.md
   * "Unrated is unknown": pre-filled as suggestions the person confirms.
   */
  suggested: z.array(AssumedLevelSchema).max(200),
  /**
   * ESCO occupations landing here that the ESCO -> O*NET link also gives other codes (by its
   * label, the French preferred one): show those codes as alternatives, e.g. "chef de projet"
   * lands on 13-1082.00 with 11-9199.00, 11-9072.00, 11-9179.00 as alternatives.
   */
  escoAlternatives: z.array(z.strictObject({ label: ShortTextSchema, codes: z.array(OnetCodeSchema).max(20) })).max(50).optional(),
});
export type Occupation = z.infer<typeof OccupationSchema>;

export const OccupationCatalogSchema = z.strictObject({
  /** The sources and a hash of the content, e.g. "O*NET 29.3 + ESCO 1.0.8 (c648847b09b6)": changes whenever the data does, never with the clock. */
  version: ShortTextSchema.min(1),
  /** The attributions the data requires, shown wherever it appears. */
  attribution: z.strictObject({ onet: LocalizedTextSchema, esco: LocalizedTextSchema }),
  occupations: z.array(OccupationSchema).max(1200),
});
export type OccupationCatalog = z.infer<typeof OccupationCatalogSchema>;
