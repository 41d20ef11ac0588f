/**
 * A plan as an iCalendar file (RFC 5545): one all-day event per plan item, so the person sees
 * their study blocks next to the rest of their life in any calendar application.
 *
 * Re-importing must update events rather than duplicate them, so each event's UID is derived
 * from the plan and item ids only, and its SEQUENCE from a hash of what the event says: an item
 * that moves or changes gets a different SEQUENCE, an unchanged one keeps it. (A hash cannot
 * promise to grow; calendars that import a file replace events by UID, which is what matters.)
 */
import { courseTitle, type Catalog, type Course } from '../model/catalog';
import type { Plan, PlanItem, ProgressEntry } from '../model/plan';
import type { Locale } from '../model/text';
import { fromDayNumber, toDayNumber } from '../planning/dates';
import { loggedHoursByItem } from '../planning/schedule';
import { EXPORT_LABELS, formatExportHours } from './labels';
import { courseOfItem, skillNameOf } from './lookup';

export interface IcsOptions {
  locale: Locale;
  /** PRODID, e.g. "-//Skillgap//Skillgap 0.1.0//EN". */
  productId: string;
  /** ISO date-time of the export, written as DTSTAMP. */
  now: string;
}

export const ICS_UID_DOMAIN = 'skillgap.app';
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

/** TEXT values: backslash, semicolon and comma are escaped, every line break becomes "\n". */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // Other control characters are not allowed in TEXT (RFC 5545 3.3.11): dropped.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line into lines of at most 75 octets of UTF-8, never splitting a character:
 * every continuation line starts with one space, which counts towards its 75 octets.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/** yyyy-MM-dd -> yyyyMMdd (a DATE value). */
function icsDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/** Any ISO date-time -> its UTC instant as yyyyMMddTHHmmssZ. */
export function icsUtcDateTime(isoDateTime: string): string {
  const instant = new Date(isoDateTime);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`"${isoDateTime}" is not a date-time`);
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** FNV-1a, 32 bits, over the UTF-16 code units: small, stable, good enough to notice a change. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function eventUid(planId: string, itemId: string): string {
  return `${planId}-${itemId}@${ICS_UID_DOMAIN}`;
}

/** A non-negative 31-bit integer (SEQUENCE is a signed 32-bit INTEGER) from what the event shows. */
export function eventSequence(item: PlanItem, title: string): number {
  return fnv1a([item.start, item.end, item.hours, item.status, title].join('|')) % 0x7fffffff;
}

function itemSummary(course: Course | undefined, item: PlanItem, locale: Locale): string {
  if (course) return `${courseTitle(course, locale)} (${course.provider})`;
  return item.title ?? item.courseId ?? item.id;
}

function property(name: string, value: string): string {
  return foldIcsLine(`${name}:${value}`);
}

interface EventContext {
  plan: Plan;
  catalog: Catalog;
  options: IcsOptions;
  stamp: string;
  loggedHours: ReadonlyMap<string, number>;
}

function itemEvent(item: PlanItem, { plan, catalog, options, stamp, loggedHours }: EventContext): string[] {
  const labels = EXPORT_LABELS[options.locale];
  const course = courseOfItem(catalog, item);
  const summary = itemSummary(course, item, options.locale);
  const skills = item.skillIds.map((skillId) => skillNameOf(catalog, skillId, options.locale));
  const hours = `${labels.hours}${labels.colon}${formatExportHours(item.hours, options.locale)} h`;
  const itemLogged = loggedHours.get(item.id) ?? 0;
  const logged = itemLogged > 0 ? ` (${formatExportHours(itemLogged, options.locale)} h ${labels.logged})` : '';
  const description = [
    hours + logged,
    `${labels.status}${labels.colon}${labels.statuses[item.status]}`,
    ...(skills.length > 0 ? [`${labels.skills}${labels.colon}${skills.join(', ')}`] : []),
    ...(course ? [`${labels.course}${labels.colon}${course.url}`] : []),
  ].join('\n');
  const dayAfterEnd = fromDayNumber(toDayNumber(item.end) + 1);
  return [
    'BEGIN:VEVENT',
    property('UID', eventUid(plan.id, item.id)),
    property('DTSTAMP', stamp),
    property('SEQUENCE', String(eventSequence(item, summary))),
    property('DTSTART;VALUE=DATE', icsDate(item.start)),
    property('DTEND;VALUE=DATE', icsDate(dayAfterEnd)),
    property('SUMMARY', escapeIcsText(summary)),
    property('DESCRIPTION', escapeIcsText(description)),
    ...(course ? [property('URL', course.url)] : []),
    property('STATUS', item.status === 'skipped' ? 'CANCELLED' : 'CONFIRMED'),
    // Study blocks span whole days: shown, but they do not make the person "busy" all day.
    property('TRANSP', 'TRANSPARENT'),
    'END:VEVENT',
  ];
}

/** Each event says the hours logged on its item, summed from the progress log. */
export function planToIcs(plan: Plan, catalog: Catalog, options: IcsOptions, progress: readonly ProgressEntry[]): string {
  const stamp = icsUtcDateTime(options.now);
  const context: EventContext = { plan, catalog, options, stamp, loggedHours: loggedHoursByItem(plan, progress) };
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', options.productId),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    property('X-WR-CALNAME', escapeIcsText(plan.name || 'Skillgap')),
    ...plan.items.flatMap((item) => itemEvent(item, context)),
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}
