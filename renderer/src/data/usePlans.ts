import { useCallback, useMemo } from 'react';
import {
  describeZodError,
  PlanSchema,
  type AppError,
  type ItemStatus,
  type Plan,
  type ProgressEntry,
  type StoreData,
} from '../../../core';
import { showProblem, showUndoNotice } from '../components/UndoNotice/UndoNotice';
import { useI18n } from '../i18n';
import { describeError, useAppData } from './AppDataProvider';

/**
 * A new id that passes IdSchema (lowercase letters, digits, single hyphens): the prefix and a
 * random UUID, which is lowercase hex in hyphen-separated groups.
 */
export function newId(prefix: string): string {
  const uuid =
    typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${prefix}-${uuid.toLowerCase()}`;
}

function upsertPlan(plans: Plan[], plan: Plan): Plan[] {
  return plans.some((existing) => existing.id === plan.id)
    ? plans.map((existing) => (existing.id === plan.id ? plan : existing))
    : [...plans, plan];
}

/** Each item's hoursLogged from the progress log, so edits that reschedule see what was done. */
export function withLoggedHours(plan: Plan, progress: readonly ProgressEntry[]): Plan {
  const logged = new Map<string, number>();
  for (const entry of progress) {
    if (entry.planId === plan.id) logged.set(entry.itemId, (logged.get(entry.itemId) ?? 0) + entry.hours);
  }
  let changed = false;
  const items = plan.items.map((item) => {
    const hoursLogged = Math.round((logged.get(item.id) ?? 0) * 100) / 100;
    if (hoursLogged === item.hoursLogged) return item;
    changed = true;
    return { ...item, hoursLogged };
  });
  return changed ? { ...plan, items } : plan;
}

export interface LoggedHours {
  date: string;
  hours: number;
  note?: string;
}

export interface PlanActions {
  /** Checks the plan against the schema first: a broken plan is reported, never written. */
  savePlan: (plan: Plan) => Promise<boolean>;
  /** Saves a new plan and makes it the active one. */
  createPlan: (plan: Plan) => Promise<boolean>;
  setActivePlan: (id: string | null) => Promise<boolean>;
  /** Deletes a plan (its progress log is kept) and offers Undo. */
  removePlan: (plan: Plan) => Promise<boolean>;
  setItemStatus: (plan: Plan, itemId: string, status: ItemStatus) => Promise<boolean>;
  logHours: (plan: Plan, itemId: string, logged: LoggedHours) => Promise<boolean>;
  /** Deletes one progress entry and offers Undo. */
  removeEntry: (plan: Plan, entry: ProgressEntry) => Promise<boolean>;
  /** Replaces a plan by an edited version of it and offers Undo, which saves the old one back. */
  replaceWithUndo: (before: Plan, after: Plan, notice: { title: string; message: string }) => Promise<boolean>;
  /** Shows a refused change (a failed Result from core) as a translated notification. */
  reportProblem: (error: AppError) => void;
}

/** The person's plans and the changes the plan and progress screens make to them. */
export function usePlanActions(): PlanActions {
  const { data, mutate } = useAppData();
  const i18n = useI18n();
  const { t } = i18n;

  const reportProblem = useCallback(
    (error: AppError) => showProblem(t('plan.problem.title'), describeError(i18n, error)),
    [i18n, t],
  );

  const savePlan = useCallback(
    async (plan: Plan) => {
      const checked = PlanSchema.safeParse(plan);
      if (!checked.success) {
        reportProblem(describeZodError(checked.error, 'plan'));
        return false;
      }
      return mutate('plans:save', plan, (current) => ({ ...current, plans: upsertPlan(current.plans, plan) }));
    },
    [mutate, reportProblem],
  );

  const setActivePlan = useCallback(
    (id: string | null) => mutate('plans:setActive', { id }, (current) => ({ ...current, activePlanId: id })),
    [mutate],
  );

  const createPlan = useCallback(
    async (plan: Plan) => (await savePlan(plan)) && setActivePlan(plan.id),
    [savePlan, setActivePlan],
  );

  const removePlan = useCallback(
    async (plan: Plan) => {
      const wasActive = data.activePlanId === plan.id;
      const removed = await mutate('plans:remove', { id: plan.id }, (current: StoreData) => ({
        ...current,
        plans: current.plans.filter((existing) => existing.id !== plan.id),
        activePlanId: current.activePlanId === plan.id ? null : current.activePlanId,
      }));
      if (!removed) return false;
      showUndoNotice({
        id: `removed-plan-${plan.id}`,
        title: t('deleted.title'),
        message: t('deleted.body', { name: plan.name }),
        undoLabel: t('action.undo'),
        closeLabel: t('action.close'),
        onUndo: () => void savePlan(plan).then((saved) => saved && wasActive && setActivePlan(plan.id)),
      });
      return true;
    },
    [data.activePlanId, mutate, savePlan, setActivePlan, t],
  );

  const setItemStatus = useCallback(
    (plan: Plan, itemId: string, status: ItemStatus) =>
      savePlan({ ...plan, items: plan.items.map((item) => (item.id === itemId ? { ...item, status } : item)) }),
    [savePlan],
  );

  const logHours = useCallback(
    async (plan: Plan, itemId: string, logged: LoggedHours) => {
      const note = logged.note?.trim();
      const entry: ProgressEntry = {
        id: newId('entry'),
        planId: plan.id,
        itemId,
        date: logged.date,
        hours: logged.hours,
        ...(note ? { note } : {}),
      };
      const added = await mutate('progress:add', entry, (current) => ({ ...current, progress: [...current.progress, entry] }));
      if (!added) return false;
      // Logging time on a planned item means it has started.
      const synced = withLoggedHours(plan, [...data.progress, entry]);
      const started = synced.items.map((item) => (item.id === itemId && item.status === 'planned' ? { ...item, status: 'in-progress' as const } : item));
      return savePlan({ ...synced, items: started });
    },
    [data.progress, mutate, savePlan],
  );

  const removeEntry = useCallback(
    async (plan: Plan, entry: ProgressEntry) => {
      const removed = await mutate('progress:remove', { id: entry.id }, (current) => ({
        ...current,
        progress: current.progress.filter((existing) => existing.id !== entry.id),
      }));
      if (!removed) return false;
      const remaining = data.progress.filter((existing) => existing.id !== entry.id);
      const synced = withLoggedHours(plan, remaining);
      if (synced !== plan) await savePlan(synced);
      showUndoNotice({
        id: `removed-entry-${entry.id}`,
        title: t('deleted.title'),
        message: t('progress.entry.removed', { hours: i18n.formatHours(entry.hours), date: i18n.formatDay(entry.date) }),
        undoLabel: t('action.undo'),
        closeLabel: t('action.close'),
        onUndo: () =>
          void mutate('progress:add', entry, (current) => ({ ...current, progress: [...current.progress, entry] })).then(
            (added) => added && savePlan(withLoggedHours(plan, [...remaining, entry])),
          ),
      });
      return true;
    },
    [data.progress, i18n, mutate, savePlan, t],
  );

  const replaceWithUndo = useCallback(
    async (before: Plan, after: Plan, notice: { title: string; message: string }) => {
      if (!(await savePlan(after))) return false;
      showUndoNotice({
        id: `changed-plan-${before.id}`,
        ...notice,
        undoLabel: t('plan.undoChange'),
        closeLabel: t('action.close'),
        onUndo: () => void savePlan(before),
      });
      return true;
    },
    [savePlan, t],
  );

  return useMemo(
    () => ({ savePlan, createPlan, setActivePlan, removePlan, setItemStatus, logHours, removeEntry, replaceWithUndo, reportProblem }),
    [savePlan, createPlan, setActivePlan, removePlan, setItemStatus, logHours, removeEntry, replaceWithUndo, reportProblem],
  );
}

/** The plan being followed, or null. */
export function useActivePlan(): Plan | null {
  const { data } = useAppData();
  return data.plans.find((plan) => plan.id === data.activePlanId) ?? null;
}
