import type { Bounds } from './persona';
import type { AdviceReport } from './report';

/** Every way the persona's advice falls outside its bounds, as readable lines; empty when it holds. */
export function boundViolations(report: AdviceReport, bounds: Bounds | undefined): string[] {
  if (!bounds) return [];
  const problems: string[] = [];
  const single = report.plans.filter((plan) => plan.targets.length === 1);
  for (const plan of single) {
    const target = plan.targets[0];
    const at = (text: string) => problems.push(`${target}: ${text}`);
    if (bounds.maxMonths !== undefined && plan.months > bounds.maxMonths) at(`ready in ${plan.months} months, more than ${bounds.maxMonths}`);
    if (bounds.minMonths !== undefined && plan.months < bounds.minMonths) at(`ready in ${plan.months} months, fewer than ${bounds.minMonths}`);
    if (bounds.maxHours !== undefined && plan.totalHours > bounds.maxHours) at(`${plan.totalHours} h, more than ${bounds.maxHours}`);
    if (bounds.minHours !== undefined && plan.totalHours < bounds.minHours) at(`${plan.totalHours} h, fewer than ${bounds.minHours}`);
    const teaching = (skillId: string) => plan.items.findIndex((item) => item.teaches.some((taught) => taught.skillId === skillId));
    for (const skillId of bounds.forbidSkills ?? []) {
      const position = teaching(skillId);
      if (position >= 0) at(`${plan.items[position].courseId} teaches ${skillId}, which this persona must not be sent to`);
    }
    for (const skillId of bounds.notPlannedFor ?? []) {
      const item = plan.items.find((entry) => [...entry.why.closes, ...entry.why.prepares].some((link) => link.skillId === skillId));
      if (item) at(`${item.courseId} is planned for ${skillId}, which this persona already has`);
    }
    for (const skillId of bounds.requireSkills ?? []) if (teaching(skillId) < 0) at(`no item teaches ${skillId}`);
    for (const [first, then] of bounds.order ?? []) {
      const a = teaching(first);
      const b = teaching(then);
      if (a < 0 || b < 0) at(`expected items teaching ${first} and then ${then}`);
      else if (a > b) at(`${then} (${plan.items[b].courseId}) comes before ${first} (${plan.items[a].courseId})`);
    }
    if (bounds.minCoreReadiness !== undefined) {
      const rank = report.ranking.find((entry) => entry.roleId === target);
      if (!rank || rank.coreReadiness < bounds.minCoreReadiness) at(`core readiness ${rank?.coreReadiness ?? 0} %, below ${bounds.minCoreReadiness} %`);
    }
    if (bounds.steppingStoneWithinMonths !== undefined) {
      const stone = plan.steppingStone;
      if (!stone) at('no stepping stone offered');
      else if (stone.months > bounds.steppingStoneWithinMonths) at(`stepping stone ${stone.roleId} takes ${stone.months} months`);
    }
    if (bounds.steppingStoneAmong !== undefined) {
      const stone = plan.steppingStone;
      if (!stone) at('no stepping stone offered');
      else if (!bounds.steppingStoneAmong.includes(stone.roleId)) at(`stepping stone ${stone.roleId} is not one of ${bounds.steppingStoneAmong.join(', ')}`);
    }
    const stone = plan.steppingStone;
    if (stone && bounds.steppingStoneNotAmong?.includes(stone.roleId)) at(`stepping stone ${stone.roleId}, which this persona must not be sent to`);
  }
  return problems;
}
