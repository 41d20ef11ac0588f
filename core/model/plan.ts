import { z } from 'zod';
import { SkillLevelSchema } from './catalog';
import { WeekdaySchema } from './profile';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema, LongTextSchema, MAX_LIST, ShortTextSchema } from './text';

export const ITEM_STATUSES = ['planned', 'in-progress', 'done', 'skipped'] as const;
export const ItemStatusSchema = z.enum(ITEM_STATUSES);
export type ItemStatus = z.infer<typeof ItemStatusSchema>;

export const PeriodSchema = z.strictObject({ start: IsoDateSchema, end: IsoDateSchema });
export type Period = z.infer<typeof PeriodSchema>;

export const PlanItemSchema = z.strictObject({
  id: IdSchema,
  /** Absent for the person's own items (a book, a project). */
  courseId: IdSchema.optional(),
  title: ShortTextSchema.optional(),
  skillIds: z.array(IdSchema).max(200),
  start: IsoDateSchema,
  end: IsoDateSchema,
  hours: z.number().positive().max(5000),
  status: ItemStatusSchema,
  /**
   * Why the planner chose the item: the gaps it closes and the course expectations it meets for
   * a later item (docs/advice.md "Every item says why"). Absent on plans made before 0.2 and on
   * the person's own items.
   */
  why: z
    .strictObject({
      closes: z.array(SkillLevelSchema).max(200),
      prepares: z.array(z.strictObject({ skillId: IdSchema, level: SkillLevelSchema.shape.level, forCourseId: IdSchema })).max(200),
      pinned: z.boolean(),
      /** On a portfolio project: the levels it gives evidence of. */
      shows: z.array(SkillLevelSchema).max(200).optional(),
    })
    .optional(),
});
export type PlanItem = z.infer<typeof PlanItemSchema>;

export const PlanInputsSchema = z.strictObject({
  weeklyHours: z.number().min(0).max(80),
  studyDays: z.array(WeekdaySchema).min(1).max(7),
  startDate: IsoDateSchema,
  targetDate: IsoDateSchema.optional(),
  pauses: z.array(PeriodSchema).max(200),
  excludedCourseIds: z.array(IdSchema).max(MAX_LIST),
  preferredCourseIds: z.array(IdSchema).max(MAX_LIST),
  /**
   * 'core' plans what an entry-level posting demands; 'full' adds the plus requirements that
   * grow with experience. Absent means 'core' (store v3 writes 'full' on plans made before).
   */
  scope: z.enum(['core', 'full']).optional(),
});
export type PlanInputs = z.infer<typeof PlanInputsSchema>;

/**
 * Why a gap stays open: 'no-course' when no course in the catalog teaches the level,
 * 'language' when only courses in languages the person does not study in do, 'excluded' when
 * the person removed every course that would, 'expects' when those courses expect more than any
 * reachable course teaches. Absent on plans made before 0.2.
 */
export const UNCOVERED_REASONS = ['no-course', 'language', 'excluded', 'expects'] as const;
export const UncoveredGapSchema = z.strictObject({
  skillId: IdSchema,
  level: SkillLevelSchema.shape.level,
  reason: z.enum(UNCOVERED_REASONS).optional(),
});
export type UncoveredGap = z.infer<typeof UncoveredGapSchema>;

export const PlanSchema = z.strictObject({
  id: IdSchema,
  name: ShortTextSchema,
  createdAt: IsoDateTimeSchema,
  targetRoleIds: z.array(IdSchema).min(1).max(50),
  inputs: PlanInputsSchema,
  items: z.array(PlanItemSchema).max(MAX_LIST),
  /** End of the last item; null when the plan has no item. */
  readyDate: IsoDateSchema.nullable(),
  /** Gaps no course the person can take closes, each with the reason. */
  uncovered: z.array(UncoveredGapSchema).max(MAX_LIST),
});
export type Plan = z.infer<typeof PlanSchema>;

/**
 * Kept apart from plans so a re-plan never loses what the person logged. It is the only record
 * of hours logged: an item's total is summed from it (loggedHoursByItem), never stored.
 */
export const ProgressEntrySchema = z.strictObject({
  id: IdSchema,
  planId: IdSchema,
  itemId: IdSchema,
  date: IsoDateSchema,
  hours: z.number().positive().max(24),
  note: LongTextSchema.optional(),
});
export type ProgressEntry = z.infer<typeof ProgressEntrySchema>;
