import type { Catalog, Course, Role, Skill, SkillLevel } from '../../core/model/catalog';
import { BACKGROUND_SOURCES, backgroundProfile } from './backgrounds';
import { BUSINESS_COURSES } from './courses-business';
import { AI_COURSES } from './courses-ai';
import { ENTRY_COURSES } from './courses-entry';
import { INFRA_COURSES } from './courses-infra';
import { PEOPLE_COURSES } from './courses-people';
import { PROJECTS, type ProjectSource } from './projects';
import { deriveRequirements } from './derive';
import type { OnetTables } from './onet';
import { AI_ROLES } from './roles-ai';
import { AUGMENTED_ROLES } from './roles-augmented';
import { INFRA_ROLES } from './roles-infra';
import { BUSINESS_SKILLS } from './skills-business';
import { COMMUNICATION_SKILLS, MARKETING_SKILLS } from './skills-communication-marketing';
import { INFRASTRUCTURE_SKILLS } from './skills-infrastructure';
import { GENAI_SKILLS, ML_SKILLS } from './skills-ml-genai';
import { PEOPLE_SKILLS } from './skills-people';
import { DATA_SKILLS, PROGRAMMING_SKILLS } from './skills-programming-data';
import { TOOL_SKILLS } from './skills-tools';
import { ARTICLE, CATALOG_VERSION, ONET_DATABASE, REVIEWED } from './sources';
import type { CourseSource, Pair, RoleSource, SkillSource } from './types';

export const SKILL_SOURCES: SkillSource[] = [
  ...PROGRAMMING_SKILLS,
  ...DATA_SKILLS,
  ...ML_SKILLS,
  ...GENAI_SKILLS,
  ...INFRASTRUCTURE_SKILLS,
  ...BUSINESS_SKILLS,
  ...COMMUNICATION_SKILLS,
  ...MARKETING_SKILLS,
  ...PEOPLE_SKILLS,
  ...TOOL_SKILLS,
];
export const ROLE_SOURCES: RoleSource[] = [...AI_ROLES, ...AUGMENTED_ROLES, ...INFRA_ROLES];
export const COURSE_SOURCES: CourseSource[] = [
  ...AI_COURSES,
  ...INFRA_COURSES,
  ...BUSINESS_COURSES,
  ...PEOPLE_COURSES,
  ...ENTRY_COURSES,
];

const text = ([en, fr]: Pair) => ({ en, fr });

function toSkill(source: SkillSource): Skill {
  return {
    id: source.id,
    name: text(source.name),
    category: source.category,
    description: text(source.description),
    prerequisites: [...source.prerequisites],
    aliases: [...source.aliases],
    levels: [text(source.levels[0]), text(source.levels[1]), text(source.levels[2]), text(source.levels[3])],
  };
}

function toRole(source: RoleSource, onet: OnetTables): Role {
  const occupationPages = source.onetCodes.map((code) => ({
    title: `O*NET OnLine ${code} ${onet.titles.get(code) ?? ''}`.trim(),
    url: `https://www.onetonline.org/link/summary/${code}`,
  }));
  return {
    id: source.id,
    title: text(source.title),
    family: source.family,
    summary: text(source.summary),
    requirements: deriveRequirements(source, onet),
    backgrounds: [...source.backgrounds],
    hubs: [...source.hubs],
    ...(source.remoteShare === undefined ? {} : { remoteShare: source.remoteShare }),
    ...(source.hybridShare === undefined ? {} : { hybridShare: source.hybridShare }),
    ...(source.yearsExperience === undefined ? {} : { yearsExperience: source.yearsExperience }),
    ...(source.hiresNewcomers === undefined
      ? {}
      : { hiresNewcomers: { basis: source.hiresNewcomers.basis, source: { ...source.hiresNewcomers.source } } }),
    onetCodes: [...source.onetCodes],
    sources: [ARTICLE, ...source.sources, ONET_DATABASE, ...occupationPages],
    reviewed: REVIEWED,
  };
}

