import type { I18n } from '../../i18n';

export type ListName = 'roles' | 'skills' | 'courses';

/** "14 roles", or "3 of 14 roles" while a search or filter narrows the list. */
export function countText({ t, locale, formatNumber }: I18n, list: ListName, shown: number, total: number): string {
  // French treats 0 and 1 as singular, English only 1.
  const singular = locale === 'fr' ? total < 2 : total === 1;
  const totalText = t(`matrix.count.${list}.${singular ? 'one' : 'other'}`, { count: formatNumber(total, 0) });
  return shown === total ? totalText : t('matrix.count.filtered', { shown: formatNumber(shown, 0), total: totalText });
}
