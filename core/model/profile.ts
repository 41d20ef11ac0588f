import { z } from 'zod';
import { AssumedLevelSchema, BackgroundSchema } from './catalog';
import { LevelSchema, type Level } from './level';
import { IdSchema, IsoDateSchema, LocalizedTextSchema, LongTextSchema, MAX_LIST, ShortTextSchema, type IsoDate } from './text';

export const SkillRatingSchema = z.strictObject({
  skillId: IdSchema,
  level: LevelSchema,
  /** Evidence the person gives for the level ("built two dashboards at work"). */
  note: LongTextSchema.optional(),
  /**
   * The day the level was set. Saving a profile records each changed level in the store's
   * rating history with this date (core/store/commands.ts), which is how a pure command dates it.
   */
  ratedOn: IsoDateSchema.optional(),
});
export type SkillRating = z.infer<typeof SkillRatingSchema>;

/** 0 Sunday … 6 Saturday, as date-fns getDay returns. */
export const WeekdaySchema = z.union([
  z.literal(0),
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
]);
export type Weekday = z.infer<typeof WeekdaySchema>;
export const DEFAULT_STUDY_DAYS: Weekday[] = [1, 2, 3, 4, 5];

export const MAX_WEEKLY_HOURS = 80;

/** Languages a course can be taught in, besides 'multi' (subtitled or dubbed in many). */
export const STUDY_LANGUAGES = ['en', 'fr', 'es', 'de'] as const;
export const StudyLanguageSchema = z.enum(STUDY_LANGUAGES);
export type StudyLanguage = z.infer<typeof StudyLanguageSchema>;

/** The person's study languages, or the default: the app's language, then English. */
export function studyLanguagesOf(profile: { studyLanguages?: readonly StudyLanguage[] }, locale: StudyLanguage): StudyLanguage[] {
  if (profile.studyLanguages && profile.studyLanguages.length > 0) return [...profile.studyLanguages];
  return locale === 'en' ? ['en'] : [locale, 'en'];
}

/** The profile's fields as schema versions 1 to 5 stored them. */
const PROFILE_V5_FIELDS = {
  name: ShortTextSchema,
  background: BackgroundSchema,
  skills: z.array(SkillRatingSchema).max(MAX_LIST),
  targetRoleIds: z.array(IdSchema).max(50),
  /** Hours a week the person can really study; 0 is allowed while they set up but cannot be planned. */
  weeklyHours: z.number().min(0).max(MAX_WEEKLY_HOURS),
  studyDays: z.array(WeekdaySchema).min(1).max(7),
  startDate: IsoDateSchema,
  targetDate: IsoDateSchema.optional(),
  /**
   * Languages the person studies in; the planner only offers courses in one of them (or
   * multilingual ones). Absent means the app's language plus English (see studyLanguagesOf).
   */
  studyLanguages: z.array(StudyLanguageSchema).min(1).max(STUDY_LANGUAGES.length).optional(),
};

/** A job the person does or did, chosen from the occupation catalogue (docs/occupations.md). */
export const OccupationChoiceSchema = z.strictObject({
  /** O*NET-SOC code, e.g. "23-2011.00". */
  code: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/),
  /** Kept with the choice so screens can name it without loading the catalogue. */
  title: LocalizedTextSchema,
  /**
   * The levels people in this job usually have, copied from the catalogue when the person chose
   * it: an unrated skill starts there, marked as a suggestion to confirm (docs/advice.md).
   */
  suggested: z.array(AssumedLevelSchema).max(MAX_LIST),
});
export type OccupationChoice = z.infer<typeof OccupationChoiceSchema>;

/** A person names at most this many jobs, current or past. */
export const MAX_OCCUPATIONS = 5;

/** Checks every version of the profile shares: each skill rated once, each day once, dates in order. */
function checkProfile(
  profile: { skills: ReadonlyArray<{ skillId: string }>; studyDays: readonly number[]; startDate: string; targetDate?: string },
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  profile.skills.forEach((rating, index) => {
    if (seen.has(rating.skillId)) {
      ctx.addIssue({ code: 'custom', path: ['skills', index, 'skillId'], message: 'is rated twice' });
    }
    seen.add(rating.skillId);
  });
  if (new Set(profile.studyDays).size !== profile.studyDays.length) {
    ctx.addIssue({ code: 'custom', path: ['studyDays'], message: 'lists a day twice' });
  }
  if (profile.targetDate && profile.targetDate < profile.startDate) {
    ctx.addIssue({ code: 'custom', path: ['targetDate'], message: 'is before the start date' });
  }
}

/** The profile of schema versions 1-5, before the person could name their jobs. */
export const ProfileV5Schema = z.strictObject(PROFILE_V5_FIELDS).superRefine(checkProfile);
export type ProfileV5 = z.infer<typeof ProfileV5Schema>;

export const ProfileSchema = z
  .strictObject({
    ...PROFILE_V5_FIELDS,
    /** Jobs the person does or did, most recent first (schema version 6). */
    occupations: z.array(OccupationChoiceSchema).max(MAX_OCCUPATIONS).optional(),
  })
  .superRefine((profile, ctx) => {
    checkProfile(profile, ctx);
    const codes = new Set<string>();
    (profile.occupations ?? []).forEach((choice, index) => {
      if (codes.has(choice.code)) ctx.addIssue({ code: 'custom', path: ['occupations', index, 'code'], message: 'is named twice' });
      codes.add(choice.code);
    });
  });
export type Profile = z.infer<typeof ProfileSchema>;

/** The profile naming these jobs; none leaves the field out, as a profile that never named any. */
export function withOccupations<P extends { occupations?: OccupationChoice[] }>(profile: P, occupations: readonly OccupationChoice[]): P {
  const { occupations: _previous, ...rest } = profile;
  return (occupations.length > 0 ? { ...rest, occupations: [...occupations] } : rest) as P;
}

/** The level the person gave a skill, 0 when unrated. */
export function levelOf(profile: Pick<Profile, 'skills'>, skillId: string): number {
  return profile.skills.find((rating) => rating.skillId === skillId)?.level ?? 0;
}

/**
 * The person sets a skill's level (null: "I don't know", the rating is removed). Every level the
 * renderer changes goes through here, because a change is only kept in the rating history when
 * its rating carries the day it was made (ratingChanges in core/store/commands.ts): a changed
 * level is stamped `ratedOn: today`, its note kept. Setting the level a skill already has returns
 * the profile itself, so an unchanged rating keeps its original date.
 */
export function rateSkill<P extends Pick<Profile, 'skills'>>(profile: P, skillId: string, level: Level | null, today: IsoDate): P {
  const index = profile.skills.findIndex((rating) => rating.skillId === skillId);
  if (level === null) {
    return index < 0 ? profile : { ...profile, skills: profile.skills.filter((_rating, at) => at !== index) };
  }
  if (index < 0) return { ...profile, skills: [...profile.skills, { skillId, level, ratedOn: today }] };
  if (profile.skills[index].level === level) return profile;
  return { ...profile, skills: profile.skills.map((rating, at) => (at === index ? { ...rating, level, ratedOn: today } : rating)) };
}
