import { addDays, addMonths, addYears, differenceInCalendarDays, getDay, lightFormat, parseISO } from 'date-fns';
import type { IsoDate } from '../model/text';
import type { Weekday } from '../model/profile';

/**
 * Calendar days as plain integers ("day numbers") so the scheduler can walk thousands of days
 * cheaply. Every conversion goes through date-fns on local dates: parseISO reads a yyyy-MM-dd
 * string as local midnight, differenceInCalendarDays counts calendar days (immune to DST hours),
 * and addDays + lightFormat come back. UTC is never used, so the result does not depend on the zone.
 */
const EPOCH_ISO = '2000-01-01';
const EPOCH = parseISO(EPOCH_ISO);
const EPOCH_WEEKDAY = getDay(EPOCH);
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written yyyy-MM-dd. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE_PATTERN.test(value)) return false;
  // parseISO gives an invalid date for 2025-02-30; the round trip catches anything else.
  const day = toDayNumber(value);
  return Number.isFinite(day) && fromDayNumber(day) === value;
}

/**
 * The conversions cost a few microseconds each through date-fns and a long plan makes thousands,
 * so both directions are remembered; the caches are bounded and hold only derived values.
 */
const CACHE_LIMIT = 50_000;
const dayNumbers = new Map<string, number>();
const isoDates = new Map<number, IsoDate>();

/**
 * The local calendar day of a moment, yyyy-MM-dd. lightFormat rather than format: it knows no
 * locale, so the renderer's first screen does not ship date-fns's English names for it.
 */
export function isoDateOf(date: Date): IsoDate {
  return lightFormat(date, 'yyyy-MM-dd');
}

export function toDayNumber(date: IsoDate): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = differenceInCalendarDays(parseISO(date), EPOCH);
    if (dayNumbers.size >= CACHE_LIMIT) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

export function fromDayNumber(day: number): IsoDate {
  let date = isoDates.get(day);
  if (date === undefined) {
    date = isoDateOf(addDays(EPOCH, day));
    if (isoDates.size >= CACHE_LIMIT) isoDates.clear();
    isoDates.set(day, date);
  }
  return date;
}

/** 0 Sunday … 6 Saturday, like date-fns getDay, from day-number arithmetic. */
export function weekdayOf(day: number): Weekday {
  return (((EPOCH_WEEKDAY + day) % 7) + 7) % 7 as Weekday;
}

/** Day number of the Monday that starts the ISO week holding `day`. */
export function isoWeekStart(day: number): number {
  const weekday = weekdayOf(day);
  return day - (weekday === 0 ? 6 : weekday - 1);
}

/** Day number `years` calendar years after `date` (date-fns clamps 29 February). */
export function dayNumberYearsAfter(date: IsoDate, years: number): number {
  return differenceInCalendarDays(addYears(parseISO(date), years), EPOCH);
}

/** The last day of the `months` months that start on `date` (2027-01-04 + 6 months -> 2027-07-03). */
export function lastDayOfMonthsFrom(date: IsoDate, months: number): IsoDate {
  return isoDateOf(addDays(addMonths(parseISO(date), months), -1));
}

export function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function earlierDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
