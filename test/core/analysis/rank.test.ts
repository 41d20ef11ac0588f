import { analyzeFit, rankRoles } from '../../../core/analysis';
import { CatalogSchema } from '../../../core/model/catalog';
import { catalogOf, course, person, role } from './builders';
import { sampleCatalog } from './sampleCatalog';

describe('rankRoles', () => {
  it('orders by core readiness, then hours to ready, then role id (no tiers: core readiness is readiness)', () => {
    const roles = [
      role('half-slow', [['a', 2, 1]]), // have 1 of 2: 1/2, closing a takes 20 h
      role('ready', [['b', 1, 3]]), // have 1 of 1: 1
      role('half-fast', [['c', 2, 1]]), // have 1 of 2: 1/2, 5 h
      role('half-fast-b', [['c', 2, 4]]), // 4/8 = 1/2, 5 h: same as half-fast, id decides
      role('none', [['d', 3, 2]]), // 0
    ];
    const courses = [course('a-course', 20, [['a', 2]]), course('c-course', 5, [['c', 2]])];
    const ranked = rankRoles(person({ a: 1, b: 1, c: 1 }), catalogOf(roles, courses));
    expect(ranked.map((fit) => fit.roleId)).toEqual(['ready', 'half-fast', 'half-fast-b', 'half-slow', 'none']);
    expect(ranked.map((fit) => fit.readiness)).toEqual([1, 0.5, 0.5, 0.5, 0]);
    expect(ranked.map((fit) => fit.coreReadiness)).toEqual([1, 0.5, 0.5, 0.5, 0]);
  });

  it('puts the core readiness before hours and the full readiness, and the full readiness before the id', () => {
    const roles = [
      // core a: have 1 of 2 -> 3/6 = 1/2; the plus requirement is missing: full 3/(6 + 12) = 1/6.
      role('a-core-half', [['a', 2, 3], ['p', 4, 3, 'plus']]),
      // core met (1), full 2/(2 + 8) = 1/5: ready at entry level, first whatever the rest.
      role('b-core-ready', [['b', 1, 2], ['q', 4, 2, 'plus']]),
      // core c: 1/2 as well, full 1/2 (no plus): same core readiness and hours as z-core-half, full readiness first.
      role('z-core-half', [['c', 2, 3]]),
      // core d: 1/2 and full 1/6, but its course is shorter: first of the half-ready roles.
      role('y-core-half-fast', [['d', 2, 3], ['p', 4, 3, 'plus']]),
    ];
    const courses = [course('a-course', 5, [['a', 2]]), course('c-course', 5, [['c', 2]]), course('d-course', 1, [['d', 2]])];
    const ranked = rankRoles(person({ a: 1, b: 1, c: 1, d: 1 }), catalogOf(roles, courses));
    expect(ranked.map((fit) => [fit.roleId, fit.coreReadiness, fit.hoursToReady, fit.readiness])).toEqual([
      ['b-core-ready', 1, 0, 0.2],
      ['y-core-half-fast', 0.5, 1, 3 / 18],
      ['z-core-half', 0.5, 5, 0.5],
      ['a-core-half', 0.5, 5, 3 / 18],
    ]);
  });

  it('runs on a hand-written matrix that is a valid catalog', () => {
    expect(CatalogSchema.safeParse(sampleCatalog()).success).toBe(true);
    expect(sampleCatalog().roles).toHaveLength(15);
  });

  it('gives each role the same fit analyzeFit gives it', () => {
    const catalog = sampleCatalog();
    const profile = person({ python: 2, sql: 3, seo: 1, communication: 3, 'data-analysis': 2 }, 'marketing');
    const ranked = rankRoles(profile, catalog);
    expect(ranked).toHaveLength(catalog.roles.length);
    for (const fit of ranked) {
      const role = catalog.roles.find((candidate) => candidate.id === fit.roleId);
      expect(role).toBeDefined();
      if (role) expect(fit).toEqual(analyzeFit(profile, role, catalog));
    }
  });

  it('puts the data analyst first for someone strong in SQL, spreadsheets and analysis', () => {
    const ranked = rankRoles(
      person({ sql: 3, spreadsheets: 3, 'data-analysis': 3, 'data-visualization': 2, statistics: 2 }, 'sales'),
      sampleCatalog(),
    );
    expect(ranked[0].roleId).toBe('data-analyst');
    expect(ranked[0].backgroundMatch).toBe(true);
  });

  it('returns nothing for a catalog without roles', () => {
    expect(rankRoles(person({ a: 1 }), catalogOf([]))).toEqual([]);
  });
});
