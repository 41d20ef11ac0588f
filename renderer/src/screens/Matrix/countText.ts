import type { I18n } from '../../i18n';

export type ListName = 'roles' | 'skills' | 'courses';

/** "14 roles", or "3 of 14 roles" while a search or filter narrows the list. */
export function listCountText({ t, formatNumber }: I18n, list: ListName, shown: number, total: number): string {
  const totalText = t(`matrix.count.${list}`, { count: total });
  return shown === total ? totalText : t('matrix.count.filtered', { shown: formatNumber(shown, 0), total: totalText });
}
