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
  hoursLogged: z.number().min(0).max(100000),
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
});
export type PlanInputs = z.infer<typeof PlanInputsSchema>;

export const PlanSchema = z.strictObject({
  id: IdSchema,
  name: ShortTextSchema,
  createdAt: IsoDateTimeSchema,
  targetRoleIds: z.array(IdSchema).min(1).max(50),
  inputs: PlanInputsSchema,
  items: z.array(PlanItemSchema).max(MAX_LIST),
  /** End of the last item; null when the plan has no item. */
  readyDate: IsoDateSchema.nullable(),
  /** Gaps no course in the catalog closes. */
  uncovered: z.array(SkillLevelSchema).max(MAX_LIST),
});
export type Plan = z.infer<typeof PlanSchema>;

/** Kept apart from plans so a re-plan never loses what the person logged. */
export const ProgressEntrySchema = z.strictObject({
  id: IdSchema,
  planId: IdSchema,
  itemId: IdSchema,
  date: IsoDateSchema,
  hours: z.number().positive().max(24),
  note: LongTextSchema.optional(),
});
export type ProgressEntry = z.infer<typeof ProgressEntrySchema>;
