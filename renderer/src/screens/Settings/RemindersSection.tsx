import { Chip, Group, Stack, Switch, Text } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { useId, useState } from 'react';
import { DEFAULT_REMINDERS, TimeOfDaySchema, type ReminderSettings, type Weekday } from '../../../../core';
import { useAppData } from '../../data/AppDataProvider';
import { useI18n } from '../../i18n';
import { DataCard } from './DataCard';

/** Monday first, as calendars in both interface languages show the week. */
const WEEK: Weekday[] = [1, 2, 3, 4, 5, 6, 0];

/**
 * Study reminders and opening at login (issue #14): both off until the person turns them on;
 * main applies them to the system when they are saved (main/system-settings.ts). Where the
 * system cannot do one of them, the control is disabled and a note says why.
 */
export function RemindersSection() {
  const { t } = useI18n();
  const { data, status, updateSettings } = useAppData();
  const { settings } = data;
  const reminders = settings.reminders ?? DEFAULT_REMINDERS;
  // Absent where no Electron runs (tests, the browser harness): counted as available.
  const notificationsAvailable = status.systemSupport?.notifications !== false;
  const loginAvailable = status.systemSupport?.openAtLogin !== false;
  const editable = !status.readOnly && notificationsAvailable;
  // What the person types stays on screen while it is not yet a time; only a whole time is saved.
  const [timeDraft, setTimeDraft] = useState(reminders.time);
  const [daysNeeded, setDaysNeeded] = useState(false);
  const daysLabelId = useId();

  const saveReminders = (change: Partial<ReminderSettings>) =>
    updateSettings({ ...settings, reminders: { ...reminders, ...change } });

  const chooseDays = (values: string[]) => {
    const days = WEEK.filter((day) => values.includes(String(day)));
    // The schema asks for at least one day; the last one stays chosen and a line says why.
    setDaysNeeded(days.length === 0);
    if (days.length > 0) saveReminders({ days });
  };

  const typeTime = (value: string) => {
    setTimeDraft(value);
    if (TimeOfDaySchema.safeParse(value).success) saveReminders({ time: value });
  };
  const timeValid = TimeOfDaySchema.safeParse(timeDraft).success;

  return (
    <>
      <DataCard id="settings-reminders" title={t('settings.reminders.title')}>
        <Text size="sm">{t('settings.reminders.help')}</Text>
        {!notificationsAvailable && (
          <Text size="sm" data-testid="reminders-unavailable">
            {t('settings.reminders.unavailable')}
          </Text>
        )}
        <Switch
          label={t('settings.reminders.enabled')}
          checked={reminders.enabled}
          // Reminders turned on elsewhere (a restored backup) can still be turned off here.
          disabled={status.readOnly || (!notificationsAvailable && !reminders.enabled)}
          onChange={(event) => saveReminders({ enabled: event.currentTarget.checked })}
        />
        <Stack gap={6} role="group" aria-labelledby={daysLabelId}>
          <Text id={daysLabelId} size="sm" fw={500}>
            {t('settings.reminders.days')}
          </Text>
          <Chip.Group multiple value={reminders.days.map(String)} onChange={chooseDays}>
            <Group gap="xs">
              {WEEK.map((day) => (
                <Chip key={day} value={String(day)} variant="outline" disabled={!editable || !reminders.enabled}>
                  {t(`profile.day.${day}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {daysNeeded && (
            <Text size="sm" c="var(--mantine-color-error)" role="alert">
              {t('settings.reminders.daysNeeded')}
            </Text>
          )}
        </Stack>
        {/* Mantine's picker rather than the native time field: Chromium shows that one in the
            system's format (07:00 PM in a French app on an American system); the app writes
            times as 19:00 in both languages, as formatTime does. */}
        <TimePicker
          format="24h"
          label={t('settings.reminders.time')}
          hoursInputLabel={t('settings.reminders.hours')}
          minutesInputLabel={t('settings.reminders.minutes')}
          value={timeDraft}
          onChange={typeTime}
          disabled={!editable || !reminders.enabled}
          error={!timeValid && t('settings.reminders.timeNeeded')}
          w={160}
        />
      </DataCard>

      <DataCard id="settings-login" title={t('settings.login.title')}>
        <Text size="sm">{t('settings.login.help')}</Text>
        <Switch
          label={t('settings.login.switch')}
          checked={settings.openAtLogin ?? false}
          disabled={status.readOnly || (!loginAvailable && !settings.openAtLogin)}
          onChange={(event) => updateSettings({ ...settings, openAtLogin: event.currentTarget.checked })}
        />
        {!loginAvailable && (
          <Text size="sm" data-testid="login-unavailable">
            {t('settings.login.unavailable')}
          </Text>
        )}
      </DataCard>
    </>
  );
}
