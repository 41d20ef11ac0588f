import ICAL from 'ical.js';
import { escapeIcsText, foldIcsLine, planToIcs, type IcsOptions } from '../../../core';
import { exportCatalog, exportPlan, exportProgress, item, TRICKY_TITLE } from './fixtures';

const OPTIONS: IcsOptions = { locale: 'en', productId: '-//Skillgap//Skillgap 0.1.0//EN', now: '2026-11-24T09:30:15.123Z' };

function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

function sequences(ics: string): Map<string, number> {
  return new Map(events(ics).map((event) => [event.uid, Number(event.component.getFirstPropertyValue('sequence'))]));
}

const utf8Octets = (text: string) => new TextEncoder().encode(text).length;

describe('planToIcs', () => {
  it('writes one all-day event per plan item, parsed back by ical.js', () => {
    const plan = exportPlan();
    const ics = planToIcs(plan, exportCatalog, OPTIONS, exportProgress());
    const parsed = events(ics);
    expect(parsed).toHaveLength(plan.items.length);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe(OPTIONS.productId);
    for (const [index, event] of parsed.entries()) {
      const planned = plan.items[index];
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(planned.start);
      expect(event.uid).toBe(`plan-switch-${planned.id}@skillgap.app`);
    }
  });

  it('ends each event the day after the item ends (DTEND is exclusive), across a month end', () => {
    const [first, , third] = events(planToIcs(exportPlan(), exportCatalog, OPTIONS, exportProgress()));
    expect(first.endDate.toString()).toBe('2026-10-01');
    expect(third.endDate.toString()).toBe('2026-11-01');
    const newYear = events(planToIcs(exportPlan([item('item-x', 'prompting-basics', '2026-12-20', '2026-12-31')]), exportCatalog, OPTIONS, []));
    expect(newYear[0].endDate.toString()).toBe('2027-01-01');
  });

  it('round-trips titles with commas, semicolons, quotes, backslashes, accents and emoji', () => {
    const parsed = events(planToIcs(exportPlan(), exportCatalog, OPTIONS, exportProgress()));
    expect(parsed[1].summary).toBe(`${TRICKY_TITLE} (École « Numérique », Paris)`);
    expect(parsed[3].summary).toBe('Read “Co-Intelligence”, chapter 1–3');
    expect(parsed[0].summary).toBe('Prompting basics (Open University)');
  });

  it('describes hours, status, skills and the course address, in the person’s language', () => {
    const english = events(planToIcs(exportPlan(), exportCatalog, OPTIONS, exportProgress()));
    expect(english[1].description).toBe(
      'Hours: 7.5 h (2.5 h logged)\nStatus: in progress\nSkills: Prompt design, SEO content, at scale\n' +
        'Course: https://courses.example.org/tricky-course?lang=fr&ref=skillgap',
    );
    const french = events(planToIcs(exportPlan(), exportCatalog, { ...OPTIONS, locale: 'fr' }, exportProgress()));
    expect(french[1].description).toContain('Heures\u00a0: 7,5 h (2,5 h faites)');
    expect(french[1].description).toContain('Compétences\u00a0: Conception de prompts, Contenu SEO, à grande échelle');
    expect(french[0].description).toContain('Statut\u00a0: terminé');
  });

  it('sums the hours logged from the progress log of this plan only, and says nothing when none are', () => {
    const plan = exportPlan();
    const progress = [
      ...exportProgress(),
      { id: 'log-formula', planId: plan.id, itemId: 'item-formula-course', date: '2026-10-22', hours: 1.25 },
      { id: 'log-elsewhere', planId: 'another-plan', itemId: 'item-formula-course', date: '2026-10-23', hours: 9 },
    ];
    const parsed = events(planToIcs(plan, exportCatalog, OPTIONS, progress));
    expect(parsed[0].description).toContain('Hours: 10 h (10 h logged)');
    expect(parsed[2].description).toContain('Hours: 3 h (1.25 h logged)');
    expect(parsed[3].description).toMatch(/^Hours: 4 h\n/);
    expect(events(planToIcs(plan, exportCatalog, OPTIONS, []))[1].description).toMatch(/^Hours: 7\.5 h\n/);
  });

  it('gives course items a URL property and leaves it out for the person’s own items', () => {
    const parsed = events(planToIcs(exportPlan(), exportCatalog, OPTIONS, exportProgress()));
    expect(parsed[0].component.getFirstPropertyValue('url')).toBe('https://courses.example.org/prompting-basics?lang=fr&ref=skillgap');
    expect(parsed[3].component.getFirstPropertyValue('url')).toBeNull();
  });

  it('keeps UIDs and SEQUENCE stable across two exports, and changes only the moved item’s SEQUENCE', () => {
    const first = planToIcs(exportPlan(), exportCatalog, OPTIONS, exportProgress());
    const again = planToIcs(exportPlan(), exportCatalog, { ...OPTIONS, now: '2026-12-01T10:00:00Z' }, exportProgress());
    expect([...sequences(again).entries()]).toEqual([...sequences(first).entries()]);

    const moved = exportPlan();
    moved.items[2] = { ...moved.items[2], start: '2026-11-02', end: '2026-11-12' };
    const after = sequences(planToIcs(moved, exportCatalog, OPTIONS, exportProgress()));
    const before = sequences(first);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [uid, sequence] of before) {
      if (uid.includes('item-formula-course')) expect(after.get(uid)).not.toBe(sequence);
      else expect(after.get(uid)).toBe(sequence);
    }
    expect(Math.min(...after.values())).toBeGreaterThanOrEqual(0);
  });

  it('writes DTSTAMP in UTC from the given time', () => {
    const parsed = events(planToIcs(exportPlan(), exportCatalog, { ...OPTIONS, now: '2026-11-24T10:30:15+01:00' }, exportProgress()));
    expect(parsed[0].component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-24T09:30:15Z');
  });

  it('uses CRLF line ends and folds every line to at most 75 octets without splitting a character', () => {
    const ics = planToIcs(exportPlan(), exportCatalog, OPTIONS, exportProgress());
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(utf8Octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
  });

  it('sorts nothing and invents nothing: an empty plan is a valid calendar without events', () => {
    const ics = planToIcs(exportPlan([]), exportCatalog, OPTIONS, []);
    expect(events(ics)).toHaveLength(0);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  });
});

describe('escapeIcsText and foldIcsLine', () => {
  it('escapes the TEXT specials and turns any line break into \\n', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters TEXT may not hold, but keeps tabs', () => {
    expect(escapeIcsText('bell\u0007 esc\u001b del\u007f\ttab')).toBe('bell esc del\ttab');
  });

  it('folds multi-byte text on character boundaries so unfolding restores it', () => {
    const text = 'DESCRIPTION:' + 'é🚀'.repeat(60);
    const folded = foldIcsLine(text);
    for (const line of folded.split('\r\n')) expect(utf8Octets(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(text);
  });

  it('leaves a short line alone', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short');
  });
});
