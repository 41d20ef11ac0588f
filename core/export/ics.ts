/**
 * A plan as an iCalendar file (RFC 5545), written with ical-generator: one timed event per study
 * session, each with a reminder, so the person sees when they study next to the rest of their
 * life in any calendar application.
 *
 * A session is one open item on one study day of the schedule `dailyAllocation` gives with the
 * progress log from `today`: the study still to do, laid out as a re-plan on that day would lay
 * it. Done and skipped items have nothing left to study, so they get no session.
 *
 * Sessions are floating times (no time zone): like the study days, which are calendar days and
 * not instants, an evening session stays at 19:00 wherever the person takes their calendar.
 */
import { escape, ICalAlarmType, ICalCalendar, ICalCalendarMethod, ICalEventStatus, type ICalEventData } from 'ical-generator';
import { courseTitle, type Catalog, type Course } from '../model/catalog';
import type { Plan, PlanItem, ProgressEntry } from '../model/plan';
import { fail, ok, type Result } from '../model/result';
import type { IsoDate, Locale } from '../model/text';
import type { DayAllocation } from '../planning/layout';
import { dailyAllocation } from '../planning/schedule';
import { createTranslator } from '../i18n';
import { formatExportHours } from './labels';
import { courseOfItem, skillNameOf } from './lookup';

export interface IcsOptions {
  locale: Locale;
  /** PRODID, e.g. "-//Skillgap//Skillgap 0.1.0//EN". */
  productId: string;
  /** ISO date-time of the export: written as DTSTAMP, and the source of every SEQUENCE. */
  now: string;
  /** The person's calendar day: sessions are laid out from it (the day a re-plan would use). */
  today: IsoDate;
  /** When the first session of a study day begins, 'HH:mm'; evening study (19:00) by default. */
  sessionStart?: string;
  /** A display reminder before every session; on by default. */
  reminders?: boolean;
}

export const ICS_UID_DOMAIN = 'skillgap.app';
export const DEFAULT_SESSION_START = '19:00';
export const REMINDER_MINUTES_BEFORE = 15;
const SEQUENCE_EPOCH_MS = Date.UTC(2026, 0, 1);
const MINUTE_MS = 60_000;
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Re-importing must update a session rather than add a second copy, so its UID depends only on
 * what the session is: plan, item and day. Ids are kebab-case and never hold "_", so the three
 * parts cannot run into each other and two sessions never share a UID.
 */
export function sessionUid(planId: string, itemId: string, date: IsoDate): string {
  return `${planId}_${itemId}_${date}@${ICS_UID_DOMAIN}`;
}

/**
 * A calendar takes a re-imported event as an update only when its SEQUENCE is higher than the
 * one it holds (RFC 5546 2.1.4), and the export keeps no state to count with. The export time
 * grows with every later export, so the whole minutes from 2026-01-01T00:00Z to it do, and they
 * stay within SEQUENCE's 32-bit signed integer until about the year 6100. Two exports in one
 * minute share a number; an unchanged session still gets a higher one, and a calendar then
 * rewrites it with the same content, which is harmless.
 */
export function exportSequence(exportedAt: Date): number {
  return Math.max(0, Math.floor((exportedAt.getTime() - SEQUENCE_EPOCH_MS) / MINUTE_MS));
}

/** TEXT may not hold control characters other than tab and line breaks (RFC 5545 3.3.11). */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/**
 * ical-generator writes a floating date-time from the Date's UTC fields, without "Z": building
 * the Date in UTC keeps the wall-clock time whatever the zone of the process. Minutes past
 * midnight roll over into the next day.
 */
function wallClock(date: IsoDate, minuteOfDay: number): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day, 0, minuteOfDay));
}

interface Session extends DayAllocation {
  startMinute: number;
}

/** A day's sessions follow each other from the start time, in the schedule's item order. */
function sessionsOf(allocations: readonly DayAllocation[], firstMinute: number): Session[] {
  const nextFree = new Map<IsoDate, number>();
  return allocations
    .filter((allocation) => allocation.minutes > 0)
    .map((allocation) => {
      const startMinute = nextFree.get(allocation.date) ?? firstMinute;
      nextFree.set(allocation.date, startMinute + allocation.minutes);
      return { ...allocation, startMinute };
    });
}

