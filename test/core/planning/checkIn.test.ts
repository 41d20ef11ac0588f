import { describe, expect, it } from 'vitest';
import type { Plan, ProgressEntry } from '../../../core/model/plan';
import { buildPlan, weeklyCheckIn } from '../../../core/planning';
import { buildInput, catalogOf, course, role, skill, valueOf } from './fixtures';

// a: 6-17 January, b: 20-31 January, c: 3-14 February 2025, 10 h each: an hour a study day.
const catalog = catalogOf(
  [skill('a'), skill('b'), skill('c')],
  [role('r', [['a', 2, 5], ['b', 2, 4], ['c', 2, 3]])],
  [course('a-1', 10, [['a', 2]]), course('b-1', 10, [['b', 2]]), course('c-1', 10, [['c', 2]])],
);
const plan: Plan = valueOf(buildPlan(buildInput(catalog))).plan;
const entry = (id: string, date: string, hours: number, itemId = 'item-a-1'): ProgressEntry => ({ id, planId: 'plan-1', itemId, date, hours });

describe('weeklyCheckIn', () => {
  it('looks back on last week and proposes a re-plan from today when the plan has slipped', () => {
    // Tuesday 14 January: last week planned 5 h; 2 h were logged.
    const checkIn = valueOf(weeklyCheckIn(plan, [entry('e1', '2025-01-08', 2)], '2025-01-14', null));
    expect(checkIn).not.toBeNull();
    expect(checkIn?.weekStart).toBe('2025-01-13');
    expect(checkIn?.lastWeek).toEqual({ start: '2025-01-06', end: '2025-01-12', plannedHours: 5, loggedHours: 2 });
    // By the end of Monday 13 January, 6 h were expected.
    expect(checkIn?.standing).toEqual({ kind: 'behind', hours: 4 });
    expect(checkIn?.proposal?.oldReadyDate).toBe('2025-02-14');
    expect(checkIn?.proposal?.newReadyDate && checkIn.proposal.newReadyDate > '2025-02-14').toBe(true);
    expect(checkIn?.proposal?.moved.length).toBeGreaterThan(0);
    expect(checkIn?.proposal?.weeklyHoursToKeepOldReadyDate).toBeGreaterThan(5);
  });

  it('says how last week went without a proposal when the person is on schedule', () => {
    const progress = [entry('e1', '2025-01-06', 5), entry('e2', '2025-01-13', 1)];
    const checkIn = valueOf(weeklyCheckIn(plan, progress, '2025-01-14', null));
    expect(checkIn?.lastWeek.loggedHours).toBe(5);
    expect(checkIn?.standing.kind).toBe('on-schedule');
    expect(checkIn?.proposal).toBeNull();
  });

  it('is asked once a week: not again once answered, and again the next week', () => {
    const answered = { weekStart: '2025-01-13', outcome: 'declined' as const };
    expect(valueOf(weeklyCheckIn(plan, [], '2025-01-16', answered))).toBeNull();
    expect(valueOf(weeklyCheckIn(plan, [], '2025-01-20', answered))?.weekStart).toBe('2025-01-20');
  });

  it('waits for a week to look back on, and stops once nothing is left open', () => {
    expect(valueOf(weeklyCheckIn(plan, [], '2025-01-08', null))).toBeNull();
    const finished = { ...plan, items: plan.items.map((item) => ({ ...item, status: 'done' as const })) };
    expect(valueOf(weeklyCheckIn(finished, [], '2025-02-20', null))).toBeNull();
  });

  it('counts only this plan’s entries dated last week', () => {
    const progress = [entry('e1', '2025-01-05', 3), entry('e2', '2025-01-10', 1), entry('e3', '2025-01-13', 2), { ...entry('e4', '2025-01-09', 4), planId: 'other' }];
    expect(valueOf(weeklyCheckIn(plan, progress, '2025-01-14', null))?.lastWeek.loggedHours).toBe(1);
  });
});
