import { Badge } from '@mantine/core';
import { useI18n } from '../../i18n';
import type { EntryOrigin } from './entryOrigin';

/** Marks the person's own entries and their copies of built-in ones (text, not colour alone). */
export function OriginBadge({ origin }: { origin: EntryOrigin }) {
  const { t } = useI18n();
  if (origin === 'builtin') return null;
  return (
    // Dark filled shades keep white text above 4.5:1 in both colour schemes.
    <Badge variant="filled" color={origin === 'custom' ? 'grape.9' : 'indigo.9'} size="sm">
      {origin === 'custom' ? t('custom.badge') : t('matrix.badge.customised')}
    </Badge>
  );
}
