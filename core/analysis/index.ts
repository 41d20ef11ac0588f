export * from './types';
export { analyzeFit, fitProfileOf, levelsOf, readinessFigures, requirementPoints, type FitProfile, type ReadinessFigures } from './fit';
export { rankRoles } from './rank';
// compareRoles (./compare) and readinessOverTime (./readinessOverTime) are imported from their
// files: only the compare and role screens use them, so they stay out of the chunk every first
// screen loads.
// The reader itself is imported from './jobAd' (see there why); its types and input limits are free.
export type { SkillMention } from './jobAd/findSkills';
export type { AdSkillEvidence, ImportanceReason, ProposeRoleOptions, ProposedRole } from './jobAd/proposeRole';
export { jobAdInput, MAX_JOB_AD_LENGTH, type JobAdInput } from './jobAd/input';
