import { Group, Loader, Text } from '@mantine/core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import classes from './SaveStatus.module.css';

/** Always-visible answer to "is my work safe?": saving, saved at a time, or why not. */
export function SaveStatus() {
  const { saveState, status } = useAppData();
  const { t, formatTime } = useI18n();
  let text: string;
  if (status.readOnly) text = t('save.readOnly');
  else if (saveState.kind === 'saving') text = t('save.saving');
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
