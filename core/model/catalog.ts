import { z } from 'zod';
import { DEFAULT_PREREQUISITE_LEVEL, ImportanceSchema, PositiveLevelSchema } from './level';
import {
  HttpUrlSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  MAX_LIST,
  type Locale,
  ShortTextSchema,
} from './text';

export const SKILL_CATEGORIES = [
  'programming',
  'data',
  'machine-learning',
  'generative-ai',
  'infrastructure',
  'business',
  'communication',
  'marketing',
  'people',
  'tools',
] as const;
export const SkillCategorySchema = z.enum(SKILL_CATEGORIES);
export type SkillCategory = z.infer<typeof SkillCategorySchema>;

/** Where people come from; roles list the typical ones and the profile names the person's own. */
export const BACKGROUNDS = [
  'software-engineering',
  'data-science',
  'data-analysis',
  'it-support',
  'systems-operations',
  'product-management',
  'founder',
  'sales',
  'marketing',
  'consulting',
  'content-editorial',
  'research',
  'customer-support',
  'human-resources',
  'education',
  'electrical-trades',
  'other',
] as const;
export const BackgroundSchema = z.enum(BACKGROUNDS);
export type Background = z.infer<typeof BackgroundSchema>;

/** The job families of the seed article, plus neighbours people actually target. */
export const ROLE_FAMILIES = [
  'ai-engineering',
  'ai-consulting',
  'ai-augmented',
  'data-annotation',
  'data-center',
  'adjacent',
] as const;
export const RoleFamilySchema = z.enum(ROLE_FAMILIES);
export type RoleFamily = z.infer<typeof RoleFamilySchema>;

export const SourceSchema = z.strictObject({
  title: ShortTextSchema.min(1),
  url: HttpUrlSchema.optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const SkillSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  category: SkillCategorySchema,
  description: LocalizedTextSchema,
  /** Skills to reach DEFAULT_PREREQUISITE_LEVEL before this one can be learned. */
  prerequisites: z.array(IdSchema).max(50),
  /** Words that name the skill in a job ad (matched case- and plural-insensitively). */
  aliases: z.array(ShortTextSchema.min(1)).max(100),
  /** Behaviour at levels 1-4 for this skill; the category's generic lines are used when absent. */
  levels: z.tuple([LocalizedTextSchema, LocalizedTextSchema, LocalizedTextSchema, LocalizedTextSchema]).optional(),
  custom: z.boolean().optional(),
});
export type Skill = z.infer<typeof SkillSchema>;

export const RequirementSchema = z.strictObject({
  skillId: IdSchema,
  level: PositiveLevelSchema,
  importance: ImportanceSchema,
  /** How the figure was obtained, e.g. "O*NET 15-1221.00 Programming: IM 3.9, LV 4.6". */
  basis: ShortTextSchema.optional(),
  /**
   * 'core': an entry-level posting demands it, at the entry level; 'plus': it grows with
   * experience. Absent means core, so a person's own roles count in full (docs/advice.md).
   */
  tier: z.enum(['core', 'plus']).optional(),
});
export type Requirement = z.infer<typeof RequirementSchema>;
export type RequirementTier = NonNullable<Requirement['tier']>;

/** The tier of a requirement; one without a tier is core. */
export function tierOf(requirement: Pick<Requirement, 'tier'>): RequirementTier {
  return requirement.tier ?? 'core';
}

export const RoleSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  family: RoleFamilySchema,
  summary: LocalizedTextSchema,
  requirements: z.array(RequirementSchema).min(1).max(500),
  backgrounds: z.array(BackgroundSchema).max(BACKGROUNDS.length),
  hubs: z.array(ShortTextSchema.min(1)).max(50),
  /** Shares of postings, 0-1; absent when no source gives them. */
  remoteShare: z.number().min(0).max(1).optional(),
  hybridShare: z.number().min(0).max(1).optional(),
  yearsExperience: z.number().min(0).max(50).optional(),
  /**
   * Set when employers hire people new to the field into this role, with the evidence: such a
   * role can be a first job while the person studies toward a far target (docs/advice.md
   * "Stepping stones").
   */
  hiresNewcomers: z.strictObject({ basis: ShortTextSchema.min(1), source: SourceSchema }).optional(),
  onetCodes: z.array(z.string().regex(/^\d{2}-\d{4}\.\d{2}$/)).max(20),
  sources: z.array(SourceSchema).max(50),
  reviewed: IsoDateSchema,
  custom: z.boolean().optional(),
});
export type Role = z.infer<typeof RoleSchema>;

export const COURSE_COSTS = ['free', 'free-audit', 'paid'] as const;
export const CourseCostSchema = z.enum(COURSE_COSTS);
export type CourseCost = z.infer<typeof CourseCostSchema>;

