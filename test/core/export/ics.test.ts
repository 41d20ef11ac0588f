import fc from 'fast-check';
import ICAL from 'ical.js';
import { type IcsOptions, type Plan, type ProgressEntry, type Result } from '../../../core';
import { exportSequence, planToIcs } from '../../../core/export/ics';
import { EXPORT_TODAY, exportCatalog, exportPlan, exportProgress, exportScenarioArb, item, TRICKY_TITLE } from './fixtures';

const OPTIONS: IcsOptions = {
  locale: 'en',
  productId: '-//Skillgap//Skillgap 0.1.0//EN',
  now: '2026-10-05T07:30:15.123Z',
  today: EXPORT_TODAY,
};

function icsOf(result: Result<string>): string {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** What a calendar application reads back from one VEVENT, through ical.js. */
interface ParsedSession {
  uid: string;
  itemId: string;
  date: string;
  start: string;
  end: string;
  minutes: number;
  summary: string;
  description: string;
  sequence: number;
  url: unknown;
  alarms: ICAL.Component[];
}

function calendarOf(ics: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(ics));
}

function sessionsOf(ics: string): ParsedSession[] {
  return calendarOf(ics)
    .getAllSubcomponents('vevent')
    .map((vevent) => {
      const event = new ICAL.Event(vevent);
      const [, itemId = '', date = ''] = /^plan-switch_([a-z0-9-]+)_(\d{4}-\d{2}-\d{2})@skillgap\.app$/.exec(event.uid) ?? [];
      return {
        uid: event.uid,
        itemId,
        date,
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        minutes: (event.endDate.toUnixTime() - event.startDate.toUnixTime()) / 60,
        summary: event.summary,
        description: event.description,
        sequence: event.sequence,
        url: vevent.getFirstPropertyValue('url'),
        alarms: vevent.getAllSubcomponents('valarm'),
      };
    });
}

const exported = (plan: Plan = exportPlan(), options: Partial<IcsOptions> = {}, progress: ProgressEntry[] = exportProgress()) =>
  sessionsOf(icsOf(planToIcs(plan, exportCatalog, { ...OPTIONS, ...options }, progress)));

/** Minutes an open item still needs: its hours less the whole minutes logged on it. */
function remainingMinutes(plan: Plan, progress: readonly ProgressEntry[], itemId: string): number {
  const planned = plan.items.find((candidate) => candidate.id === itemId)!;
  if (planned.status === 'done' || planned.status === 'skipped') return 0;
  const logged = progress.filter((entry) => entry.planId === plan.id && entry.itemId === itemId).reduce((sum, entry) => sum + entry.hours, 0);
  return Math.max(0, Math.ceil(planned.hours * 60 - 1e-6) - Math.floor(logged * 60 + 1e-6));
}

function minutesByItem(sessions: readonly ParsedSession[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const session of sessions) sums.set(session.itemId, (sums.get(session.itemId) ?? 0) + session.minutes);
  return sums;
}

