import { Text } from '@mantine/core';
import { useI18n } from '../../i18n';
import classes from './OverdueNote.module.css';

/** "Overdue since 3 Dec 2026", with a warning sign: never colour alone. */
export function OverdueNote({ since }: { since: string }) {
  const { t, formatDay } = useI18n();
  return (
    <Text component="span" size="sm" fw={600} className={classes.note}>
      <svg className={classes.icon} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M8 1.5 15 14.5H1L8 1.5Z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        <path d="M8 6v4M8 11.8v.4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      {t('plan.overdueSince', { date: formatDay(since) })}
    </Text>
  );
}