export const SkillLevelSchema = z.strictObject({ skillId: IdSchema, level: PositiveLevelSchema });
export type SkillLevel = z.infer<typeof SkillLevelSchema>;

/**
 * A portfolio project: the evidence an entry-level hire is judged on (docs/advice.md "Portfolio
 * projects"). It is a course-like item that teaches nothing new: it expects the levels it shows
 * and is planned for its roles after the courses that teach them.
 */
export const ProjectInfoSchema = z.strictObject({
  /** The roles whose plans include it. */
  roleIds: z.array(IdSchema).min(1).max(50),
  title: LocalizedTextSchema,
  /** What the person produces and shows an employer. */
  deliverable: LocalizedTextSchema,
  /** Where the idea comes from. */
  idea: SourceSchema,
});
export type ProjectInfo = z.infer<typeof ProjectInfoSchema>;

export const CourseAudienceSchema = z.strictObject({
  backgrounds: z.array(BackgroundSchema).max(BACKGROUNDS.length),
  roleIds: z.array(IdSchema).max(50),
});
export type CourseAudience = z.infer<typeof CourseAudienceSchema>;

export const CourseSchema = z.strictObject({
  id: IdSchema,
  title: ShortTextSchema.min(1),
  provider: ShortTextSchema.min(1),
  url: HttpUrlSchema,
  hours: z.number().positive().max(2000),
  /** True when the provider states the hours; false for our estimate. */
  hoursStated: z.boolean(),
  /** Where the hours come from: the provider's own words, or how the estimate was made. */
  hoursNote: ShortTextSchema.min(1).optional(),
  cost: CourseCostSchema,
  languages: z.array(z.enum(['en', 'fr', 'es', 'de', 'multi'])).min(1).max(10),
  teaches: z.array(SkillLevelSchema).min(1).max(100),
  expects: z.array(SkillLevelSchema).max(100),
  /** Set on portfolio projects, absent on courses. */
  project: ProjectInfoSchema.optional(),
  /**
   * Whom the course is written for ("for teachers", "for marketers"), when not for everyone: it is
   * offered to people with one of these backgrounds or aiming at one of these roles, and to others
   * only when no other course reaches a level they need (docs/advice.md "One planner").
   */
  audience: CourseAudienceSchema.optional(),
  custom: z.boolean().optional(),
});
export type Course = z.infer<typeof CourseSchema>;

/** The title a person reads: a course's own name, or a project's title in their language. */
export function courseTitle(course: Pick<Course, 'title' | 'project'>, locale: Locale): string {
  return course.project ? course.project.title[locale] : course.title;
}

/** courseTitle for a course id; the id itself for a course no longer in the catalog. */
export function courseTitleById(courses: readonly Course[], courseId: string, locale: Locale): string {
  const course = courses.find((entry) => entry.id === courseId);
  return course ? courseTitle(course, locale) : courseId;
}

/** A level the person probably has, suggested from their background until they rate the skill. */
export const AssumedLevelSchema = z.strictObject({
  skillId: IdSchema,
  level: PositiveLevelSchema,
  /** Why, e.g. "O*NET 47-2111.00 Electricians: Computers and Electronics LV 3.1". */
  basis: ShortTextSchema.min(1),
});
export type AssumedLevel = z.infer<typeof AssumedLevelSchema>;

/** What people of one background usually know, from the O*NET occupation that stands for it. */
export const BackgroundProfileSchema = z.strictObject({
  background: BackgroundSchema,
  onetCode: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/),
  skills: z.array(AssumedLevelSchema).max(500),
});
export type BackgroundProfile = z.infer<typeof BackgroundProfileSchema>;

export const CatalogSchema = z.strictObject({
  version: ShortTextSchema.min(1),
  skills: z.array(SkillSchema).max(MAX_LIST),
  roles: z.array(RoleSchema).max(MAX_LIST),
  courses: z.array(CourseSchema).max(MAX_LIST),
  /** Absent in catalogs made before 0.2 and in test catalogs: then nothing is assumed. */
  backgroundProfiles: z.array(BackgroundProfileSchema).max(BACKGROUNDS.length).optional(),
});
export type Catalog = z.infer<typeof CatalogSchema>;

/** The person's own roles, skills and courses; merged over the built-in catalog by id. */
export const UserCatalogSchema = z.strictObject({
  skills: z.array(SkillSchema).max(MAX_LIST),
  roles: z.array(RoleSchema).max(MAX_LIST),
  courses: z.array(CourseSchema).max(MAX_LIST),
});
export type UserCatalog = z.infer<typeof UserCatalogSchema>;

export const EMPTY_USER_CATALOG: UserCatalog = { skills: [], roles: [], courses: [] };

export { DEFAULT_PREREQUISITE_LEVEL };
