export * from './types';
export { analyzeFit, levelsOf, type FitProfile } from './fit';
export { rankRoles } from './rank';
export { compareRoles } from './compare';
export { findSkillsInText, type SkillMention } from './jobAd/findSkills';
export {
  proposeRoleFromAd,
  DEFAULT_AD_LEVEL,
  REPEATED_MENTIONS,
  type AdSkillEvidence,
  type ImportanceReason,
  type ProposeRoleOptions,
  type ProposedRole,
} from './jobAd/proposeRole';
