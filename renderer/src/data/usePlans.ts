import { useCallback, useMemo } from 'react';
import { describeZodError, PlanSchema, type AppError, type ItemStatus, type Plan, type ProgressEntry } from '../../../core';
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

export interface LoggedHours {
  date: string;
  hours: number;
  note?: string;
}

export interface PlanActions {
  /** Checks the plan against the schema first: a broken plan is reported, never written. */
  savePlan: (plan: Plan) => Promise<boolean>;
  /** Saves a new plan and makes it the active one, in one write. */
  createPlan: (plan: Plan) => Promise<boolean>;
  setActivePlan: (id: string | null) => Promise<boolean>;
  /** Deletes a plan (its progress log is kept) and offers Undo. */
  removePlan: (plan: Plan) => Promise<boolean>;
  setItemStatus: (plan: Plan, itemId: string, status: ItemStatus) => Promise<boolean>;
  logHours: (plan: Plan, itemId: string, logged: LoggedHours) => Promise<boolean>;
  /** Deletes one progress entry (the item's hours follow) and offers Undo. */
  removeEntry: (plan: Plan, entry: ProgressEntry) => Promise<boolean>;
  /** Replaces a plan by an edited version of it and offers Undo, which saves the old one back. */
  replaceWithUndo: (before: Plan, after: Plan, notice: { title: string; message: string }) => Promise<boolean>;
  /** Shows a refused change (a failed Result from core) as a translated notification. */
  reportProblem: (error: AppError) => void;
}

/**
 * The person's plans and the changes the plan and progress screens make to them. Each change is
 * one store command (core/store/commands.ts) sent once: logging hours also updates the item, and
 * a new plan is saved and made active, in one write each.
 */
export function usePlanActions(): PlanActions {
  const { data, mutate } = useAppData();
  const i18n = useI18n();
  const { t } = i18n;

  const reportProblem = useCallback(
    (error: AppError) => showProblem(t('plan.problem.title'), describeError(i18n, error)),
    [i18n, t],
  );

  /** A plan is made on screen, so it is checked here before it is shown as saved. */
  const validPlan = useCallback(
    (plan: Plan) => {
      const checked = PlanSchema.safeParse(plan);
      if (!checked.success) reportProblem(describeZodError(checked.error, 'plan'));
      return checked.success;
    },
    [reportProblem],
  );

  const savePlan = useCallback(
    async (plan: Plan) => validPlan(plan) && mutate('plans:save', plan),
    [mutate, validPlan],
  );

  const createPlan = useCallback(
    async (plan: Plan) => validPlan(plan) && mutate('plans:create', plan),
    [mutate, validPlan],
  );

  const setActivePlan = useCallback((id: string | null) => mutate('plans:setActive', { id }), [mutate]);

  const removePlan = useCallback(
    async (plan: Plan) => {
      const wasActive = data.activePlanId === plan.id;
      if (!(await mutate('plans:remove', { id: plan.id }))) return false;
      showUndoNotice({
        id: `removed-plan-${plan.id}`,
        title: t('deleted.title'),
        message: t('deleted.body', { name: plan.name }),
        undoLabel: t('action.undo'),
        closeLabel: t('action.close'),
        onUndo: () => void (wasActive ? createPlan(plan) : savePlan(plan)),
      });
      return true;
    },
    [createPlan, data.activePlanId, mutate, savePlan, t],
  );

  const setItemStatus = useCallback(
    (plan: Plan, itemId: string, status: ItemStatus) =>
      savePlan({ ...plan, items: plan.items.map((item) => (item.id === itemId ? { ...item, status } : item)) }),
    [savePlan],
  );

  const logHours = useCallback(
    (plan: Plan, itemId: string, logged: LoggedHours) => {
      const note = logged.note?.trim();
      const entry: ProgressEntry = {
        id: newId('entry'),
        planId: plan.id,
        itemId,
        date: logged.date,
        hours: logged.hours,
        ...(note ? { note } : {}),
      };
      return mutate('progress:add', entry);
    },
    [mutate],
  );

  const removeEntry = useCallback(
    async (_plan: Plan, entry: ProgressEntry) => {
      if (!(await mutate('progress:remove', { id: entry.id }))) return false;
      showUndoNotice({
        id: `removed-entry-${entry.id}`,
        title: t('deleted.title'),
        message: t('progress.entry.removed', { hours: i18n.formatHours(entry.hours), date: i18n.formatDay(entry.date) }),
        undoLabel: t('action.undo'),
        closeLabel: t('action.close'),
        onUndo: () => void mutate('progress:add', entry),
      });
      return true;
    },
    [i18n, mutate, t],
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
