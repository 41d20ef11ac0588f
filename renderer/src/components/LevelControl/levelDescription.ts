import { localized, type Level, type Skill } from '../../../../core';
import { hasMessage, type I18n } from '../../i18n';

/**
 * What a level looks like in practice for one skill: the skill's own line when the matrix gives
 * one, else the generic line of its category, so every level a person can pick is explained.
 */
export function levelDescription(skill: Skill, level: Level, i18n: Pick<I18n, 't' | 'locale'>): string {
  if (level === 0) return i18n.t('levelHint.0');
  const own = skill.levels?.[level - 1];
  if (own) return localized(own, i18n.locale);
  const key = `levelHint.${skill.category}.${level}`;
  return hasMessage(key) ? i18n.t(key) : '';
}

export function levelLabel(level: Level, i18n: Pick<I18n, 't'>): string {
  return i18n.t(`level.${level}`);
}
