import type { Requirement } from '../../core/model/catalog';
import { ELEMENT_TO_SKILL, TECHNOLOGY_TO_SKILL } from './element-map';
import { appImportance, appLevel, MIN_IMPORTANCE, type OnetTables } from './onet';
import { EXTRA_CORE_IMPORTANCE, entryLevel, IN_DEMAND_CORE_LEVEL, MAX_CORE, ratedTier, type Tier } from './tiers';
import type { ExtraRequirement, RoleSource } from './types';

/** One reason for a requirement; several reasons for the same skill are merged. */
interface Finding {
  skillId: string;
  /** The level this reason asks for: entry level when core, incumbent level when plus. */
  level: 1 | 2 | 3 | 4;
  importance: 1 | 2 | 3 | 4 | 5;
  basis: string;
  tier: Tier;
  /** Hand-written, so it wins ties for a core place. */
  authored?: boolean;
}

const MAX_BASIS = 200;
const fixed = (value: number) => value.toFixed(1);

/** Mean IM and LV of an element over the rated occupations that rate it. */
function meanRatings(role: RoleSource, onet: OnetTables): Map<string, { importance: number; level: number }> {
  const sums = new Map<string, { importance: number; level: number; count: number }>();
  for (const code of role.ratedCodes) {
    const ratings = onet.ratings.get(code);
    if (!ratings) throw new Error(`${role.id}: O*NET ${code} has no Skills/Knowledge ratings`);
    for (const rating of ratings.values()) {
      const sum = sums.get(rating.element) ?? { importance: 0, level: 0, count: 0 };
      sum.importance += rating.importance;
      sum.level += rating.level;
      sum.count += 1;
      sums.set(rating.element, sum);
    }
  }
  return new Map(
    [...sums].map(([element, sum]) => [element, { importance: sum.importance / sum.count, level: sum.level / sum.count }]),
  );
}

/** Skills and Knowledge elements with IM >= 3, read as Skillgap skills; the strongest element per skill wins. */
function ratedFindings(role: RoleSource, onet: OnetTables): Finding[] {
  const codes = role.ratedCodes.join('+');
  const prefix = role.proxy ? `derived: proxy ${codes}` : `O*NET ${codes}`;
  const mean = role.ratedCodes.length > 1 ? ' mean' : '';
  const bySkill = new Map<string, Array<{ element: string; importance: number; level: number }>>();
  for (const [element, rating] of meanRatings(role, onet)) {
    if (rating.importance < MIN_IMPORTANCE) continue;
    if (!(element in ELEMENT_TO_SKILL)) throw new Error(`O*NET element "${element}" has no entry in ELEMENT_TO_SKILL`);
    const overrides = role.elementOverrides ?? {};
    const skillId = element in overrides ? overrides[element] : ELEMENT_TO_SKILL[element];
    if (!skillId) continue;
    bySkill.set(skillId, [...(bySkill.get(skillId) ?? []), { element, ...rating }]);
  }
  return [...bySkill].map(([skillId, elements]) => {
    const [top, ...others] = [...elements].sort((a, b) => b.importance - a.importance || b.level - a.level);
    const also = others.length > 0 ? ` (also ${others.map((o) => o.element).join(', ')})` : '';
    const tier = ratedTier(skillId, top.importance);
    return {
      skillId,
      level: tier === 'core' ? entryLevel(top.level) : appLevel(top.level),
      importance: appImportance(top.importance),
      basis: `${prefix}${mean} ${top.element}: IM ${fixed(top.importance)}, LV ${fixed(top.level)}${also}`,
      tier,
    };
  });
}

/**
 * Hot / In Demand technologies become tool requirements: level 3 and importance 4 when In Demand,
 * else level 2 and importance 3 (Hot-only ones only for the skills in role.hotTools).
 */
function technologyFindings(role: RoleSource, onet: OnetTables): Finding[] {
  const hotTools = new Set(role.hotTools ?? []);
  const bySkill = new Map<string, Array<{ code: string; example: string; inDemand: boolean; hot: boolean }>>();
  for (const code of role.techCodes) {
    for (const tech of onet.technologies.get(code) ?? []) {
      if (!tech.hot && !tech.inDemand) continue;
      const skillId = TECHNOLOGY_TO_SKILL[tech.example];
      if (!skillId || (!tech.inDemand && !hotTools.has(skillId))) continue;
      bySkill.set(skillId, [...(bySkill.get(skillId) ?? []), tech]);
    }
  }
  return [...bySkill].map(([skillId, techs]) => {
    const inDemand = techs.filter((t) => t.inDemand);
    const top = inDemand[0] ?? techs[0];
    const flags = [top.hot ? 'Hot' : '', top.inDemand ? 'In Demand' : ''].filter(Boolean).join(', ');
    const names = [...new Set(techs.map((t) => t.example))];
    const also = names.length > 1 ? ` (also ${names.filter((n) => n !== top.example).join(', ')})` : '';
    // In Demand: the occupation's own postings name it, so entry-level hires are asked to use it.
    return {
      skillId,
      level: inDemand.length > 0 ? IN_DEMAND_CORE_LEVEL : 2,
      importance: inDemand.length > 0 ? 4 : 3,
      basis: `${role.proxy ? 'derived: proxy' : 'O*NET'} ${top.code} technology ${top.example}: ${flags}${also}`,
      tier: inDemand.length > 0 ? 'core' : 'plus',
    };
  });
}

