/**
 * Upgrades of the stored document, one pure function per schema version step.
 *
 * We do not use the store library's own `migrations` option (its README lists known bugs); instead
 * the main process reads the raw file, calls `upgradeToCurrent` and writes the result itself after
 * backing the old file up. Every step is validated on both sides: the input against the schema of
 * its own version, the output against the schema of the next one.
 */
import type { z } from 'zod';
import type { Plan, PlanItem, ProgressEntry } from '../model/plan';
import { studyLanguagesOf } from '../model/profile';
import { describeZodError } from '../model/result';
import {
  CURRENT_SCHEMA_VERSION,
  StoreV1Schema,
  StoreV2Schema,
  StoreV3Schema,
  StoreV4Schema,
  StoreV5Schema,
  StoreV6Schema,
  type PlanV3,
  type StoreData,
  type StoreV1,
  type StoreV2,
  type StoreV3,
  type StoreV4,
  type StoreV5,
  type StoreV6,
} from '../model/store';
import { fromDayNumber, toDayNumber } from '../planning/dates';
import { loggedHoursByItem } from '../planning/schedule';
import { toHundredths } from '../model/hours';

export function upgradeV1ToV2(v1: StoreV1): StoreV2 {
  return {
    schemaVersion: 2,
    profile: v1.profile,
    userCatalog: v1.userCatalog,
    settings: v1.settings,
    plans: [],
    activePlanId: null,
    progress: [],
  };
}

/**
 * Version 3 makes explicit what version 2 left implicit, so nothing the person had changes:
 * - a profile without study languages gets the default of its app language (French: French then
 *   English; English: English), which is what the planner assumed before;
 * - a plan without a scope gets 'full': version 2 plans were built from every requirement, while
 *   a plan without a scope now means 'core'.
 * Pure: the input is not modified and no clock is read.
 */
export function upgradeV2ToV3(v2: StoreV2): StoreV3 {
  const profile =
    v2.profile === null || v2.profile.studyLanguages !== undefined
      ? v2.profile
      : { ...v2.profile, studyLanguages: studyLanguagesOf(v2.profile, v2.settings.locale) };
  const plans = v2.plans.map((plan): PlanV3 =>
    plan.inputs.scope === undefined ? { ...plan, inputs: { ...plan.inputs, scope: 'full' } } : plan,
  );
  return {
    schemaVersion: 3,
    profile,
    userCatalog: v2.userCatalog,
    settings: v2.settings,
    plans,
    activePlanId: v2.activePlanId,
    progress: v2.progress,
  };
}

/** The most one progress entry may hold (ProgressEntrySchema). */
const MAX_HOURS_PER_ENTRY = 24;
const ADDED_ENTRY_ID_PREFIX = 'logged-before-v4';


/**
 * Version 4 stops storing each item's hours logged: the progress log becomes the only record and
 * the figure is summed from it. Version 3 kept the two in step, but a file written by hand or by
 * an early version can claim more hours on an item than its entries hold. Those hours are what
 * the person said they did, so the difference (to the hundredth of an hour) is logged rather than
 * dropped:
 * - in entries of at most 24 h, the most one entry may hold, dated the item's start and the days
 *   after it: nothing says when the hours were done, and an upgrade reads no clock;
 * - with ids "logged-before-v4-1", "-2", ..., skipping any id the log already has;
 * - with no note: notes are the person's own words.
 * An item whose entries hold as much or more keeps them as they are: the log was already the truth.
 * Pure: the input is not modified and no clock is read.
 */
export function upgradeV3ToV4(v3: StoreV3): StoreV4 {
  const takenIds = new Set(v3.progress.map((entry) => entry.id));
  let idNumber = 0;
  const unusedId = (): string => {
    do idNumber += 1;
    while (takenIds.has(`${ADDED_ENTRY_ID_PREFIX}-${idNumber}`));
    return `${ADDED_ENTRY_ID_PREFIX}-${idNumber}`;
  };

  const added: ProgressEntry[] = [];
  const plans = v3.plans.map((plan): Plan => {
    const logged = loggedHoursByItem(plan, v3.progress);
    const items = plan.items.map(({ hoursLogged, ...item }): PlanItem => {
      let missing = toHundredths(hoursLogged - (logged.get(item.id) ?? 0));
      for (let day = toDayNumber(item.start); missing > 0; day += 1) {
        const hours = Math.min(MAX_HOURS_PER_ENTRY, missing);
        added.push({ id: unusedId(), planId: plan.id, itemId: item.id, date: fromDayNumber(day), hours });
        missing = toHundredths(missing - hours);
      }
      return item;
    });
    return { ...plan, items };
  });
  return {
    schemaVersion: 4,
    profile: v3.profile,
    userCatalog: v3.userCatalog,
    settings: v3.settings,
    plans,
    activePlanId: v3.activePlanId,
    progress: added.length > 0 ? [...v3.progress, ...added] : v3.progress,
  };
}

