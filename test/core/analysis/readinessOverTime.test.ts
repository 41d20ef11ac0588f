import { addDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { analyzeFit } from '../../../core/analysis';
import { readinessOverTime } from '../../../core/analysis/readinessOverTime';
import { CatalogSchema, type Catalog } from '../../../core/model/catalog';
import type { Level } from '../../../core/model/level';
import { rateSkill, type Profile } from '../../../core/model/profile';
import type { RatingEvent } from '../../../core/model/store';
import { ratingChanges } from '../../../core/store/commands';
import { catalogOf, course, person, role } from './builders';

const START = '2026-01-05';
const dayOf = (offset: number) => format(addDays(parseISO(START), offset), 'yyyy-MM-dd');

/* A role over a, b, c and d (core and plus); e and f are skills it does not ask for. */
const analyst = role('analyst', [
  ['a', 3, 5],
  ['b', 2, 3, 'plus'],
  ['c', 4, 2, 'core'],
  ['d', 1, 1, 'plus'],
]);
const catalog: Catalog = {
  ...catalogOf([analyst], [course('intro', 10, [['a', 2]]), course('deep', 30, [['c', 4]], [['a', 2]])]),
  backgroundProfiles: [{ background: 'software-engineering', onetCode: '15-1252.00', skills: [{ skillId: 'a', level: 2, basis: 'test' }] }],
};
const SKILLS = ['a', 'b', 'c', 'd', 'e', 'f'];

const figuresOf = (profile: Pick<Profile, 'skills' | 'background'>, languages?: readonly string[]) => {
  const fit = analyzeFit({ ...profile, languages }, analyst, catalog);
  return {
    coreReadiness: fit.coreReadiness,
    readiness: fit.readiness,
    corePercent: fit.coreExplanation.percent,
    percent: fit.explanation.percent,
  };
};

describe('readinessOverTime', () => {
  it('gives one point, now, for an empty history', () => {
    const profile = person({ a: 2, c: 1 });
    expect(readinessOverTime([], profile, analyst, catalog)).toEqual([{ date: null, ...figuresOf(profile) }]);
    const nobody = person({});
    expect(readinessOverTime([], nobody, analyst, catalog)).toEqual([{ date: null, ...figuresOf(nobody) }]);
  });

  it('gives one point per day a level changed, the last one the profile as it is', () => {
    const history: RatingEvent[] = [
      { skillId: 'a', level: 1, date: '2026-02-01' },
      { skillId: 'c', level: 1, date: '2026-02-01' },
      { skillId: 'a', level: 3, date: '2026-03-10' },
    ];
    const now = person({ a: 3, c: 1 });
    expect(readinessOverTime(history, now, analyst, catalog)).toEqual([
      { date: '2026-02-01', ...figuresOf(person({ a: 1, c: 1 })) },
      { date: '2026-03-10', ...figuresOf(now) },
    ]);
  });

  it('starts from the ratings saved before ratings were dated, when there are some', () => {
    const history: RatingEvent[] = [{ skillId: 'a', level: 3, date: '2026-03-10' }];
    const now = person({ a: 3, b: 2 });
    // b has no recorded change: it stands as it is. a's level before its change is unknown.
    expect(readinessOverTime(history, now, analyst, catalog)).toEqual([
      { date: null, ...figuresOf(person({ b: 2 })) },
      { date: '2026-03-10', ...figuresOf(now) },
    ]);
  });

  it('reads an unknown level as analyzeFit reads an unrated skill: assumed from the background', () => {
    const history: RatingEvent[] = [
      { skillId: 'b', level: 1, date: '2026-02-01' },
      { skillId: 'a', level: 4, date: '2026-03-01' },
    ];
    const now = { ...person({ a: 4, b: 1 }), background: 'software-engineering' as const };
    const [first] = readinessOverTime(history, now, analyst, catalog);
    expect(first).toEqual({ date: '2026-02-01', ...figuresOf({ ...person({ b: 1 }), background: 'software-engineering' }) });
    expect(first.readiness).toBeGreaterThan(figuresOf(person({ b: 1 })).readiness);
  });

  it('records a rating removed as unknown again', () => {
    const history: RatingEvent[] = [
      { skillId: 'a', level: 3, date: '2026-02-01' },
      { skillId: 'a', level: null, date: '2026-02-08' },
    ];
    const now = person({});
    expect(readinessOverTime(history, now, analyst, catalog).map((point) => point.readiness)).toEqual([
      figuresOf(person({ a: 3 })).readiness,
      figuresOf(now).readiness,
    ]);
  });

  it('ends on the profile even when an import changed levels without recording them', () => {
    const history: RatingEvent[] = [
      { skillId: 'a', level: 1, date: '2026-02-01' },
      { skillId: 'a', level: 2, date: '2026-02-08' },
    ];
    const imported = person({ a: 4, c: 3 });
    const points = readinessOverTime(history, imported, analyst, catalog);
    expect(points.at(-1)).toEqual({ date: '2026-02-08', ...figuresOf(imported) });
  });

  it('places a change by its date, not by where it was appended (a rating put back by an undo)', () => {
    const history: RatingEvent[] = [
      { skillId: 'a', level: 1, date: '2026-02-01' },
      { skillId: 'c', level: 2, date: '2026-03-01' },
      { skillId: 'b', level: 2, date: '2026-01-20' },
    ];
    const points = readinessOverTime(history, person({ a: 1, b: 2, c: 2 }), analyst, catalog);
    expect(points.map((point) => point.date)).toEqual(['2026-01-20', '2026-02-01', '2026-03-01']);
    expect(points[0]).toEqual({ date: '2026-01-20', ...figuresOf(person({ b: 2 })) });
  });

  it('passes the study languages on to the analysis', () => {
    const history: RatingEvent[] = [{ skillId: 'a', level: 1, date: '2026-02-01' }];
    const now = person({ a: 1 });
    expect(readinessOverTime(history, now, analyst, catalog, ['fr'])).toEqual([{ date: '2026-02-01', ...figuresOf(now, ['fr']) }]);
  });
});

/** One day of the person's life: the levels they set (null: "I don't know"). */
const dayArb = fc.record({
  gap: fc.integer({ min: 1, max: 10 }),
  changes: fc.array(fc.tuple(fc.constantFrom(...SKILLS), fc.constantFrom<Level | null>(null, 0, 1, 2, 3, 4)), { maxLength: 4 }),
});
const levelsArb = fc
  .uniqueArray(fc.tuple(fc.constantFrom(...SKILLS), fc.constantFrom<Level>(0, 1, 2, 3, 4)), { selector: ([id]) => id })
  .map((pairs) => pairs.map(([skillId, level]) => ({ skillId, level })));
const backgroundArb = fc.constantFrom<Profile['background']>('software-engineering', 'other');

/**
 * Lives the days through rateSkill and the real profile:save history (ratingChanges), keeping
 * the profile at the end of each day.
 */
function live(start: Pick<Profile, 'skills' | 'background'>, days: Array<{ gap: number; changes: Array<[string, Level | null]> }>) {
  let profile = start;
  let offset = 0;
  const history: RatingEvent[] = [];
  const endOfDay = new Map<string, Pick<Profile, 'skills' | 'background'>>();
  for (const day of days) {
    offset += day.gap;
    const today = dayOf(offset);
    for (const [skillId, level] of day.changes) {
      const next = rateSkill(profile, skillId, level, today);
      history.push(...ratingChanges(profile as Profile, next as Profile));
      profile = next;
    }
    endOfDay.set(today, profile);
  }
  return { profile, history, endOfDay };
}

describe('readinessOverTime properties', () => {
  it('ends on analyzeFit of the current profile, whatever the history says', () => {
    const eventArb = fc.record({
      skillId: fc.constantFrom(...SKILLS),
      level: fc.constantFrom<Level | null>(null, 0, 1, 2, 3, 4),
      date: fc.integer({ min: 0, max: 400 }).map(dayOf),
    });
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 30 }), levelsArb, backgroundArb, (history, skills, background) => {
        const profile = { skills, background };
        const points = readinessOverTime(history, profile, analyst, catalog);
        expect(points.at(-1)).toMatchObject(figuresOf(profile));
        const dates = new Set(history.map((event) => event.date));
        expect(points.filter((point) => point.date !== null).map((point) => point.date)).toEqual([...dates].sort());
      }),
      { numRuns: 500 },
    );
  });

  it('replays a consistent history: each day is analyzeFit of the profile as it was that evening', () => {
    // Ratings from before ratings were dated are on skills the person never changes (e and f), so
    // nothing the history cannot know is asked of it.
    const legacyArb = fc.subarray(['e', 'f']).map((ids) => ids.map((skillId) => ({ skillId, level: 2 as Level })));
    // No removals here: profile:save dates a removal by the latest rating left (or drops it when none
    // is dated), not by the day it happened, so a history with removals is only right at its end.
    const changingDayArb = dayArb.map((day) => ({
      ...day,
      changes: day.changes.filter(([id, level]) => id !== 'e' && id !== 'f' && level !== null),
    }));
    fc.assert(
      fc.property(legacyArb, fc.array(changingDayArb, { maxLength: 12 }), backgroundArb, (legacy, days, background) => {
        const start = { skills: legacy, background };
        const { profile, history, endOfDay } = live(start, days);
        const points = readinessOverTime(history, profile, analyst, catalog);
        for (const point of points) {
          const expected = point.date === null ? start : endOfDay.get(point.date);
          expect(point, point.date ?? 'baseline').toEqual({ date: point.date, ...figuresOf(expected!) });
        }
        expect(points.at(-1)).toMatchObject(figuresOf(profile));
        // A baseline only when it knows something; otherwise the first change is the first point.
        expect(points[0].date === null).toBe(history.length === 0 || legacy.length > 0);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic and leaves its history as it was', () => {
    fc.assert(
      fc.property(levelsArb, fc.array(dayArb, { maxLength: 10 }), backgroundArb, (skills, days, background) => {
        const { profile, history } = live({ skills, background }, days);
        const shuffledCopy = JSON.stringify(history);
        const first = readinessOverTime(history, profile, analyst, catalog);
        expect(readinessOverTime(history, profile, analyst, catalog)).toEqual(first);
        expect(JSON.stringify(history)).toBe(shuffledCopy);
      }),
      { numRuns: 200 },
    );
  });
});

describe('readinessOverTime on the built-in catalog', () => {
  const builtIn = CatalogSchema.parse(JSON.parse(readFileSync(new URL('../../../assets/catalog.json', import.meta.url), 'utf8')));

  it('replays a year of weekly changes quickly', () => {
    const target = builtIn.roles.find((candidate) => candidate.id === 'ai-engineer') ?? builtIn.roles[0];
    // Each week the person re-rates two skills: one the role asks for, one from anywhere.
    const asked = target.requirements.map((requirement) => requirement.skillId);
    const anywhere = builtIn.skills.map((entry) => entry.id);
    let profile: Pick<Profile, 'skills' | 'background'> = { skills: [], background: 'customer-support' };
    const history: RatingEvent[] = [];
    for (let week = 0; week < 52; week++) {
      const today = dayOf(week * 7);
      for (const skillId of [asked[week % asked.length], anywhere[(week * 7) % anywhere.length]]) {
        const next = rateSkill(profile, skillId, ((week + skillId.length) % 5) as Level, today);
        history.push(...ratingChanges(profile as Profile, next as Profile));
        profile = next;
      }
    }
    const started = performance.now();
    const points = readinessOverTime(history, profile, target, builtIn, ['en']);
    const elapsed = performance.now() - started;
    // The person sets one more level on the role page: the earlier days are not analysed again.
    const raisedLevel = (((profile.skills.find((rating) => rating.skillId === asked[0])?.level ?? 0) + 1) % 5) as Level;
    const oneMore = rateSkill(profile, asked[0], raisedLevel, dayOf(365));
    const againStarted = performance.now();
    const again = readinessOverTime([...history, ...ratingChanges(profile as Profile, oneMore as Profile)], oneMore, target, builtIn, ['en']);
    const againElapsed = performance.now() - againStarted;
    console.info(
      `readinessOverTime, ${target.id}: ${history.length} changes, ${points.length} points in ${elapsed.toFixed(1)} ms; ` +
        `after one more change ${againElapsed.toFixed(1)} ms`,
    );
    expect(points.length).toBeGreaterThan(40);
    expect(points.at(-1)).toMatchObject({
      readiness: analyzeFit({ ...profile, languages: ['en'] }, target, builtIn).readiness,
    });
    expect(again).toHaveLength(points.length + 1);
    expect(again.slice(0, -1)).toEqual(points);
    // Generous bounds for slow machines: measured about 200-300 ms cold and 2 ms after one change.
    expect(elapsed).toBeLessThan(2000);
    expect(againElapsed).toBeLessThan(200);
  });
});