function itemTitle(course: Course | undefined, item: PlanItem, locale: Locale): string {
  if (course) return courseTitle(course, locale);
  return item.title ?? item.courseId ?? item.id;
}

function sessionDescription(session: Session, item: PlanItem, course: Course | undefined, catalog: Catalog, locale: Locale): string {
  const t = createTranslator(locale);
  const line = (label: string, value: string) => `${label}${t('export.colon')}${value}`;
  const skills = item.skillIds.map((skillId) => skillNameOf(catalog, skillId, locale));
  return [
    ...(course
      ? [
          line(t('export.session.course'), courseTitle(course, locale)),
          line(t('export.session.provider'), course.provider),
          line(t('export.session.link'), course.url),
        ]
      : []),
    line(t('export.session.duration'), `${formatExportHours(session.minutes / 60, locale)} h`),
    ...(skills.length > 0 ? [line(t('export.session.skills'), skills.join(', '))] : []),
  ].join('\n');
}

/**
 * ical-generator escapes URL like TEXT, putting a backslash before "," and ";", which changes
 * an address (a URI value is written as is): such an address is left to the description.
 */
function urlProperty(course: Course | undefined): string | null {
  return course && !/[,;\\]/.test(course.url) ? course.url : null;
}

interface ExportContext {
  plan: Plan;
  catalog: Catalog;
  locale: Locale;
  exportedAt: Date;
  sequence: number;
  reminders: boolean;
}

function sessionEvent(session: Session, item: PlanItem, context: ExportContext): ICalEventData {
  const course = courseOfItem(context.catalog, item);
  const summary = printable(itemTitle(course, item, context.locale));
  return {
    id: sessionUid(context.plan.id, item.id, session.date),
    sequence: context.sequence,
    stamp: context.exportedAt,
    start: wallClock(session.date, session.startMinute),
    end: wallClock(session.date, session.startMinute + session.minutes),
    floating: true,
    summary,
    description: printable(sessionDescription(session, item, course, context.catalog, context.locale)),
    url: urlProperty(course),
    status: ICalEventStatus.CONFIRMED,
    alarms: context.reminders
      ? [{ type: ICalAlarmType.display, triggerBefore: REMINDER_MINUTES_BEFORE * 60, description: summary }]
      : [],
  };
}

/**
 * The plan's study sessions still to do from `options.today`. Fails as the scheduler does for a
 * plan it cannot lay out (no weekly hours, study that never ends), and on a bad time or day.
 */
export function planToIcs(plan: Plan, catalog: Catalog, options: IcsOptions, progress: readonly ProgressEntry[]): Result<string> {
  const exportedAt = new Date(options.now);
  if (Number.isNaN(exportedAt.getTime())) return fail('invalid-payload', `"${options.now}" is not a date-time`, 'now');
  const sessionStart = options.sessionStart ?? DEFAULT_SESSION_START;
  const clock = CLOCK_TIME.exec(sessionStart);
  if (!clock) return fail('invalid-payload', `session start "${sessionStart}" is not an HH:mm time`, 'sessionStart');
  const allocations = dailyAllocation(plan, { progress, today: options.today });
  if (!allocations.ok) return allocations;

  const context: ExportContext = {
    plan,
    catalog,
    locale: options.locale,
    exportedAt,
    sequence: exportSequence(exportedAt),
    reminders: options.reminders ?? true,
  };
  const items = new Map(plan.items.map((item) => [item.id, item]));
  const calendar = new ICalCalendar({
    // ical-generator writes the leading "-" (an unregistered identifier) itself.
    prodId: options.productId.replace(/^-/, ''),
    scale: 'GREGORIAN',
    method: ICalCalendarMethod.PUBLISH,
    // The only text ical-generator does not escape.
    name: escape(printable(plan.name || 'Skillgap'), false),
  });
  for (const session of sessionsOf(allocations.value, Number(clock[1]) * 60 + Number(clock[2]))) {
    calendar.createEvent(sessionEvent(session, items.get(session.itemId)!, context));
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return ok(`${calendar.toString()}\r\n`);
}
