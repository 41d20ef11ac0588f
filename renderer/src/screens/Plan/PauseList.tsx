import { Button, Group, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import type { Period } from '../../../../core';
import { DateField } from '../../components/DateField/DateField';
import { useI18n } from '../../i18n';
import { isDay } from './builderDraft';

interface PauseListProps {
  pauses: Period[];
  /** The first day a pause may start by default (the plan's start date). */
  defaultStart: string;
  onChange: (pauses: Period[]) => void;
}

/** Periods without study (holidays, a busy month): added as date ranges, removed one by one. */
export function PauseList({ pauses, defaultStart, onChange }: PauseListProps) {
  const { t, formatDay } = useI18n();
  const headingId = useId();
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    const first = start || defaultStart;
    const last = end || first;
    if (!isDay(first) || !isDay(last)) {
      setProblem(t('plan.pauses.needDates'));
      return;
    }
    if (last < first) {
      setProblem(t('plan.pauses.endBeforeStart'));
      return;
    }
    setProblem(null);
    setStart('');
    setEnd('');
    onChange([...pauses, { start: first, end: last }].sort((a, b) => (a.start < b.start ? -1 : 1)));
  };

  return (
    <Stack gap="xs" role="group" aria-labelledby={headingId}>
      <Text id={headingId} size="sm" fw={500}>
        {t('plan.pauses.title')}
      </Text>
      {pauses.length === 0 ? (
        <Text size="sm">{t('plan.pauses.none')}</Text>
      ) : (
        <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {pauses.map((pause, index) => {
            const range = t('plan.pauses.range', { start: formatDay(pause.start), end: formatDay(pause.end) });
            return (
              <Group component="li" key={`${pause.start}-${pause.end}-${index}`} gap="sm">
                <Text size="sm">{range}</Text>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  aria-label={t('plan.pauses.removeNamed', { range })}
                  onClick={() => onChange(pauses.filter((_, at) => at !== index))}
                >
                  {t('plan.pauses.remove')}
                </Button>
              </Group>
            );
          })}
        </Stack>
      )}
      <Group align="flex-end" gap="sm">
        <DateField label={t('plan.pauses.start')} value={start} onChange={setStart} clearable />
        <DateField label={t('plan.pauses.end')} value={end} minDate={start} onChange={setEnd} clearable />
        <Button variant="light" onClick={add}>
          {t('plan.pauses.add')}
        </Button>
      </Group>
      {problem && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {problem}
        </Text>
      )}
    </Stack>
  );
}
