import { readFileSync } from 'node:fs';
import { CatalogSchema, tierOf, type Catalog } from '../../../core/model/catalog';
import { CORE_IMPORTANCE, entryLevel, MAX_CORE, ratedTier, TRANSFERABLE_CORE_IMPORTANCE } from '../../../scripts/catalog/tiers';

const catalog: Catalog = CatalogSchema.parse(JSON.parse(readFileSync(new URL('../../../assets/catalog.json', import.meta.url), 'utf8')));

describe('the core and plus calibration (docs/advice.md)', () => {
  it('reads an O*NET level one level below the incumbent, never Expert', () => {
    expect([0, 1.9, 2, 3.5, 3.6, 5, 5.1, 7].map(entryLevel)).toEqual([1, 1, 1, 1, 2, 2, 3, 3]);
  });

  it('makes an element core from "very important", a transferable skill only near the top', () => {
    expect(ratedTier('computing-fundamentals', CORE_IMPORTANCE)).toBe('core');
    expect(ratedTier('computing-fundamentals', CORE_IMPORTANCE - 0.1)).toBe('plus');
    expect(ratedTier('critical-thinking', CORE_IMPORTANCE)).toBe('plus');
    expect(ratedTier('written-communication', TRANSFERABLE_CORE_IMPORTANCE)).toBe('core');
  });

  it('gives every built-in role a short core, at most MAX_CORE, with plus requirements beside it', () => {
    for (const role of catalog.roles) {
      const core = role.requirements.filter((requirement) => tierOf(requirement) === 'core');
      expect(core.length, role.id).toBeGreaterThanOrEqual(6);
      expect(core.length, role.id).toBeLessThanOrEqual(MAX_CORE);
      expect(role.requirements.some((requirement) => tierOf(requirement) === 'plus'), role.id).toBe(true);
    }
  });

  it('asks Expert of a core requirement only with a basis that says why', () => {
    for (const role of catalog.roles) {
      for (const requirement of role.requirements) {
        if (tierOf(requirement) === 'core' && requirement.level === 4) expect(requirement.basis, `${role.id}/${requirement.skillId}`).toMatch(/Expert at entry:/);
      }
    }
  });

  it('suggests levels for every background but "other", each with its O*NET basis', () => {
    const profiles = catalog.backgroundProfiles ?? [];
    expect(profiles.map((profile) => profile.background)).not.toContain('other');
    expect(profiles.length).toBeGreaterThanOrEqual(16);
    for (const profile of profiles) {
      expect(profile.skills.length, profile.background).toBeGreaterThan(0);
      for (const skill of profile.skills) {
        expect(skill.level, `${profile.background}/${skill.skillId}`).toBeLessThanOrEqual(3);
        expect(skill.basis).toMatch(/^(O\*NET \d{2}-\d{4}\.\d{2}|derived:)/);
      }
    }
  });
});
