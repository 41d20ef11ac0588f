import type { Ref } from 'react';
import type { OnboardingDraft, DraftIssues } from './onboardingDraft';

/** What every onboarding step receives from the stepper. */
export interface StepProps {
  draft: OnboardingDraft;
  update: (patch: Partial<OnboardingDraft>) => void;
  issues: DraftIssues;
  /** The step's heading; focused when the step opens so keyboard and screen-reader users land on it. */
  headingRef: Ref<HTMLHeadingElement>;
}
