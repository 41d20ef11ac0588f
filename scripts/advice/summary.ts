import { courseTitleById, type Catalog } from '../../core/model/catalog';
import { fill, MESSAGES } from './messages';
import type { AdviceReport } from './report';

/** The readable view of one persona's advice, in the chosen language. */
export function summaryText(report: AdviceReport, catalog: Catalog, locale: 'en' | 'fr', violations: readonly string[] | null): string {
  const words = MESSAGES[locale];
  const skillName = (id: string) => catalog.skills.find((skill) => skill.id === id)?.name[locale] ?? id;
  const roleTitle = (id: string) => catalog.roles.find((role) => role.id === id)?.title[locale] ?? id;
  const courseTitle = (id: string) => courseTitleById(catalog.courses, id, locale);
  const number = (value: number) => value.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 });
  const lines = [`# ${report.persona}`];
  if (report.assumed.length > 0) {
    lines.push(words.assumed);
    for (const assumption of report.assumed) lines.push(`  ${skillName(assumption.skillId)} ${assumption.level} (${assumption.why})`);
  }
  lines.push(words.ranking);
  for (const entry of report.ranking.slice(0, 5)) {
    lines.push(`  ${entry.title}: ${entry.coreReadiness} %, ${entry.readiness} %, ${number(entry.hoursToReady)} h`);
  }
  for (const plan of report.plans) {
    const targets = plan.targets.map(roleTitle).join(' + ');
    if (plan.readyDate === null) {
      lines.push(fill(words.empty, { targets }));
      continue;
    }
    lines.push(fill(words.plan, { targets, hours: number(plan.totalHours), date: plan.readyDate, months: number(plan.months) }));
    if (plan.longPlan && plan.weeklyHoursFor12Months !== null) lines.push(fill(words.long, { weekly: number(plan.weeklyHoursFor12Months) }));
    for (const roleId of plan.targets) {
      const years = catalog.roles.find((role) => role.id === roleId)?.yearsExperience;
      if (years !== undefined && years >= 2) lines.push(fill(words.experience, { role: roleTitle(roleId), years: number(years) }));
    }
    for (const item of plan.items) {
      const hours = `${number(item.hours)} h${item.hoursStated ? '' : ` (${words.estimate})`}`;
      const why = [
        ...(item.why.closes.length > 0 ? [`${words.closes} ${item.why.closes.map((gap) => `${skillName(gap.skillId)} ${gap.level}`).join(', ')}`] : []),
        ...(item.why.prepares.length > 0 ? [`${words.prepares} ${[...new Set(item.why.prepares.map((link) => courseTitle(link.forCourseId)))].join(', ')}`] : []),
        ...(item.why.shows && item.why.shows.length > 0 ? [`${words.shows} ${item.why.shows.map((level) => `${skillName(level.skillId)} ${level.level}`).join(', ')}`] : []),
        ...(item.why.pinned ? [words.pinned] : []),
        ...(item.why.otherAudience ? [words.otherAudience] : []),
      ].join('; ');
      const kind = item.project ? `${words.project} ` : '';
      lines.push(`  ${item.start} → ${item.end}  ${kind}${item.title} (${item.provider}, ${hours}): ${why}`);
    }
    if (plan.uncovered.length > 0) {
      lines.push(words.uncovered);
      for (const gap of plan.uncovered) lines.push(`    ${skillName(gap.skillId)} ${gap.level}: ${words.reason[gap.reason as keyof typeof words.reason]}`);
    }
    const stone = plan.steppingStone;
    if (stone?.kind === 'first-job') {
      lines.push(fill(words.stoneFirstJob, { role: roleTitle(stone.roleId), date: stone.readyDate, hours: number(stone.hours) }));
    } else if (stone) {
      lines.push(fill(words.stone, { role: roleTitle(stone.roleId), months: number(stone.months), hours: number(stone.hours), share: Math.floor(stone.towardTarget * 100) }));
    }
  }
  if (violations !== null) {
    if (violations.length === 0) lines.push(words.ok);
    else lines.push(words.outside, ...violations.map((line) => `  - ${line}`));
  }
  return lines.join('\n');
}
