/**
 * The job-ad reader. Not re-exported by core/index.ts: its stemmers weigh more than the rest of
 * the core, and the renderer runs it in a worker (renderer/src/components/JobAdImport), so the
 * first screen never loads it. Import from here.
 */
export { findSkillsInText, type SkillMention } from './findSkills';
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
} from './proposeRole';
