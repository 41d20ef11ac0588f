import type { AssumedLevel, Background, BackgroundProfile } from '../../core/model/catalog';
import { occupationElementSkill, TECHNOLOGY_TO_SKILL } from './element-map';
import { appLevel, MIN_IMPORTANCE, type OnetTables } from './onet';
import { entryLevel } from './tiers';

/**
 * The O*NET occupation that stands for each background, and what we add by hand with its basis.
 * An unrated skill is unknown, not None (docs/advice.md): until the person rates it, the app
 * suggests the level people of their background usually have and marks it as an assumption.
 * 'other' has no occupation, so nothing is assumed for it.
 */
interface BackgroundSource {
  background: Exclude<Background, 'other'>;
  onetCode: string;
  /** Hand-written levels for what the occupation's ratings do not name, each with its basis. */
  extras?: readonly AssumedLevel[];
}

export const BACKGROUND_SOURCES: readonly BackgroundSource[] = [
  {
    background: 'software-engineering',
    onetCode: '15-1251.00',
    extras: [
      { skillId: 'git-version-control', level: 2, basis: 'derived: developers version their code' },
      { skillId: 'computer-science-fundamentals', level: 3, basis: 'derived: developers choose data structures and algorithms every day' },
      { skillId: 'software-engineering-practices', level: 3, basis: 'derived: developers design tested modules that others review and maintain (O*NET 15-1251.00 tasks)' },
    ],
  },
  {
    background: 'data-science',
    onetCode: '15-2041.00',
    extras: [{ skillId: 'computer-science-fundamentals', level: 2, basis: 'derived: data scientists program daily, with less depth in algorithms' }],
  },
  { background: 'data-analysis', onetCode: '15-2051.01' },
  { background: 'it-support', onetCode: '15-1232.00' },
  { background: 'systems-operations', onetCode: '15-1244.00' },
  { background: 'product-management', onetCode: '15-1299.09' },
  { background: 'founder', onetCode: '11-1021.00' },
  { background: 'sales', onetCode: '41-4012.00' },
  { background: 'marketing', onetCode: '13-1161.00' },
  {
    background: 'consulting',
    onetCode: '13-1111.00',
    extras: [{ skillId: 'consulting-methods', level: 2, basis: 'derived: management analysts frame problems, interview stakeholders and present findings with a firm\'s methods every day' }],
  },
  { background: 'content-editorial', onetCode: '27-3043.00' },
  { background: 'research', onetCode: '19-3022.00' },
  { background: 'customer-support', onetCode: '43-4051.00' },
  { background: 'human-resources', onetCode: '13-1071.00' },
  {
    background: 'education',
    onetCode: '25-2031.00',
    extras: [{ skillId: 'instructional-design', level: 2, basis: 'derived: teachers design lessons for a class, not self-paced courses for adults' }],
  },
  {
    background: 'electrical-trades',
    onetCode: '47-2111.00',
    extras: [
      { skillId: 'data-center-power', level: 2, basis: 'derived: O*NET 47-2111.00 electricians install and maintain switchgear, transformers and generators' },
      { skillId: 'electrical-safety', level: 3, basis: 'derived: electricians are licensed to plan safe work on live installations (lockout/tagout, protective equipment)' },
    ],
  },
];

/**
 * From ratings, a skill central to the occupation (IM >= 4) is assumed at its entry level (at
 * most Proficient, 3); any other at most Working (2): the occupation uses it, but how far this
 * person took it is theirs to say.
 */
export const CENTRAL_IMPORTANCE = 4;
export const MAX_RATED_ASSUMPTION = 2;

/**
 * Skill levels people doing one O*NET occupation usually have, from its ratings (when O*NET has
 * them) and its In Demand tools, then the hand-written extras. The one mapping behind both the
 * backgrounds and the occupation catalogue's suggested levels (scripts/catalog/occupations.ts).
 */
export function occupationProfile(onetCode: string, onet: OnetTables, extras: readonly AssumedLevel[] = []): AssumedLevel[] {
  const title = onet.titles.get(onetCode);
  if (!title) throw new Error(`O*NET ${onetCode} is not in Occupation Data`);
  const found = new Map<string, AssumedLevel>();
  const offer = (candidate: AssumedLevel) => {
    const known = found.get(candidate.skillId);
    if (!known || candidate.level > known.level) found.set(candidate.skillId, candidate);
  };
  for (const rating of onet.ratings.get(onetCode)?.values() ?? []) {
    const skillId = occupationElementSkill(rating.element, onetCode);
    if (!skillId || rating.importance < MIN_IMPORTANCE) continue;
    offer({
      skillId,
      level: (rating.importance >= CENTRAL_IMPORTANCE ? entryLevel(rating.level) : Math.min(MAX_RATED_ASSUMPTION, appLevel(rating.level))) as AssumedLevel['level'],
      basis: `O*NET ${onetCode} ${title}: ${rating.element} IM ${rating.importance.toFixed(1)}, LV ${rating.level.toFixed(1)}`,
    });
  }
  for (const tech of onet.technologies.get(onetCode) ?? []) {
    const skillId = TECHNOLOGY_TO_SKILL[tech.example];
    if (!skillId || !tech.inDemand) continue;
    offer({ skillId, level: 2, basis: `O*NET ${onetCode} ${title} technology ${tech.example}: In Demand` });
  }
  for (const extra of extras) found.set(extra.skillId, extra);
  return [...found.values()].sort((a, b) => a.skillId.localeCompare(b.skillId));
}

/** Skill levels people of a background usually have, from one O*NET occupation's ratings and tools. */
export function backgroundProfile(source: BackgroundSource, onet: OnetTables): BackgroundProfile {
  if (!onet.ratings.get(source.onetCode)) throw new Error(`background ${source.background}: O*NET ${source.onetCode} has no ratings`);
  return {
    background: source.background,
    onetCode: source.onetCode,
    skills: occupationProfile(source.onetCode, onet, source.extras),
  };
}
