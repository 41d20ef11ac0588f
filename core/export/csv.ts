/**
 * Tables for spreadsheets (RFC 4180): a header row, comma-separated cells, CRLF line ends, and a
 * cell quoted when it holds a comma, a quote or a line break (quotes doubled inside).
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab / carriage return) as a formula, so
 * such a text cell is prefixed with an apostrophe: a course title can never become a formula.
 * Numbers and dates are written with "." and yyyy-MM-dd whatever the language, so the file stays
 * machine-readable; headers and names are in the person's language.
 */
import type { RoleFit } from '../analysis/types';
import { courseTitle, type Catalog } from '../model/catalog';
import type { Plan, ProgressEntry } from '../model/plan';
import type { Locale } from '../model/text';
import { loggedHoursByItem } from '../planning/schedule';
import { createTranslator } from '../i18n';
import { courseOfItem, skillNameOf } from './lookup';
import { toHundredths } from '../model/hours';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvCell = string | number | null | undefined;

/** One cell: numbers as they are, text guarded against formulas, then quoted when needed. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}


/** The gap table of one role: every requirement, largest gap first (the order of the fit). */
export function gapTableToCsv(fit: RoleFit, catalog: Catalog, locale: Locale): string {
  const t = createTranslator(locale);
  const header = (['skill', 'category', 'have', 'need', 'gap', 'importance', 'weight', 'share', 'covered'] as const).map((column) => t(`export.gaps.${column}`));
  const rows = fit.requirements.map((requirement) => [
    skillNameOf(catalog, requirement.skillId, locale),
    catalog.skills.find((skill) => skill.id === requirement.skillId)?.category ?? '',
    requirement.have,
    requirement.need,
    requirement.gap,
    requirement.importance,
    requirement.weight,
    toHundredths(requirement.share * 100),
    requirement.covered ? t('export.gaps.yes') : t('export.gaps.no'),
  ]);
  return toCsv([header, ...rows]);
}

/** The dated plan, one row per item in plan order, with the hours logged summed from the log. */
export function planToCsv(plan: Plan, catalog: Catalog, locale: Locale, progress: readonly ProgressEntry[]): string {
  const t = createTranslator(locale);
  const logged = loggedHoursByItem(plan, progress);
  const header = (['status', 'title', 'provider', 'start', 'end', 'hours', 'loggedHours', 'skills', 'url'] as const).map((column) => t(`export.plan.${column}`));
  const rows = plan.items.map((item) => {
    const course = courseOfItem(catalog, item);
    return [
      t(`export.status.${item.status}`),
      (course && courseTitle(course, locale)) ?? item.title ?? item.courseId ?? item.id,
      course?.provider ?? '',
      item.start,
      item.end,
      item.hours,
      toHundredths(logged.get(item.id) ?? 0),
      item.skillIds.map((skillId) => skillNameOf(catalog, skillId, locale)).join('; '),
      course?.url ?? '',
    ];
  });
  return toCsv([header, ...rows]);
}
