import { useMemo } from 'react';
import { localized, type FitExplanation, type Level, type Locale, type Skill } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import type { I18n } from '../../i18n';

/** The readiness as people read it: floor(100 × readiness) %, so 100% only when fully ready. */
export function readinessText(explanation: FitExplanation, i18n: Pick<I18n, 'formatPercent'>): string {
  return i18n.formatPercent(explanation.percent / 100);
}

/** "42 of 60 importance-weighted points…", or why there is nothing to measure. */
export function readinessHelp(explanation: FitExplanation, i18n: Pick<I18n, 't' | 'formatNumber'>): string {
  if (explanation.denominator === 0) return i18n.t('fit.readinessEmpty');
  return i18n.t('fit.readinessHelp', {
    numerator: i18n.formatNumber(explanation.numerator),
    denominator: i18n.formatNumber(explanation.denominator),
  });
}

/** A level as its name ("Proficient"); levels come from the analysis as plain numbers. */
export function levelName(level: number, t: I18n['t']): string {
  return t(`level.${Math.max(0, Math.min(4, Math.round(level))) as Level}`);
}

/** Skill name in the person's language, or its id when the matrix no longer has it. */
export function skillName(skillsById: ReadonlyMap<string, Skill>, skillId: string, locale: Locale): string {
  const skill = skillsById.get(skillId);
  return skill ? localized(skill.name, locale) : skillId;
}

/** The merged catalog's skills by id, rebuilt only when the catalog changes. */
export function useSkillsById(): ReadonlyMap<string, Skill> {
  const { catalog } = useAppData();
  return useMemo(() => new Map(catalog.skills.map((skill) => [skill.id, skill])), [catalog]);
}
