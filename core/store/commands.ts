/**
 * Every change to the stored document, each one pure function from the current document and an
 * input already checked against its channel's schema to the next document, or a typed error
 * (docs/architecture.md "The store and its commands"). Main applies them
 * (main/service/service.ts), the renderer applies the same ones for its optimistic update
 * (renderer/src/data/AppDataProvider.tsx), and the test bridge too, so no copy of this logic can
 * be more lenient than another. A command never modifies its input: a refused change leaves the
 * document exactly as it was.
 *
 * An action made of two changes is one command, so it is written all or nothing: create a plan
 * and make it active; log hours, which also starts the item.
 */
import type { Catalog, Course, Role, Skill } from '../model/catalog';
import type { Plan, ProgressEntry } from '../model/plan';
import type { Profile } from '../model/profile';
import { LIMITS } from '../model/limits';
import { fail, ok, type Result } from '../model/result';
import type { CheckIn, RatingEvent, ReviewRecord, Settings, StoreData } from '../model/store';
import { cycleError, duplicateIdProblem, limitProblem, prerequisiteLoop } from './rules';

export interface CommandContext {
  /** The person's skills are merged over these to look for prerequisite loops. */
  builtinCatalog: Catalog;
}

export type CatalogEntryKind = 'skill' | 'role' | 'course';

type Change = Result<StoreData>;

/** The change, unless it grows the document past a limit. */
function withinLimits(before: StoreData, after: StoreData): Change {
  const problem = limitProblem(before, after);
  return problem ? { ok: false, error: problem } : ok(after);
}

function upsertById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  const index = list.findIndex((existing) => existing.id === item.id);
  return index >= 0 ? list.map((existing, at) => (at === index ? item : existing)) : [...list, item];
}

function withUserCatalog(state: StoreData, userCatalog: StoreData['userCatalog']): StoreData {
  return { ...state, userCatalog };
}

function saveUserSkill(state: StoreData, skill: Skill, context: CommandContext): Change {
  const next = withUserCatalog(state, { ...state.userCatalog, skills: upsertById(state.userCatalog.skills, { ...skill, custom: true }) });
  const cycle = prerequisiteLoop(next.userCatalog, context.builtinCatalog, [skill.id]);
  return cycle ? { ok: false, error: cycleError(cycle, 'prerequisites') } : withinLimits(state, next);
}

function saveUserRole(state: StoreData, role: Role): Change {
  return withinLimits(state, withUserCatalog(state, { ...state.userCatalog, roles: upsertById(state.userCatalog.roles, { ...role, custom: true }) }));
}

function saveUserCourse(state: StoreData, course: Course): Change {
  const courses = upsertById(state.userCatalog.courses, { ...course, custom: true });
  return withinLimits(state, withUserCatalog(state, { ...state.userCatalog, courses }));
}

const CATALOG_LISTS = { skill: 'skills', role: 'roles', course: 'courses' } as const;

/**
 * Removing the person's copy of a built-in skill brings the built-in one back, whose
 * prerequisites may close a loop with the person's other skills: that removal is refused.
 */
function removeUserEntry(state: StoreData, entry: { kind: CatalogEntryKind; id: string }, context: CommandContext): Change {
  const key = CATALOG_LISTS[entry.kind];
  const list: readonly { id: string }[] = state.userCatalog[key];
  if (!list.some((item) => item.id === entry.id)) {
    return fail('not-found', `there is no custom ${entry.kind} "${entry.id}"`, 'id');
  }
  const next = withUserCatalog(state, { ...state.userCatalog, [key]: list.filter((item) => item.id !== entry.id) });
  const cycle = entry.kind === 'skill' ? prerequisiteLoop(next.userCatalog, context.builtinCatalog, [entry.id]) : null;
  return cycle ? { ok: false, error: cycleError(cycle, 'prerequisites') } : ok(next);
}

function savePlan(state: StoreData, plan: Plan): Change {
  const duplicate = duplicateIdProblem(plan.items, 'items', 'item');
  if (duplicate) return { ok: false, error: duplicate };
  return withinLimits(state, { ...state, plans: upsertById(state.plans, plan) });
}

/** Saves the plan and makes it the one followed, in one write. */
function createPlan(state: StoreData, plan: Plan): Change {
  const saved = savePlan(state, plan);
  return saved.ok ? ok({ ...saved.value, activePlanId: plan.id }) : saved;
}

/**
 * The plan's progress entries are kept: the log is the person's history, and saving the plan again
 * (an undo) brings it back with its progress.
 */
function removePlan(state: StoreData, target: { id: string }): Change {
  if (!state.plans.some((plan) => plan.id === target.id)) {
    return fail('not-found', `there is no plan "${target.id}"`, 'id');
  }
  return ok({
    ...state,
    plans: state.plans.filter((plan) => plan.id !== target.id),
    activePlanId: state.activePlanId === target.id ? null : state.activePlanId,
  });
}

function setActivePlan(state: StoreData, target: { id: string | null }): Change {
  if (target.id !== null && !state.plans.some((plan) => plan.id === target.id)) {
    return fail('not-found', `there is no plan "${target.id}"`, 'id');
  }
  return ok({ ...state, activePlanId: target.id });
}

/** The plan with the item marked started, when it was only planned. */
function withItemStarted(plan: Plan, itemId: string): Plan {
  if (!plan.items.some((item) => item.id === itemId && item.status === 'planned')) return plan;
  return { ...plan, items: plan.items.map((item) => (item.id === itemId ? { ...item, status: 'in-progress' as const } : item)) };
}

