/** Realistic, valid entities for the service and handler tests. */
import type { Catalog, Course, Plan, Profile, ProgressEntry, Role, Settings, Skill } from '../../../core';

export function sampleProfile(name = 'Camille Durand'): Profile {
  return {
    name,
    background: 'marketing',
    skills: [
      { skillId: 'seo-content', level: 3, note: 'Ran the blog SEO programme' },
      { skillId: 'prompt-engineering', level: 1 },
    ],
    targetRoleIds: ['ai-content-strategist'],
    weeklyHours: 6,
    studyDays: [1, 3, 6],
    startDate: '2026-09-07',
  };
}

export const sampleSettings: Settings = { locale: 'fr', colorScheme: 'dark', paperSize: 'a4' };

export function sampleSkill(id = 'generative-tool-piloting'): Skill {
  return {
    id,
    name: { en: 'Piloting generative tools', fr: "Pilotage d'outils génératifs" },
    category: 'generative-ai',
    description: { en: 'Choosing and supervising generative tools.', fr: 'Choisir et superviser des outils génératifs.' },
    prerequisites: ['prompt-engineering'],
    aliases: ['genai tooling'],
  };
}

export function sampleRole(id = 'ai-content-strategist'): Role {
  return {
    id,
    title: { en: 'AI content strategist', fr: 'Stratège de contenu IA' },
    family: 'ai-augmented',
    summary: { en: 'Plans SEO content made with generative tools.', fr: 'Planifie des contenus SEO génératifs.' },
    requirements: [
      { skillId: 'seo-content', level: 3, importance: 5 },
      { skillId: 'prompt-engineering', level: 3, importance: 4 },
    ],
    backgrounds: ['marketing'],
    hubs: ['New York'],
    onetCodes: ['27-3043.00'],
    sources: [{ title: 'Job ads, August 2026', url: 'https://www.linkedin.com/jobs/' }],
    reviewed: '2026-08-30',
  };
}

export function sampleCourse(id = 'prompting-basics'): Course {
  return {
    id,
    title: 'Prompting basics',
    provider: 'Community college',
    url: 'https://example.org/prompting',
    hours: 12,
    hoursStated: true,
    cost: 'free',
    languages: ['en'],
    teaches: [{ skillId: 'prompt-engineering', level: 2 }],
    expects: [],
  };
}

export function samplePlan(id = 'plan-content-strategist', itemIds = ['item-1', 'item-2']): Plan {
  return {
    id,
    name: 'Content strategist by spring',
    createdAt: '2026-09-06T10:00:00.000Z',
    targetRoleIds: ['ai-content-strategist'],
    inputs: {
      weeklyHours: 6,
      studyDays: [1, 3, 6],
      startDate: '2026-09-07',
      pauses: [],
      excludedCourseIds: [],
      preferredCourseIds: [],
    },
    items: itemIds.map((itemId, index) => ({
      id: itemId,
      courseId: 'prompting-basics',
      skillIds: ['prompt-engineering'],
      start: '2026-09-07',
      end: '2026-10-05',
      hours: 12 + index,
      status: 'planned',
    })),
    readyDate: '2026-10-05',
    uncovered: [],
  };
}

export function sampleProgress(id = 'log-1', planId = 'plan-content-strategist', itemId = 'item-1'): ProgressEntry {
  return { id, planId, itemId, date: '2026-09-09', hours: 1.5, note: 'First module' };
}

export const sampleCatalog: Catalog = {
  version: '2026.11-test',
  skills: [sampleSkill('prompt-engineering'), sampleSkill('seo-content')],
  roles: [sampleRole()],
  courses: [sampleCourse()],
};