function shorten(text: string): string {
  return text.length <= MAX_BASIS ? text : `${text.slice(0, MAX_BASIS - 1).trimEnd()}…`;
}

function extraFinding(role: RoleSource, extra: ExtraRequirement): Finding {
  const tier: Tier = extra.tier ?? (extra.importance >= EXTRA_CORE_IMPORTANCE ? 'core' : 'plus');
  if (tier === 'core' && extra.level === 4 && !extra.expertBasis) {
    throw new Error(`${role.id}: core requirement ${extra.skillId} at Expert needs an expertBasis`);
  }
  const basis = extra.expertBasis ? `${extra.basis}; Expert at entry: ${extra.expertBasis}` : extra.basis;
  return { skillId: extra.skillId, level: extra.level, importance: extra.importance, basis, tier, authored: true };
}

/** Merges the reasons for one skill: core if any reason is core, at the highest core level. */
function mergeFindings(skillId: string, all: readonly Finding[]): Requirement & { authored: boolean } {
  const core = all.filter((finding) => finding.tier === 'core');
  const counted = core.length > 0 ? core : all;
  return {
    skillId,
    level: Math.max(...counted.map((f) => f.level)) as Requirement['level'],
    importance: Math.max(...all.map((f) => f.importance)) as Requirement['importance'],
    basis: shorten(all.map((f) => f.basis).join('; ')),
    tier: core.length > 0 ? 'core' : 'plus',
    authored: core.some((finding) => finding.authored === true),
  };
}

/**
 * Keeps at most MAX_CORE core requirements: the most important stay, hand-written ones first
 * on a tie (they name what postings ask), then by skill id. A demoted one keeps its entry level.
 */
function capCore(requirements: Array<Requirement & { authored: boolean }>): Requirement[] {
  const core = requirements
    .filter((requirement) => requirement.tier === 'core')
    .sort((a, b) => b.importance - a.importance || Number(b.authored) - Number(a.authored) || a.skillId.localeCompare(b.skillId));
  const kept = new Set(core.slice(0, MAX_CORE).map((requirement) => requirement.skillId));
  return requirements.map(({ authored: _authored, ...requirement }) =>
    requirement.tier === 'core' && !kept.has(requirement.skillId) ? { ...requirement, tier: 'plus' as const } : requirement,
  );
}

/**
 * A role's requirements: O*NET ratings, then O*NET technologies, then the hand-written ones
 * (LinkedIn, the article, our derivations), each read as core or plus by the calibration of
 * tiers.ts. When several give the same skill, it is core if any reason is core (at the highest
 * core level), the highest importance is kept and every basis is quoted, hand-written first.
 */
export function deriveRequirements(role: RoleSource, onet: OnetTables): Requirement[] {
  const skipped = new Set(Object.keys(role.skip ?? {}));
  const allFromOnet = [...ratedFindings(role, onet), ...technologyFindings(role, onet)];
  for (const skillId of skipped) {
    // A skip that matches nothing is a stale note; fail so the sources stay truthful.
    if (!allFromOnet.some((f) => f.skillId === skillId)) throw new Error(`${role.id}: skip "${skillId}" matches no O*NET finding`);
  }
  const fromOnet = allFromOnet.filter((f) => !skipped.has(f.skillId));
  const findings = [...role.extras.map((extra) => extraFinding(role, extra)), ...fromOnet];
  const merged = new Map<string, Finding[]>();
  for (const finding of findings) merged.set(finding.skillId, [...(merged.get(finding.skillId) ?? []), finding]);

  const demoted = new Set(Object.keys(role.plus ?? {}));
  for (const skillId of demoted) if (!merged.has(skillId)) throw new Error(`${role.id}: plus "${skillId}" matches no requirement`);
  const requirements = [...merged].map(([skillId, all]) =>
    mergeFindings(skillId, demoted.has(skillId) ? all.map((finding) => ({ ...finding, tier: 'plus' as const })) : all),
  );
  return capCore(requirements).sort(
    (a, b) =>
      Number(a.tier === 'plus') - Number(b.tier === 'plus') ||
      b.importance - a.importance ||
      b.level - a.level ||
      a.skillId.localeCompare(b.skillId),
  );
}