const toSkillLevels = (levels: Readonly<Record<string, 1 | 2 | 3 | 4>>): SkillLevel[] =>
  Object.entries(levels).map(([skillId, level]) => ({ skillId, level }));

function toCourse(source: CourseSource): Course {
  return {
    id: source.id,
    title: source.title,
    provider: source.provider,
    url: source.url,
    hours: source.hours,
    hoursStated: source.hoursStated,
    ...(source.hoursNote === undefined ? {} : { hoursNote: source.hoursNote }),
    cost: source.cost,
    languages: [...source.languages],
    teaches: toSkillLevels(source.teaches),
    expects: toSkillLevels(source.expects ?? {}),
    ...(source.audience === undefined ? {} : { audience: { backgrounds: [...source.audience.backgrounds], roleIds: [...source.audience.roleIds] } }),
  };
}

function toProject(source: ProjectSource): Course {
  const shows = toSkillLevels(source.shows);
  return {
    id: source.id,
    title: source.title[0],
    provider: source.idea.title,
    url: source.idea.url,
    hours: source.hours,
    hoursStated: false,
    hoursNote: source.hoursNote,
    cost: 'free',
    languages: ['multi'],
    teaches: shows,
    expects: shows.map((entry) => ({ ...entry })),
    project: { roleIds: [...source.roleIds], title: text(source.title), deliverable: text(source.deliverable), idea: { ...source.idea } },
  };
}

/**
 * Projects that could not be planned with their roles: each shown skill must be a core
 * requirement of every role the project is for, at the level shown or above, so a plan that
 * reaches the role's core also reaches the project.
 */
export function projectRoleProblems(catalog: Catalog): string[] {
  const problems: string[] = [];
  for (const course of catalog.courses) {
    for (const roleId of course.project?.roleIds ?? []) {
      const role = catalog.roles.find((candidate) => candidate.id === roleId);
      for (const shown of course.teaches) {
        const requirement = role?.requirements.find((entry) => entry.skillId === shown.skillId && (entry.tier ?? 'core') === 'core');
        if (!requirement || requirement.level < shown.level) problems.push(`project ${course.id} shows ${shown.skillId} ${shown.level}, not a core level of ${roleId}`);
      }
    }
  }
  return problems;
}

/** The built-in catalog from the authored sources and the O*NET tables; pure apart from its inputs. */
export function assembleCatalog(onet: OnetTables): Catalog {
  return {
    version: CATALOG_VERSION,
    skills: SKILL_SOURCES.map(toSkill),
    roles: ROLE_SOURCES.map((role) => toRole(role, onet)),
    courses: [...COURSE_SOURCES.map(toCourse), ...PROJECTS.map(toProject)],
    backgroundProfiles: BACKGROUND_SOURCES.map((source) => backgroundProfile(source, onet)),
  };
}

export interface UncoveredRequirement {
  roleId: string;
  skillId: string;
  level: number;
  /** The highest level any course teaches the skill to (0 when none teaches it). */
  bestCourseLevel: number;
}

/** Requirements no single course teaches to the needed level; the planner lists these as uncovered. */
export function uncoveredRequirements(catalog: Catalog): UncoveredRequirement[] {
  const best = new Map<string, number>();
  for (const course of catalog.courses) {
    if (course.project) continue;
    for (const taught of course.teaches) best.set(taught.skillId, Math.max(best.get(taught.skillId) ?? 0, taught.level));
  }
  return catalog.roles.flatMap((role) =>
    role.requirements
      .filter((requirement) => (best.get(requirement.skillId) ?? 0) < requirement.level)
      .map((requirement) => ({
        roleId: role.id,
        skillId: requirement.skillId,
        level: requirement.level,
        bestCourseLevel: best.get(requirement.skillId) ?? 0,
      })),
  );
}
