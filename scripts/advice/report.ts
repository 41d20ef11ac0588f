import { rankRoles } from '../../core/analysis/rank';
import { courseTitle, type Catalog } from '../../core/model/catalog';
import { buildPlan } from '../../core/planning/buildPlan';
import { effectiveLevels } from '../../core/planning/needs';
import { writtenFor } from '../../core/planning/planCourses';
import { offersSteppingStone, steppingStoneFor } from '../../core/planning/steppingStone';
import type { Persona } from './persona';

/** The advice for one persona as `npm run advice -- --json` prints it (issue #11, docs/advice.md). */
export interface AdviceReport {
  persona: string;
  assumed: Array<{ skillId: string; level: number; why: string }>;
  ranking: Array<{ roleId: string; title: string; readiness: number; coreReadiness: number; hoursToReady: number; uncoveredGaps: number }>;
  plans: PlanReport[];
}

export interface PlanReport {
  targets: string[];
  scope: 'core' | 'full';
  totalHours: number;
  readyDate: string | null;
  months: number;
  longPlan: boolean;
  weeklyHoursFor12Months: number | null;
  items: Array<{
    courseId: string;
    title: string;
    provider: string;
    hours: number;
    hoursStated: boolean;
    start: string;
    end: string;
    teaches: Array<{ skillId: string; level: number }>;
    languages: string[];
    why: {
      closes: Array<{ skillId: string; level: number }>;
      prepares: Array<{ skillId: string; level: number; forCourseId: string }>;
      pinned: boolean;
      /** On a portfolio project: the levels it gives evidence of. */
      shows?: Array<{ skillId: string; level: number }>;
      /** A course written for another audience, kept because no other course reaches a level. */
      otherAudience?: boolean;
    };
    /** True for a portfolio project (docs/advice.md "Portfolio projects"). */
    project: boolean;
  }>;
  uncovered: Array<{ skillId: string; level: number; reason: string }>;
  steppingStone: null | { roleId: string; kind: 'on-the-way' | 'first-job'; hours: number; readyDate: string; months: number; towardTarget: number };
}

const percent = (ratio: number) => Math.floor(ratio * 100);

/** Runs the app's own core functions for a persona: no second implementation of any rule. */
export function adviceFor(persona: Persona, catalog: Catalog, locale: 'en' | 'fr'): AdviceReport {
  const profile = { skills: persona.skills, background: persona.background, languages: persona.languages };
  const { assumed } = effectiveLevels(profile, catalog);
  const ranking = rankRoles(profile, catalog).map((fit) => ({
    roleId: fit.roleId,
    title: catalog.roles.find((role) => role.id === fit.roleId)!.title[locale],
    readiness: percent(fit.readiness),
    coreReadiness: percent(fit.coreReadiness),
    hoursToReady: fit.hoursToReady,
    // The hours leave these out: a role no course teaches in the person's languages is not "0 h away".
    uncoveredGaps: fit.uncoveredSkillIds.length,
  }));
  const asked = new Set(catalog.roles.filter((role) => persona.targets.includes(role.id)).flatMap((role) => role.requirements.map((requirement) => requirement.skillId)));
  const targetSets = persona.targets.map((id) => [id]);
  if (persona.targets.length > 1) targetSets.push([...persona.targets]);
  return {
    persona: persona.name,
    // Only the assumptions the targets' advice rests on; the full list is the background's, not the plan's.
    assumed: [...assumed.values()].filter((assumption) => asked.has(assumption.skillId)).map((assumption) => ({ skillId: assumption.skillId, level: assumption.level, why: assumption.basis })),
    ranking,
    plans: targetSets.map((targets) => planReport(persona, targets, catalog, locale)),
  };
}

function planReport(persona: Persona, targets: string[], catalog: Catalog, locale: 'en' | 'fr'): PlanReport {
  const input = {
    profile: { skills: persona.skills, background: persona.background },
    languages: persona.languages,
    targetRoleIds: targets,
    catalog,
    inputs: {
      weeklyHours: persona.weeklyHours,
      studyDays: persona.studyDays,
      startDate: persona.startDate,
      pauses: [],
      excludedCourseIds: [],
      preferredCourseIds: [],
      scope: 'core' as const,
    },
    createdAt: `${persona.startDate}T00:00:00.000Z`,
  };
  const built = buildPlan({ ...input, planId: 'advice', name: persona.name });
  if (!built.ok) throw new Error(`${persona.name}: ${built.error.message}`);
  const { plan, totalHours, months, longPlan, weeklyHoursFor12Months } = built.value;
  const courses = new Map(catalog.courses.map((course) => [course.id, course]));
  return {
    targets,
    scope: 'core',
    totalHours,
    readyDate: plan.readyDate,
    months,
    longPlan,
    weeklyHoursFor12Months,
    items: plan.items.map((item) => {
      const course = courses.get(item.courseId!)!;
      return {
        courseId: course.id,
        title: courseTitle(course, locale),
        provider: course.provider,
        project: course.project !== undefined,
        hours: item.hours,
        hoursStated: course.hoursStated,
        start: item.start,
        end: item.end,
        teaches: course.teaches.map((taught) => ({ skillId: taught.skillId, level: taught.level })),
        languages: [...course.languages],
        why: {
          ...(item.why ?? { closes: [], prepares: [], pinned: false }),
          ...(writtenFor(course, { background: persona.background, roleIds: targets }) ? {} : { otherAudience: true }),
        },
      };
    }),
    uncovered: plan.uncovered.map((gap) => ({ skillId: gap.skillId, level: gap.level, reason: gap.reason ?? 'no-course' })),
    steppingStone: offersSteppingStone(months) ? steppingStoneFor(input, months) : null,
  };
}