/** Logs hours on a plan item: the entry, and a planned item marked started. */
function logHours(state: StoreData, entry: ProgressEntry): Change {
  const plan = state.plans.find((candidate) => candidate.id === entry.planId);
  if (!plan) return fail('not-found', `there is no plan "${entry.planId}"`, 'planId');
  if (!plan.items.some((item) => item.id === entry.itemId)) {
    return fail('not-found', `plan "${entry.planId}" has no item "${entry.itemId}"`, 'itemId');
  }
  if (state.progress.some((existing) => existing.id === entry.id)) {
    return { ok: false, error: { code: 'duplicate-id', message: `a progress entry "${entry.id}" already exists`, path: 'id', ids: [entry.id] } };
  }
  const started = withItemStarted(plan, entry.itemId);
  const plans = started === plan ? state.plans : state.plans.map((candidate) => (candidate === plan ? started : candidate));
  return withinLimits(state, { ...state, progress: [...state.progress, entry], plans });
}

function removeProgress(state: StoreData, target: { id: string }): Change {
  const removed = state.progress.find((entry) => entry.id === target.id);
  if (!removed) return fail('not-found', `there is no progress entry "${target.id}"`, 'id');
  return ok({ ...state, progress: state.progress.filter((entry) => entry !== removed) });
}

/**
 * The level changes between two profiles, dated by each new rating's `ratedOn`. A rating
 * removed is recorded as level null on the day the profile was saved from, which the removal
 * does not say, so it takes the latest ratedOn of the new profile; a change without a date (an
 * import, a caller that does not stamp) is not recorded rather than dated by a guess.
 */
export function ratingChanges(before: Profile | null, after: Profile): RatingEvent[] {
  const previous = new Map((before?.skills ?? []).map((rating) => [rating.skillId, rating.level]));
  const events: RatingEvent[] = [];
  let latest: string | undefined;
  for (const rating of after.skills) {
    if (rating.ratedOn && (latest === undefined || rating.ratedOn > latest)) latest = rating.ratedOn;
    if (previous.get(rating.skillId) === rating.level || rating.ratedOn === undefined) continue;
    events.push({ skillId: rating.skillId, level: rating.level, date: rating.ratedOn });
  }
  if (latest !== undefined) {
    const kept = new Set(after.skills.map((rating) => rating.skillId));
    for (const skillId of previous.keys()) {
      if (!kept.has(skillId)) events.push({ skillId, level: null, date: latest });
    }
  }
  return events;
}

/** As many rating changes as progress entries; beyond, the oldest go first. */
const MAX_RATING_EVENTS = LIMITS.progressEntries;

/**
 * Saves the profile and records the levels it changes in the rating history, in one write. The
 * history is never the reason a profile cannot be saved: past its cap it forgets its oldest
 * changes (the baseline is then the earliest one kept).
 */
function saveProfile(state: StoreData, profile: Profile): Change {
  const changes = ratingChanges(state.profile, profile);
  const ratingHistory = changes.length > 0 ? [...state.ratingHistory, ...changes].slice(-MAX_RATING_EVENTS) : state.ratingHistory;
  return withinLimits(state, { ...state, profile, ratingHistory });
}

function recordCheckIn(state: StoreData, checkIn: CheckIn): Change {
  return ok({ ...state, lastCheckIn: checkIn });
}

/**
 * Records a review of a plan item; a review already recorded for that item and step is not
 * recorded twice. Older reviews go first past the cap: they only keep a prompt from coming back.
 */
function recordReview(state: StoreData, review: ReviewRecord): Change {
  const known = state.reviews.some((done) => done.planId === review.planId && done.itemId === review.itemId && done.weeks === review.weeks);
  if (known) return ok(state);
  return ok({ ...state, reviews: [...state.reviews, review].slice(-MAX_RATING_EVENTS) });
}

/** The commands by the channel that carries them (preload/channels.ts). */
export const STORE_COMMANDS = {
  'profile:save': saveProfile,
  'settings:save': (state: StoreData, settings: Settings): Change => withinLimits(state, { ...state, settings }),
  'userCatalog:saveSkill': saveUserSkill,
  'userCatalog:saveRole': saveUserRole,
  'userCatalog:saveCourse': saveUserCourse,
  'userCatalog:remove': removeUserEntry,
  'plans:save': savePlan,
  'plans:create': createPlan,
  'plans:remove': removePlan,
  'plans:setActive': setActivePlan,
  'progress:add': logHours,
  'progress:remove': removeProgress,
  'checkIn:record': recordCheckIn,
  'review:record': recordReview,
} as const;

export type CommandChannel = keyof typeof STORE_COMMANDS;
export type CommandInput<C extends CommandChannel> = Parameters<(typeof STORE_COMMANDS)[C]>[1];

/** Applies the command of `channel`; the one entry point main, the renderer and the tests use. */
export function applyCommand<C extends CommandChannel>(
  channel: C,
  state: StoreData,
  input: CommandInput<C>,
  context: CommandContext,
): Change {
  const command = STORE_COMMANDS[channel] as (state: StoreData, input: CommandInput<C>, context: CommandContext) => Change;
  return command(state, input, context);
}

export const COMMAND_CHANNELS = Object.keys(STORE_COMMANDS) as CommandChannel[];
