/** A small catalog and plan with awkward text: commas, semicolons, quotes, accents, emoji, formulas. */
import fc from 'fast-check';
import type { Catalog, Course, ItemStatus, Plan, PlanItem, ProgressEntry, Weekday } from '../../../core';

export const TRICKY_TITLE = 'Prompts, agents; and "tools" \\ for café owners 🚀 — a very long title that goes on and on to force folding';

function course(id: string, title: string, provider: string, hours: number): Course {
  return {
    id,
    title,
    provider,
    url: `https://courses.example.org/${id}?lang=fr&ref=skillgap`,
    hours,
    hoursStated: true,
    cost: 'free',
    languages: ['en'],
    teaches: [{ skillId: 'prompt-design', level: 2 }],
    expects: [],
  };
}

export const exportCatalog: Catalog = {
  version: 'export-test',
  skills: [
    {
      id: 'prompt-design',
      name: { en: 'Prompt design', fr: 'Conception de prompts' },
      category: 'generative-ai',
      description: { en: 'Writing prompts.', fr: 'Écrire des prompts.' },
      prerequisites: [],
      aliases: [],
    },
    {
      id: 'seo-content',
      name: { en: 'SEO content, at scale', fr: 'Contenu SEO, à grande échelle' },
      category: 'marketing',
      description: { en: 'Content for search.', fr: 'Contenu pour la recherche.' },
      prerequisites: [],
      aliases: [],
    },
  ],
  roles: [],
  courses: [
    course('prompting-basics', 'Prompting basics', 'Open University', 12),
    course('tricky-course', TRICKY_TITLE, 'École « Numérique », Paris', 7.5),
    course('formula-course', '=HYPERLINK("http://evil.example","click")', '+Provider', 3),
  ],
};

export function item(id: string, courseId: string | undefined, start: string, end: string, extra: Partial<PlanItem> = {}): PlanItem {
  return { id, courseId, skillIds: ['prompt-design', 'seo-content'], start, end, hours: 10, status: 'planned', ...extra };
}

export function exportPlan(items?: PlanItem[]): Plan {
  return {
    id: 'plan-switch',
    name: 'Switch to AI content, 2027',
    createdAt: '2026-09-01T08:00:00.000Z',
    targetRoleIds: ['ai-content-strategist'],
    inputs: {
      weeklyHours: 5,
      studyDays: [1, 3],
      startDate: '2026-09-07',
      pauses: [],
      excludedCourseIds: [],
      preferredCourseIds: [],
    },
    items: items ?? [
      item('item-prompting-basics', 'prompting-basics', '2026-09-07', '2026-09-30', { status: 'done' }),
      item('item-tricky-course', 'tricky-course', '2026-09-30', '2026-10-21', { hours: 7.5, status: 'in-progress' }),
      item('item-formula-course', 'formula-course', '2026-10-21', '2026-10-31', { hours: 3 }),
      item('item-own-book', undefined, '2026-10-31', '2026-11-02', { title: 'Read “Co-Intelligence”, chapter 1–3', hours: 4, skillIds: [] }),
    ],
    readyDate: '2026-11-02',
    uncovered: [],
  };
}

/** The log of exportPlan(): the first item done in 10 h, the second started with 2.5 h. */
export function exportProgress(): ProgressEntry[] {
  const planId = exportPlan().id;
  return [
    { id: 'log-basics-1', planId, itemId: 'item-prompting-basics', date: '2026-09-08', hours: 6 },
    { id: 'log-basics-2', planId, itemId: 'item-prompting-basics', date: '2026-09-29', hours: 4 },
    { id: 'log-tricky-1', planId, itemId: 'item-tricky-course', date: '2026-10-01', hours: 2.5 },
  ];
}

/**
 * The day the calendar tests export on: a Monday, a study day of exportPlan(), after the first
 * item was done and while the second is in progress.
 */
export const EXPORT_TODAY = '2026-10-05';

const dayArb = fc
  .date({ min: new Date('2026-09-01T00:00:00Z'), max: new Date('2027-03-01T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

function daysAfter(date: string, days: number): string {
  const later = new Date(`${date}T00:00:00Z`);
  later.setUTCDate(later.getUTCDate() + days);
  return later.toISOString().slice(0, 10);
}

const drawnItemArb = fc.record({
  status: fc.constantFrom<ItemStatus>('planned', 'planned', 'in-progress', 'done', 'skipped'),
  quarterHours: fc.integer({ min: 1, max: 60 }),
  loggedQuarterHours: fc.integer({ min: 0, max: 70 }),
});

/**
 * exportPlan() with drawn study days, weekly hours, pauses and items, a progress log on them, a
 * day of export and a session start time.
 */
export const exportScenarioArb = fc
  .record({
    studyDays: fc.uniqueArray(fc.constantFrom<Weekday>(0, 1, 2, 3, 4, 5, 6), { minLength: 1, maxLength: 7 }),
    weeklyHalfHours: fc.integer({ min: 2, max: 40 }),
    pauses: fc.array(fc.tuple(dayArb, fc.integer({ min: 0, max: 20 })), { maxLength: 2 }),
    items: fc.array(drawnItemArb, { minLength: 1, maxLength: 5 }),
    today: dayArb,
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  })
  .map((drawn) => {
    const base = exportPlan();
    const plan: Plan = {
      ...base,
      inputs: {
        ...base.inputs,
        studyDays: drawn.studyDays,
        weeklyHours: drawn.weeklyHalfHours / 2,
        pauses: drawn.pauses.map(([start, length]) => ({ start, end: daysAfter(start, length) })),
      },
      items: drawn.items.map(({ status, quarterHours }, index) =>
        item(`item-${index}`, index % 2 === 0 ? 'prompting-basics' : undefined, '2026-09-07', '2026-09-07', {
          status,
          hours: quarterHours / 4,
          title: `Item ${index}`,
        }),
      ),
    };
    const progress: ProgressEntry[] = drawn.items.map(({ loggedQuarterHours }, index) => ({
      id: `log-${index}`,
      planId: plan.id,
      itemId: `item-${index}`,
      date: '2026-09-08',
      hours: loggedQuarterHours / 4,
    }));
    const sessionStart = `${String(drawn.hour).padStart(2, '0')}:${String(drawn.minute).padStart(2, '0')}`;
    return { plan, progress, today: drawn.today, sessionStart };
  });
