import { z } from 'zod';
import { UserCatalogSchema } from './catalog';
import { PlanItemSchema, PlanSchema, ProgressEntrySchema } from './plan';
import { LevelSchema } from './level';
import { ProfileSchema, ProfileV5Schema, WeekdaySchema } from './profile';
import { IdSchema, IsoDateSchema, LocaleSchema, MAX_LIST } from './text';

export const COLOR_SCHEMES = ['light', 'dark', 'auto'] as const;
export const PAPER_SIZES = ['a4', 'letter'] as const;

/** Settings as versions 1 to 4 stored them. */
export const SettingsV4Schema = z.strictObject({
  locale: LocaleSchema,
  colorScheme: z.enum(COLOR_SCHEMES),
  /** Absent until the person picks one; then the locale's usual paper is used. */
  paperSize: z.enum(PAPER_SIZES).optional(),
});

/** "HH:mm", 24-hour local time. */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written HH:mm');

/** Study reminders: a desktop notification on the chosen days at the chosen local time. */
export const ReminderSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  days: z.array(WeekdaySchema).min(1).max(7),
  time: TimeOfDaySchema,
});
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;

/** Off until the person turns them on: the app asks nothing of the system by default. */
export const DEFAULT_REMINDERS: ReminderSettings = { enabled: false, days: [1, 2, 3, 4, 5], time: '19:00' };

export const SettingsSchema = SettingsV4Schema.extend({
  /** Absent means DEFAULT_REMINDERS (off). */
  reminders: ReminderSettingsSchema.optional(),
  /** Open Skillgap when the person logs in; absent means off. */
  openAtLogin: z.boolean().optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * One change of a skill's level, dated by the person's rating (SkillRating.ratedOn). `level`
 * null: the rating was removed, the level is unknown again.
 */
export const RatingEventSchema = z.strictObject({
  skillId: IdSchema,
  level: LevelSchema.nullable(),
  date: IsoDateSchema,
});
export type RatingEvent = z.infer<typeof RatingEventSchema>;

/** The reviews of a finished item (issue #14): two weeks after it, then six. */
export const REVIEW_WEEKS = [2, 6] as const;

/** A review the person answered (or let go) for one plan item, and the day they did. */
export const ReviewRecordSchema = z.strictObject({
  planId: IdSchema,
  itemId: IdSchema,
  weeks: z.union([z.literal(REVIEW_WEEKS[0]), z.literal(REVIEW_WEEKS[1])]),
  date: IsoDateSchema,
});
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;

/** The last weekly check-in the person saw: the Monday of its week and what they chose. */
export const CheckInSchema = z.strictObject({
  weekStart: IsoDateSchema,
  outcome: z.enum(['accepted', 'declined', 'on-track']),
});
export type CheckIn = z.infer<typeof CheckInSchema>;

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
 * Version 5: settings for study reminders and opening at login, the dated history of skill
 *   ratings, the last weekly check-in and the reviews answered; the upgrade starts them empty.
 * Version 6: the profile may name the person's jobs (occupations with their suggested levels);
 *   nothing to convert, the bump makes an older Skillgap refuse the file as newer instead of invalid.
 * Each step has one pure upgrade function in core/store/upgrades.ts.
 */
export const StoreV1Schema = z.strictObject({
  schemaVersion: z.literal(1),
  profile: ProfileV5Schema.nullable(),
  userCatalog: UserCatalogSchema,
  settings: SettingsV4Schema,
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
  profile: ProfileV5Schema.nullable(),
  userCatalog: UserCatalogSchema,
  settings: SettingsV4Schema,
  plans: z.array(PlanV3Schema).max(MAX_PLANS),
  activePlanId: IdSchema.nullable(),
  progress: z.array(ProgressEntrySchema).max(MAX_PROGRESS_ENTRIES),
});
export type StoreV2 = z.infer<typeof StoreV2Schema>;

export const StoreV3Schema = z.strictObject({
  schemaVersion: z.literal(3),
  profile: ProfileV5Schema.nullable(),
  userCatalog: UserCatalogSchema,
  settings: SettingsV4Schema,
  plans: z.array(PlanV3Schema).max(MAX_PLANS),
  activePlanId: IdSchema.nullable(),
  progress: z.array(ProgressEntrySchema).max(MAX_PROGRESS_ENTRIES),
});
export type StoreV3 = z.infer<typeof StoreV3Schema>;

export const StoreV4Schema = z.strictObject({
  schemaVersion: z.literal(4),
  profile: ProfileV5Schema.nullable(),
  userCatalog: UserCatalogSchema,
  settings: SettingsV4Schema,
  plans: z.array(PlanSchema).max(MAX_PLANS),
  activePlanId: IdSchema.nullable(),
  progress: z.array(ProgressEntrySchema).max(MAX_PROGRESS_ENTRIES),
});
export type StoreV4 = z.infer<typeof StoreV4Schema>;

export const StoreV5Schema = z.strictObject({
  schemaVersion: z.literal(5),
  profile: ProfileV5Schema.nullable(),
  userCatalog: UserCatalogSchema,
  settings: SettingsSchema,
  plans: z.array(PlanSchema).max(MAX_PLANS),
  activePlanId: IdSchema.nullable(),
  progress: z.array(ProgressEntrySchema).max(MAX_PROGRESS_ENTRIES),
  /** Oldest first, in the order the changes were saved. */
  ratingHistory: z.array(RatingEventSchema).max(MAX_PROGRESS_ENTRIES),
  lastCheckIn: CheckInSchema.nullable(),
  /** Reviews answered, oldest first. */
  reviews: z.array(ReviewRecordSchema).max(MAX_PROGRESS_ENTRIES),
});
export type StoreV5 = z.infer<typeof StoreV5Schema>;

export const StoreV6Schema = StoreV5Schema.extend({
  schemaVersion: z.literal(6),
  profile: ProfileSchema.nullable(),
});
export type StoreV6 = z.infer<typeof StoreV6Schema>;

export const CURRENT_SCHEMA_VERSION = 6;
export const StoreDataSchema = StoreV6Schema;
export type StoreData = StoreV6;

export function emptyStoreData(): StoreData {
  return {
    schemaVersion: 6,
    profile: null,
    userCatalog: { skills: [], roles: [], courses: [] },
    settings: { ...DEFAULT_SETTINGS },
    plans: [],
    activePlanId: null,
    progress: [],
    ratingHistory: [],
    lastCheckIn: null,
    reviews: [],
  };
}
