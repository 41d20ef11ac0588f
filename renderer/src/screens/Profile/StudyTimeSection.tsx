import { Chip, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { MAX_WEEKLY_HOURS, type Profile, type Weekday } from '../../../../core';
import { DateField } from '../../components/DateField/DateField';
import { WeeklyHoursInput } from '../../components/WeeklyHoursInput/WeeklyHoursInput';
import { useI18n } from '../../i18n';
import { Section } from '../../components/Section/Section';
import type { ProfileDraft } from './useProfileDraft';

/** Monday first, as calendars in both interface languages show the week. */
const WEEK: Weekday[] = [1, 2, 3, 4, 5, 6, 0];

function withTargetDate(profile: Profile, value: string): Profile {
  const { targetDate: _old, ...rest } = profile;
  return value === '' ? rest : { ...rest, targetDate: value };
}

export function StudyTimeSection({ draft }: { draft: ProfileDraft }) {
  const { t, formatNumber } = useI18n();
  const { profile, issues, apply } = draft;
  const daysLabelId = useId();
  const daysErrorId = useId();
  const hours = profile.weeklyHours;
  const hoursValid = Number.isFinite(hours);
  const days = profile.studyDays.length;

  return (
    <Section title={t('profile.time.title')}>
      {/* Bottom-aligned so the three inputs line up whatever the length of their hints. */}
      <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ alignItems: 'end' }}>
        <WeeklyHoursInput
          label={t('profile.time.hours')}
          description={
            hoursValid && hours > 0 && days > 0
              ? t('profile.time.perDay', { perDay: formatNumber(hours / days), days })
              : t('profile.time.hoursZero')
          }
          value={hours}
          onChange={(weeklyHours) => apply((current) => ({ ...current, weeklyHours }))}
          error={issues.weeklyHours && t(issues.weeklyHours.key, { max: MAX_WEEKLY_HOURS })}
        />
        <DateField
          label={t('profile.time.start')}
          value={profile.startDate}
          onChange={(startDate) => apply((current) => ({ ...current, startDate }))}
          error={issues.startDate && t(issues.startDate.key)}
          required
        />
        <DateField
          label={t('profile.time.target')}
          description={t('profile.time.targetHint')}
          value={profile.targetDate ?? ''}
          minDate={profile.startDate}
          onChange={(value) => apply((current) => withTargetDate(current, value))}
          error={issues.targetDate && t(issues.targetDate.key)}
          clearable
        />
      </SimpleGrid>
      <Stack gap={6} role="group" aria-labelledby={daysLabelId} aria-describedby={issues.studyDays ? daysErrorId : undefined}>
        <Text id={daysLabelId} size="sm" fw={500}>
          {t('profile.time.days')}
        </Text>
        <Chip.Group
          multiple
          value={profile.studyDays.map(String)}
          onChange={(values) => {
            const studyDays = WEEK.filter((day) => values.includes(String(day)));
            apply((current) => ({ ...current, studyDays }));
          }}
        >
          <Group gap="xs">
            {WEEK.map((day) => (
              <Chip key={day} value={String(day)} variant="outline">
                {t(`profile.day.${day}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {issues.studyDays && (
          <Text id={daysErrorId} size="sm" c="var(--mantine-color-error)" role="alert">
            {t(issues.studyDays.key)}
          </Text>
        )}
      </Stack>
    </Section>
  );
}