/**
 * Version 5 adds what the weekly loop keeps: reminder and login settings (absent means off, so
 * settings carry over as they are), the dated history of skill ratings, the last weekly
 * check-in and the reviews answered. The history starts empty: version 4 kept no dates, and dating today's levels by a
 * guess would draw progress that never happened; the ratings as they stand are the baseline.
 * Pure: the input is not modified and no clock is read.
 */
export function upgradeV4ToV5(v4: StoreV4): StoreV5 {
  return { ...v4, schemaVersion: 5, ratingHistory: [], lastCheckIn: null, reviews: [] };
}

/**
 * Version 6 lets the profile name the person's jobs; a version 5 profile names none, so only the
 * version changes. Pure: the input is not modified.
 */
export function upgradeV5ToV6(v5: StoreV5): StoreV6 {
  return { ...v5, schemaVersion: 6 };
}

export interface UpgradeStep {
  from: number;
  to: number;
  /** Receives data already validated against the schema of `from`. */
  upgrade: (data: never) => unknown;
}

/** Every step in order; step i takes version i + 1 to version i + 2. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  { from: 1, to: 2, upgrade: upgradeV1ToV2 as (data: never) => unknown },
  { from: 2, to: 3, upgrade: upgradeV2ToV3 as (data: never) => unknown },
  { from: 3, to: 4, upgrade: upgradeV3ToV4 as (data: never) => unknown },
  { from: 4, to: 5, upgrade: upgradeV4ToV5 as (data: never) => unknown },
  { from: 5, to: 6, upgrade: upgradeV5ToV6 as (data: never) => unknown },
];

/** The schema each known version is validated against. */
export const STORE_SCHEMAS_BY_VERSION: Readonly<Record<number, z.ZodType>> = {
  1: StoreV1Schema,
  2: StoreV2Schema,
  3: StoreV3Schema,
  4: StoreV4Schema,
  5: StoreV5Schema,
  6: StoreV6Schema,
};

export type UpgradeFailureReason = 'newer-version' | 'unknown-version' | 'invalid';

export type UpgradeOutcome =
  | { ok: true; data: StoreData; fromVersion: number }
  | {
      ok: false;
      reason: UpgradeFailureReason;
      detail: string;
      /** The schemaVersion the file declares, when it declares a number. */
      version?: number;
      /** Set when the file was valid in its own version but a step produced invalid data. */
      failedStep?: { from: number; to: number };
    };

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads `schemaVersion`, validates the raw document against the schema of that version, applies
 * every step up to the current version and validates the result. Never throws.
 */
export function upgradeToCurrent(raw: unknown): UpgradeOutcome {
  if (!isPlainRecord(raw)) {
    return { ok: false, reason: 'invalid', detail: 'the file does not hold a JSON object' };
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number') {
    return { ok: false, reason: 'invalid', detail: '"schemaVersion" is missing or is not a number' };
  }
  if (Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      reason: 'newer-version',
      detail: `written by a newer Skillgap (schema ${version}, this version reads up to ${CURRENT_SCHEMA_VERSION})`,
      version,
    };
  }
  const sourceSchema = Number.isInteger(version) ? STORE_SCHEMAS_BY_VERSION[version] : undefined;
  if (!sourceSchema) {
    return { ok: false, reason: 'unknown-version', detail: `schema version ${version} is not one Skillgap ever wrote`, version };
  }
  const source = sourceSchema.safeParse(raw);
  if (!source.success) {
    return { ok: false, reason: 'invalid', detail: describeZodError(source.error).message, version };
  }

  let data: unknown = source.data;
  let reached = version;
  for (const step of UPGRADE_STEPS) {
    if (step.from !== reached) continue;
    let upgraded: unknown;
    try {
      upgraded = step.upgrade(data as never);
    } catch (error) {
      return failedStep(step, version, error instanceof Error ? error.message : String(error));
    }
    const checked = STORE_SCHEMAS_BY_VERSION[step.to].safeParse(upgraded);
    if (!checked.success) {
      return failedStep(step, version, describeZodError(checked.error).message);
    }
    data = checked.data;
    reached = step.to;
  }
  if (reached !== CURRENT_SCHEMA_VERSION) {
    return { ok: false, reason: 'unknown-version', detail: `no upgrade path from schema ${reached}`, version };
  }
  // The last validation used the current version's schema, which is StoreDataSchema.
  return { ok: true, data: data as StoreData, fromVersion: version };
}

function failedStep(step: UpgradeStep, version: number, detail: string): UpgradeOutcome {
  return {
    ok: false,
    reason: 'invalid',
    detail: `upgrade from schema ${step.from} to ${step.to} failed: ${detail}`,
    version,
    failedStep: { from: step.from, to: step.to },
  };
}
