/**
 * A heavy but realistic year of use, to size the store limits against (docs/architecture.md "Limits"):
 * 20 plans of 40 items, 3,000 progress entries with notes, 300 custom entries, a rated profile.
 * Deterministic, so figures measured on it can be compared from run to run.
 */
import type { Course, Plan, PlanItem, ProgressEntry, Role, Skill, StoreData } from '../../../core';
import { emptyStoreData } from '../../../core';

const pad = (value: number) => String(value).padStart(2, '0');
const day = (index: number) => `2026-${pad(1 + (Math.floor(index / 28) % 12))}-${pad(1 + (index % 28))}`;

function skill(index: number): Skill {
  return {
    id: `custom-skill-${index}`,
    name: { en: `Custom skill number ${index}`, fr: `Compétence personnelle n° ${index}` },
    category: 'generative-ai',
    description: {
      en: 'A skill the person added from a job ad, described in a sentence or two so it is clear later.',
      fr: 'Une compétence ajoutée depuis une annonce, décrite en une ou deux phrases pour plus tard.',
    },
    prerequisites: index > 0 ? [`custom-skill-${index - 1}`] : [],
    aliases: [`skill ${index}`, `custom ${index}`],
    custom: true,
  };
}

function role(index: number): Role {
  return {
    id: `custom-role-${index}`,
    title: { en: `Custom role ${index}`, fr: `Rôle personnel ${index}` },
    family: 'ai-augmented',
    summary: { en: 'A role proposed from a pasted job ad and adjusted by hand.', fr: 'Un rôle proposé depuis une annonce collée puis ajusté.' },
    requirements: Array.from({ length: 12 }, (_, at) => ({
      skillId: `custom-skill-${(index + at) % 100}`,
      level: (1 + (at % 4)) as 1 | 2 | 3 | 4,
      importance: (1 + (at % 5)) as 1 | 2 | 3 | 4 | 5,
      tier: at % 3 === 0 ? ('plus' as const) : ('core' as const),
    })),
    backgrounds: ['marketing', 'content-editorial'],
    hubs: ['Paris', 'Lyon'],
    onetCodes: ['27-3043.00'],
    sources: [{ title: 'Job ad pasted on 12 March', url: 'https://jobs.example.org/posting/12345' }],
    reviewed: '2026-03-12',
    custom: true,
  };
}

function course(index: number): Course {
  return {
    id: `custom-course-${index}`,
    title: `A course the person found, number ${index}`,
    provider: 'Some provider',
    url: `https://courses.example.org/course/${index}`,
    hours: 10 + (index % 30),
    hoursStated: index % 2 === 0,
    cost: 'free-audit',
    languages: ['en', 'fr'],
    teaches: [
      { skillId: `custom-skill-${index % 100}`, level: 2 },
      { skillId: `custom-skill-${(index + 1) % 100}`, level: 3 },
    ],
    expects: [{ skillId: `custom-skill-${(index + 2) % 100}`, level: 1 }],
    custom: true,
  };
}

function item(planIndex: number, index: number): PlanItem {
  return {
    id: `item-course-${planIndex}-${index}`,
    courseId: `custom-course-${index % 100}`,
    skillIds: [`custom-skill-${index % 100}`, `custom-skill-${(index + 1) % 100}`, `custom-skill-${(index + 2) % 100}`],
    start: day(index * 3),
    end: day(index * 3 + 2),
    hours: 12,
    status: index < 10 ? 'done' : index < 15 ? 'in-progress' : 'planned',
    why: {
      closes: [
        { skillId: `custom-skill-${index % 100}`, level: 2 },
        { skillId: `custom-skill-${(index + 1) % 100}`, level: 3 },
      ],
      prepares: [{ skillId: `custom-skill-${(index + 2) % 100}`, level: 1, forCourseId: `custom-course-${(index + 1) % 100}` }],
      pinned: false,
    },
  };
}

function plan(index: number): Plan {
  return {
    id: `plan-${index}`,
    name: `Plan of ${day(index)} — custom role ${index}`,
    createdAt: `${day(index)}T09:30:00.000Z`,
    targetRoleIds: [`custom-role-${index}`, `custom-role-${index + 1}`],
    inputs: {
      weeklyHours: 6,
      studyDays: [1, 3, 6],
      startDate: day(index),
      targetDate: day(index + 200),
      pauses: [{ start: day(index + 30), end: day(index + 37) }],
      excludedCourseIds: ['custom-course-3', 'custom-course-4'],
      preferredCourseIds: ['custom-course-5'],
      scope: 'core',
    },
    items: Array.from({ length: 40 }, (_, at) => item(index, at)),
    readyDate: day(index + 120),
    uncovered: [{ skillId: 'custom-skill-99', level: 3, reason: 'no-course' }],
  };
}

function entry(index: number): ProgressEntry {
  return {
    id: `entry-${index}`,
    planId: `plan-${index % 20}`,
    itemId: `item-course-${index % 20}-${index % 40}`,
    date: day(index),
    hours: 1.5,
    note: `Séance ${index} : chapitres lus, exercices faits, quelques notes sur ce qui reste à revoir.`,
  };
}

export function heavyStore(): StoreData {
  return {
    ...emptyStoreData(),
    profile: {
      name: 'Camille Durand',
      background: 'marketing',
      skills: Array.from({ length: 60 }, (_, index) => ({ skillId: `custom-skill-${index}`, level: (1 + (index % 4)) as 1 | 2 | 3 | 4 })),
      targetRoleIds: ['custom-role-1', 'custom-role-2'],
      weeklyHours: 6,
      studyDays: [1, 3, 6],
      startDate: '2026-01-05',
    },
    userCatalog: {
      skills: Array.from({ length: 100 }, (_, index) => skill(index)),
      roles: Array.from({ length: 100 }, (_, index) => role(index)),
      courses: Array.from({ length: 100 }, (_, index) => course(index)),
    },
    plans: Array.from({ length: 20 }, (_, index) => plan(index)),
    activePlanId: 'plan-0',
    progress: Array.from({ length: 3000 }, (_, index) => entry(index)),
  };
}
