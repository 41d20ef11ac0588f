import { z } from 'zod';

/** Proficiency: 0 none, 1 awareness, 2 working, 3 proficient, 4 expert. */
export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
export const LevelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
/** A requirement or a course outcome is at least awareness. */
export const PositiveLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type PositiveLevel = z.infer<typeof PositiveLevelSchema>;

export const IMPORTANCES = [1, 2, 3, 4, 5] as const;
export type Importance = (typeof IMPORTANCES)[number];
export const ImportanceSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

/** Level a prerequisite must reach before the skill that needs it can be learned (docs/design.md, "Formulas"). */
export const DEFAULT_PREREQUISITE_LEVEL: Level = 2;
