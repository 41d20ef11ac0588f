import { Button, Paper, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { localized, type Occupation } from '../../../../core';
import { roleFromOccupation } from '../../../../core/occupations/asRole';
import { isDescribed, MIN_DESCRIBED_REQUIREMENTS } from '../../../../core/occupations/closest';
import { weighStep, type StepInput, type StepWeighing } from '../../../../core/planning/steppingStone';
import { useCatalogWrites } from '../../components/CatalogEntryForm/useCatalogWrites';
import { ModalDialog } from '../../components/ModalDialog/ModalDialog';
import { OccupationSources } from '../../components/OccupationPicker/OccupationPicker';
import { OccupationSearchField } from '../../components/OccupationSearchField/OccupationSearchField';
import { useOccupations } from '../../data/useOccupations';
import { useToday } from '../../data/useToday';
import { useI18n, type I18n } from '../../i18n';
import classes from './Plan.module.css';

interface StepWeigherProps {
  /** The long plan's person, targets, catalog and study time: the step is planned with the same. */
  input: StepInput;
  /** How long the plan toward the targets runs, in months. */
  targetMonths: number;
  /** The targets' titles, as the alert names them. */
  targets: string;
  /** Plans the step instead of the targets, once it is one of the person's roles; without it no button is shown. */
  onPlanStep?: (roleId: string) => void;
}

/**
 * "Weigh a job as a step" (issue #15, part 4): the person names any O*NET
 * occupation and hears whether it is a stepping stone toward their long plan's targets, by the
 * rule of the app's own suggestion (weighStep), with the figures behind the verdict. Skillgap does
 * not pick occupations as steps itself: computed ones read as absurd advice (docs/occupations.md).
 * The dialog's body, and with it the occupation catalogue, loads the first time it opens.
 */
export function StepWeigher(props: StepWeigherProps) {
  const { t } = useI18n();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="xs" variant="subtle" style={{ alignSelf: 'flex-start' }} onClick={() => setOpened(true)}>
        {t('plan.step.open')}
      </Button>
      <ModalDialog opened={opened} onClose={() => setOpened(false)} title={t('plan.step.title', { target: props.targets })} size="lg">
        <StepWeigherBody {...props} onPlanned={() => setOpened(false)} />
      </ModalDialog>
    </>
  );
}

function StepWeigherBody({ input, targetMonths, targets, onPlanStep, onPlanned }: StepWeigherProps & { onPlanned: () => void }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [chosen, setChosen] = useState<Occupation | null>(null);
  const today = useToday();
  const state = useOccupations();
  const { save } = useCatalogWrites();
  const role = useMemo(() => (chosen ? roleFromOccupation(chosen, today) : null), [chosen, today]);
  const weighing = useMemo(
    () => (role && chosen && isDescribed(chosen) ? weighStep(input, role, targetMonths) : null),
    [role, chosen, input, targetMonths],
  );
  const title = chosen ? localized(chosen.title, locale) : '';

  const planStep = async () => {
    if (!role || !onPlanStep) return;
    // The step becomes one of the person's roles, as when they add an occupation on Explore.
    const known = input.catalog.roles.some((entry) => entry.id === role.id);
    if (!known && !(await save({ kind: 'role', value: role }))) return;
    onPlanned();
    onPlanStep(role.id);
  };

  return (
    <Stack gap="md">
      <OccupationSearchField
        label={t('plan.step.label')}
        description={t('plan.step.description')}
        placeholder={t('occupations.placeholder')}
        onPick={(occupation) => setChosen(occupation)}
      />
      {chosen && (
        <Paper withBorder p="sm" data-testid="step-weighing">
          <Stack gap="xs">
            <Text fw={600}>
              {title}{' '}
              <Text span size="xs" c="dimmed" className={classes.occupationCode}>
                (O*NET {chosen.code})
              </Text>
            </Text>
            <Text size="sm" data-testid="step-verdict">
              {weighing ? verdictOf(weighing, title, targets, i18n) : t('plan.step.notDescribed', { role: title, min: MIN_DESCRIBED_REQUIREMENTS })}
            </Text>
            {weighing && (
              <Text size="xs" c="dimmed">
                {t('explore.occupationNote')}
              </Text>
            )}
            {weighing?.kind && onPlanStep && (
              <Button size="xs" variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => void planStep()}>
                {t('plan.step.plan')}
              </Button>
            )}
          </Stack>
        </Paper>
      )}
      {state.status === 'ready' && <OccupationSources catalog={state.loaded.catalog} />}
    </Stack>
  );
}

/** The sentence a weighing reads as: a step and how, or the first reason it is not one. */
function verdictOf(weighing: StepWeighing, role: string, target: string, { t, formatDay, formatHours }: I18n): string {
  const share = Math.floor(weighing.towardTarget * 100);
  const gaps = Math.floor(weighing.gapsWithinTarget * 100);
  const hours = formatHours(weighing.hours);
  const date = weighing.readyDate ? formatDay(weighing.readyDate) : '';
  if (weighing.kind === 'on-the-way') return t('plan.step.onTheWay', { role, date, hours, share, gaps, target });
  if (weighing.kind === 'first-job') return t('plan.stone.firstJob', { role, date, hours, target });
  switch (weighing.notAStep) {
    case 'target':
      return t('plan.step.target', { role });
    case 'already-ready':
      return t('plan.step.alreadyReady', { role });
    case 'too-long':
      return t('plan.step.tooLong', { role, date, hours, share, target });
    case 'uncovered':
      return t('plan.step.uncovered', { role, count: weighing.uncovered });
    case 'no-plan':
      return t('plan.step.noPlan', { role });
    default:
      return t('plan.step.offTheWay', { role, hours, share, gaps, target });
  }
}
