import { readFileSync, readdirSync } from 'node:fs';
import { analyzeFit, rankRoles } from '../../../core/analysis';
import { proposeRoleFromAd } from '../../../core/analysis/jobAd';
import { CatalogSchema, RoleSchema } from '../../../core/model/catalog';
import type { Level } from '../../../core/model/level';

/* The analysis over the real built-in matrix (assets/catalog.json): every role can be analysed. */
const catalog = CatalogSchema.parse(JSON.parse(readFileSync(new URL('../../../assets/catalog.json', import.meta.url), 'utf8')));
const courseIds = new Set(catalog.courses.map((course) => course.id));
const skillIds = new Set(catalog.skills.map((skill) => skill.id));

describe('analysis of the built-in catalog', () => {
  it.each(catalog.roles.map((role) => [role.id, role] as const))('analyses %s for a newcomer', (_id, role) => {
    const fit = analyzeFit({ background: 'other', skills: [], languages: ['en'] }, role, catalog);
    expect(fit.readiness).toBe(0);
    expect(fit.coreReadiness).toBe(0);
    expect(fit.explanation.denominator).toBeGreaterThan(0);
    expect(fit.coreExplanation.denominator).toBeGreaterThan(0);
    // 'other' assumes nothing; every built-in requirement says its tier.
    expect(fit.requirements.every((item) => !item.assumed)).toBe(true);
    expect(fit.requirements.some((item) => item.tier === 'core')).toBe(true);
    // Every core need is within reach of English courses.
    expect(fit.uncoveredSkillIds).toEqual([]);
    expect(fit.requirements.every((item) => skillIds.has(item.skillId) && item.gap === item.need)).toBe(true);
    expect(Math.abs(fit.requirements.reduce((sum, item) => sum + item.share, 0) - 1)).toBeLessThan(1e-9);
    expect(fit.coursesToReady.every((id) => courseIds.has(id))).toBe(true);
    // Some course closes at least one of the role's gaps.
    expect(fit.hoursToReady).toBeGreaterThan(0);
  });

  it('scores every role 1 for someone at the highest level asked for each skill', () => {
    const needs = new Map<string, number>();
    for (const role of catalog.roles) {
      for (const item of role.requirements) needs.set(item.skillId, Math.max(needs.get(item.skillId) ?? 0, item.level));
    }
    const skills = [...needs].map(([skillId, level]) => ({ skillId, level: level as Level }));
    const ranked = rankRoles({ background: 'other', skills }, catalog);
    expect(ranked.map((fit) => fit.roleId).sort()).toEqual(catalog.roles.map((role) => role.id).sort());
    expect(ranked.every((fit) => fit.readiness === 1 && fit.coreReadiness === 1 && fit.hoursToReady === 0)).toBe(true);
  });

  const ads = readdirSync(new URL('../../fixtures/job-ads/', import.meta.url)).filter((name) => name.endsWith('.txt'));
  it.each(ads)('reads the job posting %s with the built-in skills', (name) => {
    const text = readFileSync(new URL(`../../fixtures/job-ads/${name}`, import.meta.url), 'utf8');
    const { role, mentions } = proposeRoleFromAd(text, catalog, { id: 'pasted', title: name, today: '2026-11-24' });
    expect(mentions.length).toBeGreaterThanOrEqual(5);
    expect(RoleSchema.safeParse(role).success).toBe(true);
  });
});
