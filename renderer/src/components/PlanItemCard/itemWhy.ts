import { courseTitleById, writtenFor, type Catalog, type Course, type PlanCoursesOptions, type PlanItem, type UncoveredGap } from '../../../../core';
import type { I18n } from '../../i18n';
import { skillName } from './itemInfo';

type Texts = Pick<I18n, 't' | 'locale'>;

const levelOf = (level: number, t: I18n['t']) => t(`level.${Math.max(0, Math.min(4, Math.round(level))) as 0 | 1 | 2 | 3 | 4}`);

/**
 * Why the planner chose an item, in words (docs/advice.md "Every item says why"): the gaps it
 * closes ("Prompt engineering (Proficient)"), the later courses it prepares for, what a portfolio
 * project shows, and whether the person pinned it. Empty for the person's own items and plans made before the reasons existed.
 * Given whom the plan is for, a course written for another audience ("for teachers") says why
 * it is there all the same: the planner only offers such courses when the ones written for the
 * person cannot reach every level the plan needs.
 */
export function whyLines(
  item: Pick<PlanItem, 'why' | 'courseId'>,
  catalog: Catalog,
  { t, locale }: Texts,
  forWhom?: Pick<PlanCoursesOptions, 'background' | 'roleIds'>,
): string[] {
  const why = item.why;
  if (!why) return [];
  const lines: string[] = [];
  const skillLevel = (skillId: string, level: number) =>
    t('plan.why.skillLevel', { skill: skillName(catalog, skillId, locale), level: levelOf(level, t) });
  if (why.closes.length > 0) {
    lines.push(t('plan.why.closes', { list: why.closes.map((need) => skillLevel(need.skillId, need.level)).join(', ') }));
  }
  if (why.prepares.length > 0) {
    const titles = [...new Set(why.prepares.map((prep) => courseTitleById(catalog.courses, prep.forCourseId, locale)))];
    lines.push(t('plan.why.prepares', { list: titles.join(', ') }));
  }
  if (why.shows && why.shows.length > 0) {
    lines.push(t('plan.why.shows', { list: why.shows.map((shown) => skillLevel(shown.skillId, shown.level)).join(', ') }));
  }
  if (why.pinned) lines.push(t('plan.why.pinned'));
  const course = item.courseId === undefined ? undefined : catalog.courses.find((entry) => entry.id === item.courseId);
  if (forWhom && course?.audience && !writtenFor(course, forWhom)) lines.push(t('plan.why.otherAudience'));
  return lines;
}

export interface HoursText {
  /** "20 h", or "≈ 20 h, estimate" when the provider does not state the hours. */
  text: string;
  estimate: boolean;
  /** Where the hours come from (the course's hoursNote), else a general word on estimates. */
  help?: string;
}

/**
 * A course item's hours, marked as an estimate when the provider does not state them. The
 * catalog writes where the hours come from (`hoursNote`) in English only, so another language
 * gets the general word on estimates instead of an English sentence in the middle of its own.
 */
export function hoursText(hours: number, course: Course | undefined, i18n: Pick<I18n, 't' | 'formatHours' | 'locale'>): HoursText {
  const formatted = i18n.formatHours(hours);
  const note = i18n.locale === 'en' ? course?.hoursNote : undefined;
  if (!course || course.hoursStated !== false) return { text: formatted, estimate: false, help: note };
  return {
    text: i18n.t('plan.hours.estimate', { hours: formatted }),
    estimate: true,
    help: note ?? i18n.t('plan.hours.estimateHelp'),
  };
}

/** An uncovered gap as a line: the skill, the level, and why no course closes it when known. */
export function uncoveredLine(gap: UncoveredGap, catalog: Catalog, { t, locale }: Texts): string {
  const skill = skillName(catalog, gap.skillId, locale);
  const level = levelOf(gap.level, t);
  return gap.reason
    ? t('plan.uncovered.lineReason', { skill, level, reason: t(`plan.uncovered.reason.${gap.reason}`) })
    : t('plan.uncovered.line', { skill, level });
}
