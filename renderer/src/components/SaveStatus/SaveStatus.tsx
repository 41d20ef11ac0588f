import { Group, Loader, Text } from '@mantine/core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import classes from './SaveStatus.module.css';

/**
 * Always-visible answer to "is my work safe?": saving, saved at a time, or why not. A failed save
 * shows the failure's own words (a full disk, a refused folder), since the change is still kept
 * and what the person can do depends on it.
 */
export function SaveStatus() {
  const { saveState, status } = useAppData();
  const { t, formatTime } = useI18n();
  let text: string;
  if (status.readOnly) {
    const newer = (status.readOnlyReason ?? 'newer-version') === 'newer-version';
    text = t(newer ? 'save.readOnly' : 'save.readOnlyBlocked');
  } else if (saveState.kind === 'saving') text = t('save.saving');
  else if (saveState.kind === 'saved') text = t('save.saved', { time: formatTime(saveState.at) });
  else if (saveState.kind === 'failed') text = t('save.failed', { message: saveState.message });
  else text = t('save.idle');
  return (
    <Group gap={6} className={classes.root} role="status" aria-live="polite" data-state={saveState.kind}>
      {saveState.kind === 'saving' && <Loader size={12} aria-hidden />}
      <Text size="sm" c={saveState.kind === 'failed' ? 'red' : 'dimmed'} className={classes.text}>
        {text}
      </Text>
    </Group>
  );
}
