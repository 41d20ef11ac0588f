import { z } from 'zod';
import { UserCatalogSchema } from './catalog';
import { PlanSchema, ProgressEntrySchema } from './plan';
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

/**
 * Version 1: the foundation (profile, the person's catalog additions, settings).
 * Version 2: adds learning plans and the progress log.
 * Version 3: the profile says which languages the person studies in, and each plan says its
 *   scope ('core' or 'full'); the upgrade writes both so the meaning of old data does not change.
 * Each step has one pure upgrade function in core/store/upgrades.ts.
 */
export const StoreV1Schema = z.strictObject({
  schemaVersion: z.literal(1),
  profile: ProfileSchema.nullable(),
  userCatalog: UserCatalogSchema,
  settings: SettingsSchema,
});
export type StoreV1 = z.infer<typeof StoreV1Schema>;

export const StoreV2Schema = z.strictObject({
  schemaVersion: z.literal(2),
  profile: ProfileSchema.nullable(),
  userCatalog: UserCatalogSchema,
  settings: SettingsSchema,
  plans: z.array(PlanSchema).max(200),
  activePlanId: IdSchema.nullable(),
  progress: z.array(ProgressEntrySchema).max(MAX_LIST * 10),
});
export type StoreV2 = z.infer<typeof StoreV2Schema>;

export const StoreV3Schema = z.strictObject({
  schemaVersion: z.literal(3),
  profile: ProfileSchema.nullable(),
  userCatalog: UserCatalogSchema,
  settings: SettingsSchema,
  plans: z.array(PlanSchema).max(200),
  activePlanId: IdSchema.nullable(),
  progress: z.array(ProgressEntrySchema).max(MAX_LIST * 10),
});
export type StoreV3 = z.infer<typeof StoreV3Schema>;

export const CURRENT_SCHEMA_VERSION = 3;
export const StoreDataSchema = StoreV3Schema;
export type StoreData = StoreV3;

export function emptyStoreData(): StoreData {
  return {
    schemaVersion: 3,
    profile: null,
    userCatalog: { skills: [], roles: [], courses: [] },
    settings: { ...DEFAULT_SETTINGS },
    plans: [],
    activePlanId: null,
    progress: [],
  };
}
