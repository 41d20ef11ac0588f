export * from './types';
export { analyzeFit, levelsOf, type FitProfile } from './fit';
export { rankRoles } from './rank';
export { compareRoles } from './compare';
export { readinessOverTime, type ReadinessPoint } from './readinessOverTime';
export { findSkillsInText, type SkillMention } from './jobAd/findSkills';
export {
  proposeRoleFromAd,
  jobAdInput,
  DEFAULT_AD_LEVEL,
  MAX_JOB_AD_LENGTH,
  REPEATED_MENTIONS,
  type AdSkillEvidence,
  type ImportanceReason,
  type JobAdInput,
  type ProposeRoleOptions,
  type ProposedRole,
} from './jobAd/proposeRole';
