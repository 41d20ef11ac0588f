import { z } from 'zod';
import { UserCatalogSchema } from './catalog';
import { PlanItemSchema, PlanSchema, ProgressEntrySchema } from './plan';
import { ProfileSchema } from './profile';
import { IdSchema, LocaleSchema, MAX_LIST } from './text';

export const COLOR_SCHEMES = ['light', 'dark', 'auto'] as const;
export const PAPER_SIZES = ['a4', 'letter'] as const;

export const SettingsSchema = z.strictObject({
  locale: LocaleSchema,
  colorScheme: z.enum(COLOR_SCHEMES),
  /** Absent until the person picks one; then the locale's usual paper is used. */
  paperSize: z.enum(PAPER_SIZES).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { locale: 'en', colorScheme: 'auto' };

/** The schemas' bounds against hostile input; the person's limits are lower (model/limits.ts). */
export const MAX_PLANS = 200;
export const MAX_PROGRESS_ENTRIES = MAX_LIST * 10;

/**
 * Version 1: the foundation (profile, the person's catalog additions, settings).
 * Version 2: adds learning plans and the progress log.
 * Version 3: the profile says which languages the person studies in, and each plan says its
 *   scope ('core' or 'full'); the upgrade writes both so the meaning of old data does not change.
 * Version 4: plan items no longer store hoursLogged; it is summed from the progress log, which
 *   the upgrade completes wherever an item claimed more hours than its entries.
 * Each step has one pure upgrade function in core/store/upgrades.ts.
 */
export const StoreV1Schema = z.strictObject({
  schemaVersion: z.literal(1),
  profile: ProfileSchema.nullable(),
  userCatalog: UserCatalogSchema,
  settings: SettingsSchema,
});
export type StoreV1 = z.infer<typeof StoreV1Schema>;

/**
 * A plan item as versions 2 and 3 stored it: with its hours logged, a copy of the progress log's
 * sum that could drift from it.
 */
export const PlanItemV3Schema = PlanItemSchema.extend({ hoursLogged: z.number().min(0).max(100000) });
export type PlanItemV3 = z.infer<typeof PlanItemV3Schema>;

export const PlanV3Schema = PlanSchema.extend({ items: z.array(PlanItemV3Schema).max(MAX_LIST) });
export type PlanV3 = z.infer<typeof PlanV3Schema>;

export const StoreV2Schema = z.strictObject({
  schemaVersion: z.literal(2),
  profile: ProfileSchema.nullable(),
  userCatalog: UserCatalogSchema,
  settings: SettingsSchema,
  plans: z.array(PlanV3Schema).max(MAX_PLANS),
  activePlanId: IdSchema.nullable(),
  progress: z.array(ProgressEntrySchema).max(MAX_PROGRESS_ENTRIES),
});
export type StoreV2 = z.infer<typeof StoreV2Schema>;

export const StoreV3Schema = z.strictObject({
  schemaVersion: z.literal(3),
  profile: ProfileSchema.nullable(),
  userCatalog: UserCatalogSchema,
  settings: SettingsSchema,
  plans: z.array(PlanV3Schema).max(MAX_PLANS),
  activePlanId: IdSchema.nullable(),
  progress: z.array(ProgressEntrySchema).max(MAX_PROGRESS_ENTRIES),
});
export type StoreV3 = z.infer<typeof StoreV3Schema>;

export const StoreV4Schema = z.strictObject({
  schemaVersion: z.literal(4),
  profile: ProfileSchema.nullable(),
  userCatalog: UserCatalogSchema,
  settings: SettingsSchema,
  plans: z.array(PlanSchema).max(MAX_PLANS),
  activePlanId: IdSchema.nullable(),
  progress: z.array(ProgressEntrySchema).max(MAX_PROGRESS_ENTRIES),
});
export type StoreV4 = z.infer<typeof StoreV4Schema>;

export const CURRENT_SCHEMA_VERSION = 4;
export const StoreDataSchema = StoreV4Schema;
export type StoreData = StoreV4;

export function emptyStoreData(): StoreData {
  return {
    schemaVersion: 4,
    profile: null,
    userCatalog: { skills: [], roles: [], courses: [] },
    settings: { ...DEFAULT_SETTINGS },
    plans: [],
    activePlanId: null,
    progress: [],
  };
}
