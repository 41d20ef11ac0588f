import type { Catalog, Course, Role, Skill, SkillLevel } from '../model/catalog';
import { findPrerequisiteCycles } from './cycles';

export { findPrerequisiteCycle } from './cycles';

export const CATALOG_PROBLEM_CODES = [
  'duplicate-id',
  'unknown-skill',
  'unknown-prerequisite',
  'prerequisite-cycle',
  'self-prerequisite',
  'bad-hours',
  'bad-level',
  'bad-importance',
  'bad-share',
  'duplicate-requirement',
  'duplicate-course-skill',
  'unreachable-level',
  'unknown-role',
  'bad-project',
] as const;
export type CatalogProblemCode = (typeof CATALOG_PROBLEM_CODES)[number];

/** One thing wrong with a catalog: a code for the UI, the field path, and an English sentence naming the ids. */
export interface CatalogProblem {
  code: CatalogProblemCode;
  path: string;
  message: string;
}

const isIntegerBetween = (value: number, min: number, max: number): boolean =>
  Number.isInteger(value) && value >= min && value <= max;

function duplicateIds(kind: 'skills' | 'roles' | 'courses', items: ReadonlyArray<{ id: string }>): CatalogProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: CatalogProblem[] = [];
  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    problems.push({
      code: 'duplicate-id',
      path: `${kind}.${index}.id`,
      message: `${kind}: id "${item.id}" is used again at index ${index} (first at index ${first}).`,
    });
  });
  return problems;
}

function skillProblems(skills: readonly Skill[], known: ReadonlySet<string>): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  skills.forEach((skill, index) => {
    skill.prerequisites.forEach((prerequisite, position) => {
      const path = `skills.${index}.prerequisites.${position}`;
      if (prerequisite === skill.id) {
        problems.push({ code: 'self-prerequisite', path, message: `Skill "${skill.id}" lists itself as a prerequisite.` });
      } else if (!known.has(prerequisite)) {
        problems.push({
          code: 'unknown-prerequisite',
          path,
          message: `Skill "${skill.id}" requires "${prerequisite}", which is not a skill of the catalog.`,
        });
      }
    });
  });
  const indexOf = new Map<string, number>();
  skills.forEach((skill, index) => {
    if (!indexOf.has(skill.id)) indexOf.set(skill.id, index);
  });
  for (const cycle of findPrerequisiteCycles(skills)) {
    problems.push({
      code: 'prerequisite-cycle',
      path: `skills.${indexOf.get(cycle[0])}.prerequisites`,
      message: `Prerequisites form a cycle: ${cycle.join(' -> ')}.`,
    });
  }
  return problems;
}

function roleProblems(role: Role, index: number, known: ReadonlySet<string>): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const seen = new Set<string>();
  role.requirements.forEach((requirement, position) => {
    const path = `roles.${index}.requirements.${position}`;
    const { skillId } = requirement;
    if (!known.has(skillId)) {
      problems.push({ code: 'unknown-skill', path: `${path}.skillId`, message: `Role "${role.id}" requires unknown skill "${skillId}".` });
    }
    if (seen.has(skillId)) {
      problems.push({ code: 'duplicate-requirement', path, message: `Role "${role.id}" lists skill "${skillId}" more than once.` });
    }
    seen.add(skillId);
    if (!isIntegerBetween(requirement.level, 1, 4)) {
      problems.push({
        code: 'bad-level',
        path: `${path}.level`,
        message: `Role "${role.id}" needs "${skillId}" at level ${requirement.level}; a requirement is a whole level from 1 to 4.`,
      });
    }
    if (!isIntegerBetween(requirement.importance, 1, 5)) {
      problems.push({
        code: 'bad-importance',
        path: `${path}.importance`,
        message: `Role "${role.id}" gives "${skillId}" importance ${requirement.importance}; importance is a whole number from 1 to 5.`,
      });
    }
  });
  const remote = role.remoteShare ?? 0;
  const hybrid = role.hybridShare ?? 0;
  if (!(remote >= 0 && hybrid >= 0 && remote + hybrid <= 1)) {
    problems.push({
      code: 'bad-share',
      path: `roles.${index}`,
      message: `Role "${role.id}": remote (${remote}) and hybrid (${hybrid}) shares must be between 0 and 1 and add up to at most 1.`,
    });
  }
  return problems;
}

