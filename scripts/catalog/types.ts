import type { Background, RoleFamily, SkillCategory } from '../../core/model/catalog';

/** English first, French second: the authoring shorthand for LocalizedText. */
export type Pair = readonly [en: string, fr: string];

export interface SkillSource {
  id: string;
  category: SkillCategory;
  name: Pair;
  description: Pair;
  prerequisites: readonly string[];
  aliases: readonly string[];
  /** Behaviour at levels 1 (awareness), 2 (working), 3 (proficient), 4 (expert). */
  levels: readonly [Pair, Pair, Pair, Pair];
}

/** A requirement written by hand, from LinkedIn, the article or our own judgement (basis says which). */
export interface ExtraRequirement {
  skillId: string;
  /** The level an entry-level hire needs (core) or the experienced level (plus). */
  level: 1 | 2 | 3 | 4;
  importance: 1 | 2 | 3 | 4 | 5;
  basis: string;
  /** Hand-written requirements are core unless marked plus. */
  tier?: 'plus';
  /** Why entry-level postings demand Expert (4); a core requirement at 4 without it fails the build. */
  expertBasis?: string;
}

export interface RoleSource {
  id: string;
  family: RoleFamily;
  title: Pair;
  summary: Pair;
  /** Occupations whose Skills/Knowledge ratings give the requirements (averaged when several). */
  ratedCodes: readonly string[];
  /** True when the rated occupations only stand in for a job O*NET does not describe. */
  proxy?: boolean;
  /** Occupations whose Hot / In Demand technologies become tool requirements. */
  techCodes: readonly string[];
  /**
   * O*NET flags a technology "Hot" from job postings across all occupations, and "In Demand"
   * from postings for this occupation. In Demand ones always count; Hot-only ones count when
   * their skill is listed here, so Drupal or Marketo do not land on an AI engineer.
   */
  hotTools?: readonly string[];
  /** Every O*NET code shown with the role (rated, technology or related). */
  onetCodes: readonly string[];
  /** Per-role reading of an O*NET element (e.g. "Engineering and Technology" for data-center work). */
  elementOverrides?: Readonly<Record<string, string | null>>;
  /** Skills that stay plus whatever the calibration says, each with the reason. */
  plus?: Readonly<Record<string, string>>;
  /** Skills the O*NET part must not add for this role, each with the reason. */
  skip?: Readonly<Record<string, string>>;
  extras: readonly ExtraRequirement[];
  backgrounds: readonly Background[];
  hubs: readonly string[];
  remoteShare?: number;
  hybridShare?: number;
  yearsExperience?: number;
  /** Why people new to the field are hired into this role, and where that is said. */
  hiresNewcomers?: { basis: string; source: { title: string; url?: string } };
  /** Sources beyond the article and O*NET ones the generator adds itself. */
  sources: ReadonlyArray<{ title: string; url?: string }>;
}

export interface CourseSource {
  id: string;
  title: string;
  provider: string;
  url: string;
  hours: number;
  hoursStated: boolean;
  /**
   * Where the hours come from. When hoursStated, the provider's own figure as it states it
   * ("Coursera: approx. 33 hours to complete"); otherwise how we estimated them
   * ("estimate: 9 lessons of about 8 hours of video and exercises").
   */
  hoursNote?: string;
  cost: 'free' | 'free-audit' | 'paid';
  /**
   * 'multi' (subtitled or translated in many) is offered to anyone, a French-only learner
   * included: use it only when French is among them, else list the languages it has.
   */
  languages: ReadonlyArray<'en' | 'fr' | 'es' | 'de' | 'multi'>;
  /** skill id -> level reached */
  teaches: Readonly<Record<string, 1 | 2 | 3 | 4>>;
  /** skill id -> level expected before starting */
  expects?: Readonly<Record<string, 1 | 2 | 3 | 4>>;
  /** Whom the course is written for, when its title or page says so ("for teachers"). */
  audience?: { backgrounds: readonly Background[]; roleIds: readonly string[] };
}
