/** A small catalog and plan with awkward text: commas, semicolons, quotes, accents, emoji, formulas. */
import type { Catalog, Course, Plan, PlanItem, ProgressEntry } from '../../../core';

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