function courseSkillProblems(
  course: Course,
  index: number,
  list: 'teaches' | 'expects',
  entries: readonly SkillLevel[],
  known: ReadonlySet<string>,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, position) => {
    const path = `courses.${index}.${list}.${position}`;
    if (!known.has(entry.skillId)) {
      problems.push({
        code: 'unknown-skill',
        path: `${path}.skillId`,
        message: `Course "${course.id}" ${list} unknown skill "${entry.skillId}".`,
      });
    }
    if (seen.has(entry.skillId)) {
      problems.push({
        code: 'duplicate-course-skill',
        path,
        message: `Course "${course.id}" lists skill "${entry.skillId}" more than once in ${list}.`,
      });
    }
    seen.add(entry.skillId);
    if (!isIntegerBetween(entry.level, 1, 4)) {
      problems.push({
        code: 'bad-level',
        path: `${path}.level`,
        message: `Course "${course.id}" ${list} "${entry.skillId}" at level ${entry.level}; use a whole level from 1 to 4.`,
      });
    }
  });
  return problems;
}

/** A portfolio project shows what it expects (docs/advice.md "Portfolio projects") and names roles that exist. */
function projectProblems(course: Course, index: number, roles: ReadonlySet<string>): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  (course.project?.roleIds ?? []).forEach((roleId, position) => {
    if (!roles.has(roleId)) {
      problems.push({
        code: 'unknown-role',
        path: `courses.${index}.project.roleIds.${position}`,
        message: `Project "${course.id}" is for unknown role "${roleId}".`,
      });
    }
  });
  const key = (list: readonly SkillLevel[]) => list.map((entry) => `${entry.skillId}=${entry.level}`).sort().join(',');
  if (key(course.teaches) !== key(course.expects)) {
    problems.push({
      code: 'bad-project',
      path: `courses.${index}.expects`,
      message: `Project "${course.id}" must expect exactly the levels it shows (teaches).`,
    });
  }
  return problems;
}

function courseProblems(course: Course, index: number, known: ReadonlySet<string>, roles: ReadonlySet<string>): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  if (!(Number.isFinite(course.hours) && course.hours > 0)) {
    problems.push({
      code: 'bad-hours',
      path: `courses.${index}.hours`,
      message: `Course "${course.id}" lasts ${course.hours} hours; hours must be a number above 0.`,
    });
  }
  problems.push(...courseSkillProblems(course, index, 'teaches', course.teaches, known));
  problems.push(...courseSkillProblems(course, index, 'expects', course.expects, known));
  if (course.project) return [...problems, ...projectProblems(course, index, roles)];
  // A course that expects a skill at or above the level it teaches it to can never raise that skill.
  const expected = new Map(course.expects.map((entry) => [entry.skillId, entry.level] as const));
  course.teaches.forEach((taught, position) => {
    const before = expected.get(taught.skillId);
    if (before !== undefined && before >= taught.level) {
      problems.push({
        code: 'unreachable-level',
        path: `courses.${index}.teaches.${position}.level`,
        message: `Course "${course.id}" expects "${taught.skillId}" at level ${before} but only teaches it to level ${taught.level}.`,
      });
    }
  });
  return problems;
}

/**
 * Everything that makes a catalog unusable for analysis or planning, beyond what the schema
 * checks: dangling ids, duplicates, prerequisite cycles, impossible numbers. Works the same on
 * the built-in catalog and on one merged with the person's own entries. Empty when all is well.
 */
export function validateCatalog(catalog: Catalog): CatalogProblem[] {
  const known = new Set(catalog.skills.map((skill) => skill.id));
  const roles = new Set(catalog.roles.map((role) => role.id));
  return [
    ...duplicateIds('skills', catalog.skills),
    ...duplicateIds('roles', catalog.roles),
    ...duplicateIds('courses', catalog.courses),
    ...skillProblems(catalog.skills, known),
    ...catalog.roles.flatMap((role, index) => roleProblems(role, index, known)),
    ...catalog.courses.flatMap((course, index) => courseProblems(course, index, known, roles)),
  ];
}
