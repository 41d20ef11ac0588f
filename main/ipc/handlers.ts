/**
 * The IPC handler table: one function per channel of preload/channels.ts, taking the raw
 * arguments the renderer sent. Each handler checks the number of arguments, checks the payload's
 * shape (no prototype keys, no absurd nesting) and parses it with its core schema; any problem is
 * answered with fail('invalid-payload', message naming the field, path) before the service is
 * touched. Handlers never throw: an unexpected error becomes fail('io-failure').
 *
 * Electron-free: main/ipc/register.ts connects this table to ipcMain behind the sender check.
 */
import { fail, ok, unexpectedFailure, type AppError, type Result } from '../../core';
import type { Channel, ChannelPayload, ChannelResult } from '../../preload/channels';
import { CHANNEL_PAYLOAD_SCHEMAS, parsePayload } from '../service/payloads';
import type { SkillgapService } from '../service/service';

export { CHANNEL_PAYLOAD_SCHEMAS };

export type ChannelHandlers = { [C in Channel]: (args: unknown[]) => Promise<ChannelResult<C>> };

export interface ChannelHandlerDependencies {
  /** Opens an http(s) address in the system browser; the glue applies its stricter URL check. */
  openInBrowser(url: string): Promise<void>;
}

function arityProblem(channel: Channel, args: unknown): { ok: false; error: AppError } | null {
  const expected = CHANNEL_PAYLOAD_SCHEMAS[channel] === null ? 0 : 1;
  if (!Array.isArray(args) || args.length !== expected) {
    const got = Array.isArray(args) ? args.length : 'no argument list';
    return fail('invalid-payload', `"${channel}" takes ${expected} argument(s), got ${got}`);
  }
  return null;
}

/** Checked against ChannelHandlers where the table is built, channel by channel. */
function handler<C extends Channel, V>(
  channel: C,
  call: (...payload: ChannelPayload<C>) => Promise<Result<V>>,
): (args: unknown[]) => Promise<Result<V>> {
  const schema = CHANNEL_PAYLOAD_SCHEMAS[channel];
  return async (args) => {
    try {
      const badArity = arityProblem(channel, args);
      if (badArity) return badArity;
      if (schema === null) return await call(...([] as unknown as ChannelPayload<C>));
      const parsed = parsePayload(schema as never, args[0]);
      if (!parsed.ok) return parsed;
      return await call(...([parsed.value] as ChannelPayload<C>));
    } catch (error) {
      return unexpectedFailure(channel, error);
    }
  };
}

export function createChannelHandlers(service: SkillgapService, deps: ChannelHandlerDependencies): ChannelHandlers {
  const handlers: ChannelHandlers = {
    'app:status': handler('app:status', () => service.status()),
    'store:load': handler('store:load', () => service.load()),
    'catalog:builtin': handler('catalog:builtin', () => service.builtinCatalog()),
    'profile:save': handler('profile:save', (payload) => service.saveProfile(payload)),
    'settings:save': handler('settings:save', (payload) => service.saveSettings(payload)),
    'userCatalog:saveSkill': handler('userCatalog:saveSkill', (payload) => service.saveUserSkill(payload)),
    'userCatalog:saveRole': handler('userCatalog:saveRole', (payload) => service.saveUserRole(payload)),
    'userCatalog:saveCourse': handler('userCatalog:saveCourse', (payload) => service.saveUserCourse(payload)),
    'userCatalog:remove': handler('userCatalog:remove', (payload) => service.removeUserEntry(payload)),
    'plans:save': handler('plans:save', (payload) => service.savePlan(payload)),
    'plans:create': handler('plans:create', (payload) => service.createPlan(payload)),
    'plans:remove': handler('plans:remove', (payload) => service.removePlan(payload)),
    'plans:setActive': handler('plans:setActive', (payload) => service.setActivePlan(payload)),
    'progress:add': handler('progress:add', (payload) => service.addProgress(payload)),
    'progress:remove': handler('progress:remove', (payload) => service.removeProgress(payload)),
    'checkIn:record': handler('checkIn:record', (payload) => service.recordCheckIn(payload)),
    'review:record': handler('review:record', (payload) => service.recordReview(payload)),
    'backups:list': handler('backups:list', () => service.listBackups()),
    'backups:restore': handler('backups:restore', (payload) => service.restoreBackup(payload)),
    'shell:openExternal': handler('shell:openExternal', async (target) => {
      await deps.openInBrowser(target.url);
      return ok(null);
    }),
    'data:export': handler('data:export', () => service.exportData()),
    'data:importPreview': handler('data:importPreview', () => service.previewImport()),
    'data:importApply': handler('data:importApply', (payload) => service.applyImport(payload)),
    'plan:exportIcs': handler('plan:exportIcs', (payload) => service.exportPlanIcs(payload)),
    'plan:exportCsv': handler('plan:exportCsv', (payload) => service.exportPlanCsv(payload)),
    'gaps:exportCsv': handler('gaps:exportCsv', (payload) => service.exportGapsCsv(payload)),
    'plan:printPdf': handler('plan:printPdf', (payload) => service.printPlanPdf(payload)),
    'plan:print': handler('plan:print', (payload) => service.printPlan(payload)),
  };
  return handlers;
}