const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('planToIcs sessions', () => {
  it('lays the study still to do from today into timed sessions at 19:00, one after the other on a shared day', () => {
    // 5 h a week on Mondays and Wednesdays: 150 minutes a study day. The first item is done, the
    // second has 7.5 h with 2.5 h logged, then 3 h and 4 h.
    const sessions = exported();
    expect(sessions.map(({ itemId, start, end }) => [itemId, start, end])).toEqual([
      ['item-tricky-course', '2026-10-05T19:00:00', '2026-10-05T21:30:00'],
      ['item-tricky-course', '2026-10-07T19:00:00', '2026-10-07T21:30:00'],
      ['item-formula-course', '2026-10-12T19:00:00', '2026-10-12T21:30:00'],
      ['item-formula-course', '2026-10-14T19:00:00', '2026-10-14T19:30:00'],
      ['item-own-book', '2026-10-14T19:30:00', '2026-10-14T21:30:00'],
      ['item-own-book', '2026-10-19T19:00:00', '2026-10-19T21:00:00'],
    ]);
    expect(sessions.map((session) => session.date)).toEqual(sessions.map((session) => session.start.slice(0, 10)));
  });

  it('sums to each open item’s remaining minutes, and gives done, skipped and fully logged items none', () => {
    const plan = exportPlan([
      ...exportPlan().items,
      item('item-skipped', 'prompting-basics', '2026-11-02', '2026-11-09', { status: 'skipped' }),
      item('item-all-logged', undefined, '2026-11-09', '2026-11-10', { title: 'Already read', hours: 1, status: 'in-progress' }),
    ]);
    const progress = [
      ...exportProgress(),
      { id: 'log-all', planId: plan.id, itemId: 'item-all-logged', date: '2026-10-01', hours: 1 },
      { id: 'log-other-plan', planId: 'another-plan', itemId: 'item-formula-course', date: '2026-10-02', hours: 2 },
    ];
    const sums = minutesByItem(exported(plan, {}, progress));
    expect(Object.fromEntries(sums)).toEqual({ 'item-tricky-course': 300, 'item-formula-course': 180, 'item-own-book': 240 });
    for (const planned of plan.items) expect(sums.get(planned.id) ?? 0).toBe(remainingMinutes(plan, progress, planned.id));
  });

  it('skips paused days, and starts no earlier than the plan’s start date', () => {
    const base = exportPlan();
    const paused = exported({ ...base, inputs: { ...base.inputs, pauses: [{ start: '2026-10-12', end: '2026-10-13' }] } });
    expect(paused.map((session) => session.date)).toEqual(['2026-10-05', '2026-10-07', '2026-10-14', '2026-10-19', '2026-10-19', '2026-10-21']);

    const later = exported({ ...base, inputs: { ...base.inputs, startDate: '2026-11-02' } });
    expect(later[0].start).toBe('2026-11-02T19:00:00');
  });

  it('writes floating times: no time zone, no UTC "Z"', () => {
    const ics = icsOf(planToIcs(exportPlan(), exportCatalog, OPTIONS, exportProgress()));
    expect(ics).toContain('\r\nDTSTART:20261005T190000\r\n');
    expect(ics).not.toMatch(/TZID|VTIMEZONE|DT(START|END):\d{8}T\d{6}Z/);
    const first = new ICAL.Event(calendarOf(ics).getFirstSubcomponent('vevent')!);
    expect(first.startDate.isDate).toBe(false);
    expect(first.startDate.zone).toBe(ICAL.Timezone.localTimezone);
  });

  it('starts sessions at the chosen time, rolling an evening past midnight into the next day', () => {
    const morning = exported(undefined, { sessionStart: '07:05' });
    expect(morning[3]).toMatchObject({ start: '2026-10-14T07:05:00', end: '2026-10-14T07:35:00' });
    const late = exported(undefined, { sessionStart: '23:00' });
    expect(late[0]).toMatchObject({ date: '2026-10-05', start: '2026-10-05T23:00:00', end: '2026-10-06T01:30:00', minutes: 150 });
  });

  it('holds for any study days, hours, pauses, statuses, log and day of export', () => {
    fc.assert(
      fc.property(exportScenarioArb, ({ plan, progress, today, sessionStart }) => {
        const sessions = exported(plan, { today, sessionStart }, progress);
        const sums = minutesByItem(sessions);
        for (const planned of plan.items) expect(sums.get(planned.id) ?? 0).toBe(remainingMinutes(plan, progress, planned.id));
        expect(new Set(sessions.map((session) => session.uid)).size).toBe(sessions.length);
        const { studyDays, pauses, startDate } = plan.inputs;
        const firstDay = today > startDate ? today : startDate;
        let previous: ParsedSession | undefined;
        for (const session of sessions) {
          expect(session.minutes).toBeGreaterThan(0);
          expect(session.date >= firstDay).toBe(true);
          expect(studyDays).toContain(weekdayOf(session.date));
          expect(pauses.some((pause) => pause.start <= session.date && session.date <= pause.end)).toBe(false);
          const sharesTheDay = previous?.date === session.date;
          expect(session.start).toBe(sharesTheDay ? previous!.end : `${session.date}T${sessionStart}:00`);
          previous = session;
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('planToIcs reminders', () => {
  it('puts a display alarm 15 minutes before every session', () => {
    const sessions = exported();
    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) {
      expect(session.alarms).toHaveLength(1);
      const [alarm] = session.alarms;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm.getFirstPropertyValue('trigger')?.toString()).toBe('-PT15M');
      expect(alarm.getFirstPropertyValue('description')).toBe(session.summary);
    }
  });

  it('writes no alarm when reminders are off', () => {
    const ics = icsOf(planToIcs(exportPlan(), exportCatalog, { ...OPTIONS, reminders: false }, exportProgress()));
    expect(ics).not.toContain('VALARM');
    expect(sessionsOf(ics).every((session) => session.alarms.length === 0)).toBe(true);
  });
});

describe('planToIcs UID and SEQUENCE', () => {
  it('names each session by plan, item and day: unique in a file, the same in a later export', () => {
    const first = exported();
    expect(first[0].uid).toBe('plan-switch_item-tricky-course_2026-10-05@skillgap.app');
    expect(new Set(first.map((session) => session.uid)).size).toBe(first.length);
    const later = exported(undefined, { now: '2026-10-05T18:00:00Z' });
    expect(later.map((session) => session.uid)).toEqual(first.map((session) => session.uid));
  });

  it('raises SEQUENCE in an export made later, the same on every session of one file', () => {
    const first = exported();
    const later = exported(undefined, { now: '2026-10-05T07:31:00Z' });
    expect(new Set(first.map((session) => session.sequence))).toEqual(new Set([first[0].sequence]));
    expect(later[0].sequence).toBeGreaterThan(first[0].sequence);
  });

  it('counts whole minutes since 2026-01-01 UTC, never below 0 and within a 32-bit integer for millennia', () => {
    expect(exportSequence(new Date('2026-01-01T00:00:00Z'))).toBe(0);
    expect(exportSequence(new Date('2026-01-01T02:00:59+01:00'))).toBe(60);
    expect(exportSequence(new Date('2025-12-31T23:59:00Z'))).toBe(0);
    expect(exportSequence(new Date('5000-01-01T00:00:00Z'))).toBeLessThan(2 ** 31);
    expect(exported()[0].sequence).toBe(exportSequence(new Date(OPTIONS.now)));
  });

  it('writes DTSTAMP in UTC from the export time', () => {
    const ics = icsOf(planToIcs(exportPlan(), exportCatalog, { ...OPTIONS, now: '2026-10-05T10:30:15+01:00' }, exportProgress()));
    expect(calendarOf(ics).getFirstSubcomponent('vevent')?.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-10-05T09:30:15Z');
  });
});

describe('planToIcs text', () => {
  it('titles a session with the item and describes course, provider, link, session hours and skills', () => {
    const [tricky, , formula, , book] = exported();
    expect(tricky.summary).toBe(TRICKY_TITLE);
    expect(tricky.description).toBe(
      `Course: ${TRICKY_TITLE}\nProvider: École « Numérique », Paris\n` +
        'Link: https://courses.example.org/tricky-course?lang=fr&ref=skillgap\nThis session: 2.5 h\n' +
        'Skills: Prompt design, SEO content, at scale',
    );
    expect(formula.summary).toBe('=HYPERLINK("http://evil.example","click")');
    expect(book.summary).toBe('Read “Co-Intelligence”, chapter 1–3');
    expect(book.description).toBe('This session: 2 h');
  });

  it('speaks French when the person does', () => {
    const [tricky, , , formulaEnd] = exported(undefined, { locale: 'fr' });
    expect(tricky.description).toBe(
      `Cours\u00a0: ${TRICKY_TITLE}\nOrganisme\u00a0: École « Numérique », Paris\n` +
        'Lien\u00a0: https://courses.example.org/tricky-course?lang=fr&ref=skillgap\nCette séance\u00a0: 2,5 h\n' +
        'Compétences\u00a0: Conception de prompts, Contenu SEO, à grande échelle',
    );
    expect(formulaEnd.description).toContain('Cette séance\u00a0: 0,5 h');
  });

  it('round-trips commas, semicolons, backslashes, line breaks and emoji, and drops control characters', () => {
    const title = 'Notes; drafts, and \\ sketches 🚀\nsecond line\r\nthird\u0007 line\u001b';
    const base = exportPlan();
    const plan = { ...base, name: 'Plan, with; a\nline break 🚀', items: [item('item-notes', undefined, '2026-10-05', '2026-10-05', { title, hours: 1 })] };
    const ics = icsOf(planToIcs(plan, exportCatalog, OPTIONS, []));
    const [session] = sessionsOf(ics);
    expect(session.summary).toBe('Notes; drafts, and \\ sketches 🚀\nsecond line\nthird line');
    expect(session.alarms[0].getFirstPropertyValue('description')).toBe(session.summary);
    // ical.js does not know the calendar-name properties and keeps their raw value: read it as TEXT.
    const calendarName = String(calendarOf(ics).getFirstPropertyValue('x-wr-calname'));
    expect(ICAL.design.icalendar.value.text.fromICAL(calendarName)).toBe(plan.name);
  });

  it('sets URL to the course address, and leaves it to the description when it holds a comma or semicolon', () => {
    const sessions = exported();
    expect(sessions[0].url).toBe('https://courses.example.org/tricky-course?lang=fr&ref=skillgap');
    expect(sessions[4].url).toBeNull();

    const odd = 'https://courses.example.org/a,b;c';
    const catalog = { ...exportCatalog, courses: exportCatalog.courses.map((course) => ({ ...course, url: odd })) };
    const [session] = sessionsOf(icsOf(planToIcs(exportPlan(), catalog, OPTIONS, exportProgress())));
    expect(session.url).toBeNull();
    expect(session.description).toContain(`Link: ${odd}`);
  });
});

describe('planToIcs file', () => {
  it('is an iCalendar 2.0 file with the given PRODID, CRLF line ends and lines of at most 75 octets', () => {
    const ics = icsOf(planToIcs(exportPlan(), exportCatalog, OPTIONS, exportProgress()));
    const calendar = calendarOf(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(OPTIONS.productId);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
  });

  it('is a valid calendar without events when nothing is left to study', () => {
    const done = exportPlan().items.map((planned) => ({ ...planned, status: 'done' as const }));
    expect(exported(exportPlan(done))).toHaveLength(0);
    expect(exported(exportPlan([]))).toHaveLength(0);
  });

  it('fails with the scheduler’s error for a plan it cannot lay out, and on a bad time or day', () => {
    const base = exportPlan();
    const idle = planToIcs({ ...base, inputs: { ...base.inputs, weeklyHours: 0 } }, exportCatalog, OPTIONS, []);
    expect(idle).toMatchObject({ ok: false, error: { code: 'impossible-plan', path: 'inputs.weeklyHours' } });
    expect(planToIcs(base, exportCatalog, { ...OPTIONS, today: '2026-02-30' }, [])).toMatchObject({ ok: false, error: { path: 'today' } });
    expect(planToIcs(base, exportCatalog, { ...OPTIONS, now: 'yesterday' }, [])).toMatchObject({ ok: false, error: { path: 'now' } });
    for (const sessionStart of ['7pm', '24:00', '19:60', '9:30']) {
      expect(planToIcs(base, exportCatalog, { ...OPTIONS, sessionStart }, [])).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload', path: 'sessionStart' },
      });
    }
  });
});
