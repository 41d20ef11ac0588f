import { courseTitleById, type Catalog } from '../../core/model/catalog';
import { createTranslator } from '../../core/i18n';
import { localeFormats } from '../../core/i18n/formats';
import type { AdviceReport } from './report';

/** The readable view of one persona's advice, in the chosen language (its words, days and numbers); --json keeps ISO days. */
export function summaryText(report: AdviceReport, catalog: Catalog, locale: 'en' | 'fr', violations: readonly string[] | null): string {
  const t = createTranslator(locale);
  const skillName = (id: string) => catalog.skills.find((skill) => skill.id === id)?.name[locale] ?? id;
  const roleTitle = (id: string) => catalog.roles.find((role) => role.id === id)?.title[locale] ?? id;
  const courseTitle = (id: string) => courseTitleById(catalog.courses, id, locale);
  const { formatDay: day, formatNumber: number, formatPercent } = localeFormats(locale);
  const percent = (whole: number) => formatPercent(whole / 100);
  const lines = [`# ${report.persona}`];
  if (report.assumed.length > 0) {
    lines.push(t('cli.assumed'));
    for (const assumption of report.assumed) lines.push(`  ${skillName(assumption.skillId)} ${assumption.level} (${assumption.why})`);
  }
  lines.push(t('cli.ranking'));
  for (const entry of report.ranking.slice(0, 5)) {
    const line = t('cli.rankingLine', { role: entry.title, core: percent(entry.coreReadiness), full: percent(entry.readiness), hours: number(entry.hoursToReady) });
    lines.push(entry.uncoveredGaps > 0 ? `${line} + ${t('fit.uncovered', { count: entry.uncoveredGaps })}` : line);
  }
  for (const plan of report.plans) {
    const targets = plan.targets.map(roleTitle).join(' + ');
    if (plan.readyDate === null) {
      // No course to take is "ready" only when nothing is left that no course covers.
      lines.push(t(plan.uncovered.length === 0 ? 'cli.empty' : 'cli.noCourse', { targets }));
    } else {
      const key = plan.uncovered.length > 0 ? 'cli.planPartial' : 'cli.plan';
      lines.push(t(key, { targets, hours: number(plan.totalHours), date: day(plan.readyDate), months: number(plan.months) }));
    }
    if (plan.longPlan && plan.weeklyHoursFor12Months !== null) lines.push(t('cli.long', { weekly: number(plan.weeklyHoursFor12Months) }));
    for (const roleId of plan.targets) {
      const years = catalog.roles.find((role) => role.id === roleId)?.yearsExperience;
      if (years !== undefined && years >= 2) lines.push(t('cli.experience', { role: roleTitle(roleId), years: number(years) }));
    }
    for (const item of plan.items) {
      const hours = `${number(item.hours)} h${item.hoursStated ? '' : ` (${t('cli.estimate')})`}`;
      const why = [
        ...(item.why.closes.length > 0 ? [`${t('cli.closes')} ${item.why.closes.map((gap) => `${skillName(gap.skillId)} ${gap.level}`).join(', ')}`] : []),
        ...(item.why.prepares.length > 0 ? [`${t('cli.prepares')} ${[...new Set(item.why.prepares.map((link) => courseTitle(link.forCourseId)))].join(', ')}`] : []),
        ...(item.why.shows && item.why.shows.length > 0 ? [`${t('cli.shows')} ${item.why.shows.map((level) => `${skillName(level.skillId)} ${level.level}`).join(', ')}`] : []),
        ...(item.why.pinned ? [t('cli.pinned')] : []),
        ...(item.why.otherAudience ? [t('cli.otherAudience')] : []),
      ].join(t('cli.whySeparator'));
      const kind = item.project ? `${t('cli.project')} ` : '';
      lines.push(t('cli.item', { start: day(item.start), end: day(item.end), title: `${kind}${item.title}`, provider: item.provider, hours, why }));
    }
    if (plan.uncovered.length > 0) {
      lines.push(t('cli.uncovered'));
      for (const gap of plan.uncovered) {
        const reason = t(`cli.reason.${gap.reason as 'no-course' | 'language' | 'excluded' | 'expects'}`);
        lines.push(t('cli.gapLine', { skill: skillName(gap.skillId), level: gap.level, reason }));
      }
    }
    const stone = plan.steppingStone;
    if (stone?.kind === 'first-job') {
      lines.push(t('cli.stoneFirstJob', { role: roleTitle(stone.roleId), date: day(stone.readyDate), hours: number(stone.hours) }));
    } else if (stone) {
      lines.push(t('cli.stone', { role: roleTitle(stone.roleId), months: number(stone.months), hours: number(stone.hours), share: percent(Math.floor(stone.towardTarget * 100)) }));
    }
  }
  if (violations !== null) {
    if (violations.length === 0) lines.push(t('cli.ok'));
    else lines.push(t('cli.outside'), ...violations.map((line) => `  - ${line}`));
  }
  return lines.join('\n');
}
