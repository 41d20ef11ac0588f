/** A valid call of every channel, and the service method (or dependency) it must reach. */
import type { SkillgapService } from '../../../main/service/service';
import type { Channel } from '../../../preload/channels';
import {
  sampleCourse,
  samplePlan,
  sampleProfile,
  sampleProgress,
  sampleRole,
  sampleSettings,
  sampleSkill,
} from './samples';

export const VALID_CALLS: Record<Channel, { args: unknown[]; method: keyof SkillgapService | 'openInBrowser' }> = {
  'app:status': { args: [], method: 'status' },
  'store:load': { args: [], method: 'load' },
  'catalog:builtin': { args: [], method: 'builtinCatalog' },
  'profile:save': { args: [sampleProfile()], method: 'saveProfile' },
  'settings:save': { args: [sampleSettings], method: 'saveSettings' },
  'userCatalog:saveSkill': { args: [sampleSkill()], method: 'saveUserSkill' },
  'userCatalog:saveRole': { args: [sampleRole()], method: 'saveUserRole' },
  'userCatalog:saveCourse': { args: [sampleCourse()], method: 'saveUserCourse' },
  'userCatalog:remove': { args: [{ kind: 'role', id: 'ai-content-strategist' }], method: 'removeUserEntry' },
  'plans:save': { args: [samplePlan()], method: 'savePlan' },
  'plans:create': { args: [samplePlan()], method: 'createPlan' },
  'plans:remove': { args: [{ id: 'plan-content-strategist' }], method: 'removePlan' },
  'plans:setActive': { args: [{ id: null }], method: 'setActivePlan' },
  'progress:add': { args: [sampleProgress()], method: 'addProgress' },
  'progress:remove': { args: [{ id: 'log-1' }], method: 'removeProgress' },
  'checkIn:record': { args: [{ weekStart: '2027-01-11', outcome: 'declined' }], method: 'recordCheckIn' },
  'review:record': { args: [{ planId: 'plan-content-strategist', itemId: 'item-1', weeks: 2, date: '2027-01-25' }], method: 'recordReview' },
  'backups:list': { args: [], method: 'listBackups' },
  'backups:restore': { args: [{ name: 'skillgap-20261124-090000-000-scheduled.json' }], method: 'restoreBackup' },
  'shell:openExternal': { args: [{ url: 'https://www.coursera.org/learn/python' }], method: 'openInBrowser' },
  'data:export': { args: [], method: 'exportData' },
  'data:importPreview': { args: [], method: 'previewImport' },
  'data:importApply': { args: [{ token: '2f1c9a7e-4b1d-4c6e-9a8f-0e5d3b7c1a2f' }], method: 'applyImport' },
  'plan:exportIcs': { args: [{ planId: 'plan-content-strategist' }], method: 'exportPlanIcs' },
  'plan:exportCsv': { args: [{ planId: 'plan-content-strategist' }], method: 'exportPlanCsv' },
  'gaps:exportCsv': { args: [{ roleId: 'ai-content-strategist' }], method: 'exportGapsCsv' },
  'plan:printPdf': { args: [{ planId: 'plan-content-strategist', paperSize: 'a4' }], method: 'printPlanPdf' },
  'plan:print': { args: [{ planId: 'plan-content-strategist', paperSize: 'letter' }], method: 'printPlan' },
};

