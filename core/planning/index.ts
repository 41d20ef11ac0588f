export { buildPlan, itemIdForCourse } from './buildPlan';
export type { BuildPlanInput, BuiltPlan } from './buildPlan';
export { durationFigures } from './buildPlan';
export { replan } from './replan';
export { weeklyCheckIn } from './checkIn';
export { dueReview, reviewDueOn, reviewRecords } from './reviews';
export type { ReviewDue } from './reviews';
export type { WeeklyCheckIn } from './checkIn';
export type { MovedItem, ReplanOptions, Replanned } from './replan';
export { planStatus } from './status';
export type { ItemProgress, PlanStatus, Standing, WeekProgress } from './status';
export { dailyAllocation, loggedHoursByItem, reschedule } from './schedule';
export type { RescheduleOptions, Rescheduled } from './schedule';
export type { DayAllocation } from './layout';
export { hoursPerWeekForDate, MAX_PLAN_YEARS, studyCalendarOf } from './calendar';
export type { StudyCalendar } from './calendar';
export { EXPECTED_SKILL_IMPORTANCE, planCourses, writtenFor } from './planCourses';
export type { CoursePlan, ItemWhy, PlanCoursesOptions } from './planCourses';
export { effectiveLevels, needsOf } from './needs';
export type { Assumption, EffectiveLevels, Need, PersonLevels, PlanScope } from './needs';
// Stepping stones (./steppingStone) and a plan's edits (./edit) are imported from their files:
// only the plan screen and the advice report use them, so they stay out of the chunk every first
// screen loads.
export { weekAgenda } from './week';
export type { Session, WeekAgenda, WeekAgendaOptions } from './week';
export { isoDateOf } from './dates';
