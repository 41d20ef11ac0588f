import { Button, Chip, Group, MultiSelect, Paper, SegmentedControl, SimpleGrid, Slider, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { buildPlan, fitProfileOf, localized, type PlanScope, type Weekday } from '../../../../core';
import { offersSteppingStone, steppingStoneFor, type StepInput } from '../../../../core/planning/steppingStone';
import { useAppData } from '../../data/AppDataProvider';
import { todayIso } from '../../data/today';
import { newId, usePlanActions } from '../../data/usePlans';
import { useI18n } from '../../i18n';
import { navigate } from '../../routing';
import { DateField } from '../../components/DateField/DateField';
import { roleTitle } from '../../components/PlanItemCard/itemInfo';
import { WeeklyHoursInput } from '../../components/WeeklyHoursInput/WeeklyHoursInput';
import { BuilderCourses } from './BuilderCourses';
import { useStudyLanguages } from '../Roles/useFitProfile';
import { BuilderProjection } from './BuilderProjection';
import { StudyInEnglishOffer } from './StudyInEnglishOffer';
import { draftInputs, draftProblems, initialDraft, SLIDER_HOURS, type BuilderDraft } from './builderDraft';
import { LongPlanAlert } from './LongPlanAlert';
import { PauseList } from './PauseList';
import classes from './Plan.module.css';

/** Monday first, as calendars in both interface languages show the week. */
const WEEK: Weekday[] = [1, 2, 3, 4, 5, 6, 0];

/** The preview is built with these until the plan is saved under its real id and name. */
const PREVIEW_ID = 'plan-preview';
const PREVIEW_CREATED_AT = '2000-01-01T00:00:00.000Z';

const NO_SKILLS: never[] = [];

/**
 * Chooses what the plan is built from. Every change rebuilds the plan with core's buildPlan (a
 * few milliseconds), so the projected ready date follows the slider as it moves.
 */
export function PlanBuilder({ onCancel, initialRoleIds }: { onCancel?: () => void; initialRoleIds?: readonly string[] }) {
  const { data, catalog, status } = useAppData();
  const i18n = useI18n();
  const { t, locale, formatNumber } = i18n;
  const { createPlan } = usePlanActions();
  const today = todayIso();
  const [draft, setDraft] = useState<BuilderDraft>(() => {
    const roleIds = catalog.roles.map((role) => role.id);
    const initial = initialDraft(data.profile, roleIds, today);
    const asked = (initialRoleIds ?? []).filter((id) => roleIds.includes(id));
    return asked.length > 0 ? { ...initial, targetRoleIds: asked } : initial;
  });
  const [creating, setCreating] = useState(false);
  const daysLabelId = useId();
  const hoursLabelId = useId();
  const update = (change: Partial<BuilderDraft>) => setDraft((current) => ({ ...current, ...change }));

  // The same person the role cards read (skills, background, study languages), so the builder's
  // hours are the role card's hours.
  const skills = data.profile?.skills ?? NO_SKILLS;
  const background = data.profile?.background;
  const occupations = data.profile?.occupations;
  const languages = useStudyLanguages(data.profile);
  const person = useMemo(() => (background ? fitProfileOf({ skills, background, occupations }) : { skills }), [skills, background, occupations]);
  const problems = useMemo(() => draftProblems(draft), [draft]);
  const built = useMemo(() => {
    if (problems.length > 0) return null;
    return buildPlan({
      profile: person,
      languages,
      targetRoleIds: draft.targetRoleIds,
      catalog,
      inputs: draftInputs(draft),
      planId: PREVIEW_ID,
      createdAt: PREVIEW_CREATED_AT,
      name: 'preview',
    });
  }, [problems, person, languages, draft, catalog]);
  // What a stepping stone, suggested or weighed, is planned from: the preview's own input.
  const stepInput = useMemo<StepInput>(
    () => ({ profile: person, languages, targetRoleIds: draft.targetRoleIds, catalog, inputs: draftInputs(draft), createdAt: PREVIEW_CREATED_AT }),
    [person, languages, draft, catalog],
  );
  // Looking for a stepping stone builds a plan per role: only when the plan is long enough to need one.
  const steppingStone = useMemo(() => {
    if (!built?.ok || !offersSteppingStone(built.value.months)) return null;
    return steppingStoneFor(stepInput, built.value.months);
  }, [built, stepInput]);
  const problemOf = (field: string) => {
    const problem = problems.find((candidate) => candidate.field === field);
    return problem ? t(problem.key, problem.params) : undefined;
  };
  const canCreate = built !== null && built.ok && !status.readOnly && !creating;

  const create = async () => {
    if (!built || !built.ok) return;
    const roles = built.value.plan.targetRoleIds.map((id) => roleTitle(catalog, id, locale)).join(', ');
    const name = t('plan.name', { date: i18n.formatDay(todayIso()), roles }).slice(0, 200);
    const plan = { ...built.value.plan, id: newId('plan'), name, createdAt: new Date().toISOString() };
    setCreating(true);
    const saved = await createPlan(plan);
    setCreating(false);
    if (saved) navigate('/plan');
  };

  const roleOptions = catalog.roles
    .map((role) => ({ value: role.id, label: localized(role.title, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const hours = draft.weeklyHours;

  return (
    <Paper component="section" withBorder p="lg" aria-labelledby={`${hoursLabelId}-title`}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={3} id={`${hoursLabelId}-title`}>
            {t('plan.builder.title')}
          </Title>
          <Text>{t('plan.builder.intro')}</Text>
        </Stack>
        <Stack gap={6}>
          <Text size="sm" fw={500} id={`${hoursLabelId}-scope`}>
            {t('plan.scope.label')}
          </Text>
          <SegmentedControl
            aria-labelledby={`${hoursLabelId}-scope`}
            value={draft.scope}
            onChange={(value) => update({ scope: value as PlanScope })}
            data={[
              { value: 'core', label: t('plan.scope.core') },
              { value: 'full', label: t('plan.scope.full') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
          <Text size="xs" c="dimmed">
            {t('plan.scope.hint')}
          </Text>
        </Stack>
        <MultiSelect
          label={t('plan.builder.roles')}
          description={t('plan.builder.rolesHint')}
          data={roleOptions}
          value={draft.targetRoleIds}
          onChange={(targetRoleIds) => update({ targetRoleIds })}
          searchable
          clearable
          nothingFoundMessage={t('plan.builder.noRoleFound')}
          error={problemOf('targetRoleIds')}
        />
        <Stack gap={6}>
          <Text id={hoursLabelId} size="sm" fw={500}>
            {t('plan.builder.hours')}
          </Text>
          <Group align="center" gap="lg" wrap="nowrap">
            <Slider
              className={classes.slider}
              min={SLIDER_HOURS.min}
              max={SLIDER_HOURS.max}
              step={SLIDER_HOURS.step}
              value={Math.min(Math.max(hours || SLIDER_HOURS.min, SLIDER_HOURS.min), SLIDER_HOURS.max)}
              onChange={(weeklyHours) => update({ weeklyHours })}
              label={(value) => t('hours.perWeek', { hours: formatNumber(value) })}
              thumbLabel={t('plan.builder.hoursSlider')}
              marks={[
                { value: 5, label: '5' },
                { value: 10, label: '10' },
                { value: 20, label: '20' },
                { value: 40, label: '40' },
              ]}
              mb="md"
            />
            <WeeklyHoursInput
              className={classes.hoursInput}
              aria-labelledby={hoursLabelId}
              value={hours}
              onChange={(weeklyHours) => update({ weeklyHours })}
              error={problemOf('weeklyHours')}
            />
          </Group>
        </Stack>
        <Stack gap={6} role="group" aria-labelledby={daysLabelId}>
          <Text id={daysLabelId} size="sm" fw={500}>
            {t('plan.builder.days')}
          </Text>
          <Chip.Group
            multiple
            value={draft.studyDays.map(String)}
            onChange={(values) => update({ studyDays: WEEK.filter((day) => values.includes(String(day))) })}
          >
            <Group gap="xs">
              {WEEK.map((day) => (
                <Chip key={day} value={String(day)} variant="outline">
                  {t(`profile.day.${day}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {problemOf('studyDays') && (
            <Text size="sm" c="var(--mantine-color-error)">
              {problemOf('studyDays')}
            </Text>
          )}
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
          <DateField
            label={t('plan.builder.start')}
            value={draft.startDate}
            onChange={(startDate) => update({ startDate })}
            error={problemOf('startDate')}
            required
          />
          <DateField
            label={t('plan.builder.target')}
            description={t('plan.builder.targetHint')}
            value={draft.targetDate}
            minDate={draft.startDate}
            onChange={(targetDate) => update({ targetDate })}
            error={problemOf('targetDate')}
            clearable
          />
        </SimpleGrid>
        <PauseList pauses={draft.pauses} defaultStart={draft.startDate} onChange={(pauses) => update({ pauses })} />
        <BuilderProjection draft={draft} problems={problems} built={built} />
        {built?.ok && <StudyInEnglishOffer uncovered={built.value.plan.uncovered} />}
        {built?.ok && (
          <LongPlanAlert
            months={built.value.months}
            longPlan={built.value.longPlan}
            weeklyHoursFor12Months={built.value.weeklyHoursFor12Months}
            targetRoleIds={built.value.plan.targetRoleIds}
            steppingStone={steppingStone}
            onPlanSteppingStone={(roleId) => update({ targetRoleIds: [roleId] })}
            stepInput={stepInput}
          />
        )}
        <Group>
          <Button onClick={() => void create()} disabled={!canCreate} loading={creating}>
            {t('plan.builder.create')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('action.cancel')}
            </Button>
          )}
        </Group>
        {built?.ok && <BuilderCourses draft={draft} plan={built.value.plan} onChange={setDraft} />}
      </Stack>
    </Paper>
  );
}
