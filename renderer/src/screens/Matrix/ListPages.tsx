import { Group, Pagination, Text } from '@mantine/core';
import { useI18n } from '../../i18n';
import type { PageWindow } from './paging';

interface ListPagesProps {
  range: PageWindow;
  onPageChange: (page: number) => void;
}

/**
 * "Showing 26–50 of 143" and the page buttons, under a list longer than one page. Nothing at all
 * when the whole list fits on one page.
 */
export function ListPages({ range, onPageChange }: ListPagesProps) {
  const { t, formatNumber } = useI18n();
  if (range.pageCount <= 1) return null;
  return (
    <Group component="nav" aria-label={t('matrix.page.nav')} justify="space-between" gap="md" wrap="wrap">
      <Text size="sm" aria-live="polite" data-testid="matrix-page-range">
        {t('matrix.page.showing', {
          first: formatNumber(range.first, 0),
          last: formatNumber(range.last, 0),
          total: formatNumber(range.total, 0),
        })}
      </Text>
      <Pagination
        total={range.pageCount}
        value={range.page}
        onChange={onPageChange}
        withEdges
        getItemProps={(page) => ({ 'aria-label': t('matrix.page.goTo', { page: formatNumber(page, 0) }) })}
        getControlProps={(control) => ({ 'aria-label': t(`matrix.page.${control}`) })}
      />
    </Group>
  );
}
