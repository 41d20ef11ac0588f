/**
 * The changes the service can make to the stored document, as pure functions from the current
 * state and an already-validated input to the next state (or a typed error). They never modify
 * their input, so a refused change leaves the state exactly as it was.
 */
import { fail, MAX_LIST, ok, type Course, type Plan, type ProgressEntry, type Result, type Role, type Skill, type StoreData } from '../../core';
import type { CatalogEntryKind } from '../../preload/channels';

/** Mirrors the `.max()` of the list schemas in core/model/store.ts (a test keeps them in step). */
export const STORE_LIMITS = {
  catalogEntries: MAX_LIST,
  plans: 200,
  progress: MAX_LIST * 10,
} as const;

type Change = Result<StoreData>;

function upsertById<T extends { id: string }>(list: readonly T[], item: T, limit: number, what: string): Result<T[]> {
  const index = list.findIndex((existing) => existing.id === item.id);
  if (index >= 0) return ok(list.map((existing, at) => (at === index ? item : existing)));
  if (list.length >= limit) return fail('conflict', `no more than ${limit} ${what} can be stored`);
  return ok([...list, item]);
}

export function saveUserSkill(state: StoreData, skill: Skill): Change {
  const skills = upsertById(state.userCatalog.skills, { ...skill, custom: true }, STORE_LIMITS.catalogEntries, 'skills');
  return skills.ok ? ok({ ...state, userCatalog: { ...state.userCatalog, skills: skills.value } }) : skills;
}

export function saveUserRole(state: StoreData, role: Role): Change {
  const roles = upsertById(state.userCatalog.roles, { ...role, custom: true }, STORE_LIMITS.catalogEntries, 'roles');
  return roles.ok ? ok({ ...state, userCatalog: { ...state.userCatalog, roles: roles.value } }) : roles;
}

export function saveUserCourse(state: StoreData, course: Course): Change {
  const courses = upsertById(state.userCatalog.courses, { ...course, custom: true }, STORE_LIMITS.catalogEntries, 'courses');
  return courses.ok ? ok({ ...state, userCatalog: { ...state.userCatalog, courses: courses.value } }) : courses;
}

const CATALOG_LISTS = { skill: 'skills', role: 'roles', course: 'courses' } as const;

export function removeUserEntry(state: StoreData, entry: { kind: CatalogEntryKind; id: string }): Change {
  const key = CATALOG_LISTS[entry.kind];
  const list: readonly { id: string }[] = state.userCatalog[key];
  if (!list.some((item) => item.id === entry.id)) {
    return fail('not-found', `there is no custom ${entry.kind} "${entry.id}"`, 'id');
  }
  return ok({ ...state, userCatalog: { ...state.userCatalog, [key]: list.filter((item) => item.id !== entry.id) } });
}

export function savePlan(state: StoreData, plan: Plan): Change {
  const plans = upsertById(state.plans, plan, STORE_LIMITS.plans, 'plans');
  return plans.ok ? ok({ ...state, plans: plans.value }) : plans;
}

/**
 * The plan's progress entries are kept: the log is the person's history, and saving the plan again
 * (an undo) brings it back with its progress.
 */
export function removePlan(state: StoreData, target: { id: string }): Change {
  if (!state.plans.some((plan) => plan.id === target.id)) {
    return fail('not-found', `there is no plan "${target.id}"`, 'id');
  }
  return ok({
    ...state,
    plans: state.plans.filter((plan) => plan.id !== target.id),
    activePlanId: state.activePlanId === target.id ? null : state.activePlanId,
  });
}

export function setActivePlan(state: StoreData, target: { id: string | null }): Change {
  if (target.id !== null && !state.plans.some((plan) => plan.id === target.id)) {
    return fail('not-found', `there is no plan "${target.id}"`, 'id');
  }
  return ok({ ...state, activePlanId: target.id });
}

export function addProgress(state: StoreData, entry: ProgressEntry): Change {
  const plan = state.plans.find((candidate) => candidate.id === entry.planId);
  if (!plan) return fail('not-found', `there is no plan "${entry.planId}"`, 'planId');
  if (!plan.items.some((item) => item.id === entry.itemId)) {
    return fail('not-found', `plan "${entry.planId}" has no item "${entry.itemId}"`, 'itemId');
  }
  if (state.progress.some((existing) => existing.id === entry.id)) {
    return fail('conflict', `a progress entry "${entry.id}" already exists`, 'id');
  }
  if (state.progress.length >= STORE_LIMITS.progress) {
    return fail('conflict', `no more than ${STORE_LIMITS.progress} progress entries can be stored`);
  }
  return ok({ ...state, progress: [...state.progress, entry] });
}

export function removeProgress(state: StoreData, target: { id: string }): Change {
  if (!state.progress.some((entry) => entry.id === target.id)) {
    return fail('not-found', `there is no progress entry "${target.id}"`, 'id');
  }
  return ok({ ...state, progress: state.progress.filter((entry) => entry.id !== target.id) });
}
