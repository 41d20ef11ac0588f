import { Alert, Button, Group, Loader, Stack, Stepper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ProfileSchema, describeZodError } from '../../../../core';
import { todayIso } from '../../data/today';
import { MAX_TARGET_ROLES } from '../../components/RolePicker/targetRoles';
import { skillsNeededBy } from '../../components/SkillRatingList/skillNeeds';
import { problemText, useAppData } from '../../data/AppDataProvider';
import { useToday } from '../../data/useToday';
import { useI18n } from '../../i18n';
import { lazyComponent } from '../../lazyComponent';
import { navigate, type Route } from '../../routing';
import { AboutStep } from './AboutStep';
import { LanguageSwitch } from './LanguageSwitch';
import {
  ONBOARDING_STEPS,
  buildProfile,
  firstStepWithIssues,
  initialDraft,
  stepIssues,
  type DraftIssues,
  type OnboardingDraft,
} from './onboardingDraft';

/*
 * Only the first step is on the first screen: the later ones (role cards, rating list, number
 * and date inputs) are chunks of their own, fetched as soon as the first step shows, so Next
 * never waits for them (docs/design.md, first-screen JavaScript budget).
 */
const rolesStep = lazyComponent(() => import('./RolesStep'), 'RolesStep');
const skillsStep = lazyComponent(() => import('./SkillsStep'), 'SkillsStep');
const timeStep = lazyComponent(() => import('./TimeStep'), 'TimeStep');

const LAST_STEP = ONBOARDING_STEPS.length - 1;

/**
 * First run: four short steps asking only what a first plan needs (background, target roles,
 * the skills those roles use, the time available), then the profile is saved in one go.
 */
export function OnboardingScreen(_props: { route: Route }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { catalog, updateProfile, status } = useAppData();
  const today = useToday();
  // The renderer may read the clock: "today" is only a default the person can change.
  const [draft, setDraft] = useState<OnboardingDraft>(() => initialDraft(todayIso()));
  const [active, setActive] = useState(0);
  const [issues, setIssues] = useState<DraftIssues>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const stepMoved = useRef(false);
  // A callback ref: a later step's heading mounts only once its chunk is in, and takes the focus then.
  const headingRef = useCallback((heading: HTMLHeadingElement | null) => {
    if (heading && stepMoved.current) heading.focus();
  }, []);
  const formRef = useRef<HTMLFormElement>(null);
  // Bumped on every refused Next so the first field with a problem gets the focus.
  const [refusals, setRefusals] = useState(0);
  const needed = useMemo(() => skillsNeededBy(catalog, draft.roleIds), [catalog, draft.roleIds]);

  useEffect(() => {
    // Fetched while the person fills in the first step, so Next never waits behind a spinner.
    void Promise.all([rolesStep.load(), skillsStep.load(), timeStep.load()]).catch(() => undefined);
  }, []);

  useEffect(() => {
    if (refusals > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusals]);

  const update = (patch: Partial<OnboardingDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    // A fixed field stops showing its complaint at once.
    setIssues((current) => {
      const rest = { ...current };
      for (const key of Object.keys(patch)) delete rest[key as keyof DraftIssues];
      return rest;
    });
    setSaveError(null);
  };

  const goTo = (step: number) => {
    stepMoved.current = true;
    setIssues({});
    setActive(step);
  };

  const finish = () => {
    const brokenStep = firstStepWithIssues(draft);
    if (brokenStep) {
      goTo(ONBOARDING_STEPS.indexOf(brokenStep));
      setIssues(stepIssues(brokenStep, draft));
      setRefusals((count) => count + 1);
      return;
    }
    const profile = buildProfile(draft, needed, today);
    const checked = ProfileSchema.safeParse(profile);
    if (!checked.success) {
      const problem = describeZodError(checked.error);
      setSaveError(t('onboarding.error.invalidProfile', { detail: problemText(i18n, problem) ?? problem.message }));
      return;
    }
    updateProfile(profile);
    notifications.show({
      title: t('onboarding.done.title'),
      message: t('onboarding.done.body'),
      closeButtonProps: { 'aria-label': t('action.close') },
    });
    // The roles overview ranks every role for the new profile: the first thing worth seeing.
    navigate('#/roles');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = stepIssues(ONBOARDING_STEPS[active], draft);
    if (Object.keys(found).length > 0) {
      setIssues(found);
      setRefusals((count) => count + 1);
      return;
    }
    if (active === LAST_STEP) finish();
    else goTo(active + 1);
  };

  const stepProps = { draft, update, issues, headingRef };
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>{t('onboarding.title')}</Title>
          <Text>{t('onboarding.intro')}</Text>
        </Stack>
        <LanguageSwitch />
      </Group>
      {status.readOnly && (
        <Alert color="orange" title={t('onboarding.readOnlyTitle')}>
          {t('onboarding.readOnlyBody')}
        </Alert>
      )}
      <form ref={formRef} onSubmit={submit} noValidate aria-label={t('onboarding.formLabel')}>
        <Stepper
          active={active}
          onStepClick={(step) => step < active && goTo(step)}
          allowNextStepsSelect={false}
          size="sm"
        >
          <Stepper.Step label={t('onboarding.step.about')} description={t('onboarding.step.aboutHint')}>
            <AboutStep {...stepProps} />
          </Stepper.Step>
          <Stepper.Step label={t('onboarding.step.roles')} description={t('onboarding.step.rolesHint', { max: MAX_TARGET_ROLES })}>
            <Suspense fallback={<Loader size="sm" aria-label={t('app.screenLoading')} />}>
              <rolesStep.View {...stepProps} />
            </Suspense>
          </Stepper.Step>
          <Stepper.Step label={t('onboarding.step.skills')} description={t('onboarding.step.skillsHint')}>
            <Suspense fallback={<Loader size="sm" aria-label={t('app.screenLoading')} />}>
              <skillsStep.View {...stepProps} needed={needed} />
            </Suspense>
          </Stepper.Step>
          <Stepper.Step label={t('onboarding.step.time')} description={t('onboarding.step.timeHint')}>
            <Suspense fallback={<Loader size="sm" aria-label={t('app.screenLoading')} />}>
              <timeStep.View {...stepProps} />
            </Suspense>
          </Stepper.Step>
        </Stepper>
        {saveError && (
          <Alert color="red" role="alert" mt="md" title={t('onboarding.error.cannotFinish')}>
            {saveError}
          </Alert>
        )}
        <Group justify="space-between" mt="xl">
          <Button type="button" variant="default" onClick={() => goTo(active - 1)} disabled={active === 0}>
            {t('action.back')}
          </Button>
          <Group gap="sm">
            <Text size="sm">{t('onboarding.stepOf', { step: active + 1, total: ONBOARDING_STEPS.length })}</Text>
            <Button type="submit" disabled={status.readOnly && active === LAST_STEP}>
              {active === LAST_STEP ? t('onboarding.finish') : t('action.next')}
            </Button>
          </Group>
        </Group>
      </form>
    </Stack>
  );
}
