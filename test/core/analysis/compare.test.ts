import { compareRoles } from '../../../core/analysis/compare';
import { catalogOf, course, person, role } from './builders';

const roles = [
  role('engineer', [
    ['python', 4, 5], // have 1: gap 3, weight 15
    ['llm', 3, 4], // gap 3, weight 12
    ['git', 2, 2], // have 2: no gap
  ]),
  role('consultant', [
    ['llm', 2, 5], // gap 2, weight 10
    ['strategy', 4, 5], // gap 4, weight 20
    ['python', 2, 1], // gap 1, weight 1
  ]),
  role('annotator', [
    ['annotation', 3, 5],
    ['llm', 1, 2], // gap 1, weight 2
  ]),
];
const courses = [
  course('llm-course', 10, [['llm', 3]]),
  course('python-course', 40, [['python', 4]]),
  course('annotation-course', 4, [['annotation', 3]]),
];
const catalog = catalogOf(roles, courses);
const profile = person({ python: 1, git: 2 });

describe('compareRoles', () => {
  it('shows the fits side by side in the order asked for', () => {
    const result = compareRoles(profile, ['consultant', 'engineer'], catalog);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.fits.map((fit) => fit.roleId)).toEqual(['consultant', 'engineer']);
    // consultant: 5×0 + 5×0 + 1×1 = 1 of 10 + 20 + 2 = 32
    expect(result.value.fits[0].readiness).toBe(1 / 32);
  });

  it('lists the gaps shared by two or more roles, heaviest in total first', () => {
    const result = compareRoles(profile, ['engineer', 'consultant', 'annotator'], catalog);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.sharedGaps).toEqual([
      {
        skillId: 'llm',
        have: 0,
        maxNeed: 3,
        roles: [
          { roleId: 'engineer', need: 3, importance: 4, weight: 12 },
          { roleId: 'consultant', need: 2, importance: 5, weight: 10 },
          { roleId: 'annotator', need: 1, importance: 2, weight: 2 },
        ],
        totalWeight: 24, // 12 + 10 + 2
      },
      {
        skillId: 'python',
        have: 1,
        maxNeed: 4,
        roles: [
          { roleId: 'engineer', need: 4, importance: 5, weight: 15 },
          { roleId: 'consultant', need: 2, importance: 1, weight: 1 },
        ],
        totalWeight: 16, // 15 + 1
      },
    ]);
  });

  it('covers all compared roles at once at the highest need per skill', () => {
    const result = compareRoles(profile, ['engineer', 'consultant', 'annotator'], catalog);
    if (!result.ok) throw new Error(result.error.message);
    const { combined } = result.value;
    expect([...combined.coursesToReady].sort()).toEqual(['annotation-course', 'llm-course', 'python-course']);
    expect(combined.hoursToReady).toBe(54); // 10 + 40 + 4
    expect(combined.uncoveredSkillIds).toEqual(['strategy']);
  });

  it('plans the combined core needs, with the hours of the role alone when one role is compared', () => {
    const tiered = catalogOf(
      [role('t', [['llm', 3, 4], ['python', 4, 3, 'plus']]), role('u', [['annotation', 3, 4], ['llm', 2, 2]])],
      courses,
    );
    const single = compareRoles(profile, ['t'], tiered);
    if (!single.ok) throw new Error(single.error.message);
    // python is a plus requirement of t: no python course in the combined plan.
    expect(single.value.combined).toEqual({ hoursToReady: 10, coursesToReady: ['llm-course'], uncoveredSkillIds: [] });
    const fit = single.value.fits[0];
    expect([fit.hoursToReady, fit.coursesToReady, fit.uncoveredSkillIds]).toEqual([10, ['llm-course'], []]);
    const both = compareRoles(profile, ['t', 'u'], tiered);
    if (!both.ok) throw new Error(both.error.message);
    // llm is shared: one course; 10 + 4 h, less than the 10 + 14 h of the two fits added up.
    expect(both.value.combined.hoursToReady).toBe(14);
    expect(both.value.fits.map((entry) => entry.hoursToReady)).toEqual([10, 14]);
  });

  it('compares a repeated role once', () => {
    const result = compareRoles(profile, ['engineer', 'engineer', 'annotator'], catalog);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.fits.map((fit) => fit.roleId)).toEqual(['engineer', 'annotator']);
    expect(result.value.sharedGaps.map((gap) => gap.skillId)).toEqual(['llm']);
  });

  it('fails with not-found and the path of an unknown role id', () => {
    expect(compareRoles(profile, ['engineer', 'astronaut'], catalog)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'role "astronaut" is not in the catalog', path: 'roleIds.1' },
    });
  });
});
