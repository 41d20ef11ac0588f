/**
 * The schema each channel's payload is parsed with, and a shape check that runs before it: once
 * per request, by the IPC handler table (main/ipc/handlers.ts), which the browser test harness
 * goes through too. Past that edge values are typed and trusted; the store commands
 * (core/store/commands.ts) add the rules a schema cannot hold.
 */
import { z } from 'zod';
import {
  CourseSchema,
  describeZodError,
  HttpUrlSchema,
  IdSchema,
  MAX_LIST,
  PAPER_SIZES,
  PlanSchema,
  ProfileSchema,
  ProgressEntrySchema,
  RoleSchema,
  SettingsSchema,
  CheckInSchema,
  ReviewRecordSchema,
  SkillSchema,
  type AppError,
} from '../../core';
import type { Channel, ChannelPayload } from '../../preload/channels';
import { BACKUP_NAME_PATTERN } from '../store/names';

export const IdTargetSchema = z.strictObject({ id: IdSchema });
export const ActivePlanTargetSchema = z.strictObject({ id: IdSchema.nullable() });
export const CatalogEntryTargetSchema = z.strictObject({ kind: z.enum(['skill', 'role', 'course']), id: IdSchema });
export const BackupTargetSchema = z.strictObject({
  name: z.string().max(200).regex(BACKUP_NAME_PATTERN, 'must be the name of a Skillgap backup'),
});
export const ExternalUrlTargetSchema = z.strictObject({ url: HttpUrlSchema });
/** An import token is a UUID made by main (main/service/exports.ts). */
export const ImportTokenSchema = z.strictObject({ token: z.uuid('must be the token of an import preview') });
export const PlanTargetSchema = z.strictObject({ planId: IdSchema });
export const RoleTargetSchema = z.strictObject({ roleId: IdSchema });
export const PrintTargetSchema = z.strictObject({ planId: IdSchema, paperSize: z.enum(PAPER_SIZES) });

type PayloadSchemas = {
  [C in Channel]: ChannelPayload<C> extends [] ? null : z.ZodType<ChannelPayload<C>[0]>;
};

/** null: the channel takes no payload. */
export const CHANNEL_PAYLOAD_SCHEMAS = {
  'app:status': null,
  'store:load': null,
  'catalog:builtin': null,
  'profile:save': ProfileSchema,
  'settings:save': SettingsSchema,
  'userCatalog:saveSkill': SkillSchema,
  'userCatalog:saveRole': RoleSchema,
  'userCatalog:saveCourse': CourseSchema,
  'userCatalog:remove': CatalogEntryTargetSchema,
  'plans:save': PlanSchema,
  'plans:create': PlanSchema,
  'plans:remove': IdTargetSchema,
  'plans:setActive': ActivePlanTargetSchema,
  'progress:add': ProgressEntrySchema,
  'progress:remove': IdTargetSchema,
  'checkIn:record': CheckInSchema,
  'review:record': ReviewRecordSchema,
  'backups:list': null,
  'backups:restore': BackupTargetSchema,
  'shell:openExternal': ExternalUrlTargetSchema,
  'data:export': null,
  'data:importPreview': null,
  'data:importApply': ImportTokenSchema,
  'plan:exportIcs': PlanTargetSchema,
  'plan:exportCsv': PlanTargetSchema,
  'gaps:exportCsv': RoleTargetSchema,
  'plan:printPdf': PrintTargetSchema,
  'plan:print': PrintTargetSchema,
} as const satisfies PayloadSchemas;

/** Deeper than any payload the schemas accept (a plan's pauses sit at depth 4). */
export const MAX_PAYLOAD_DEPTH = 16;
/** No list in a single payload may hold more (MAX_LIST is the longest any schema allows). */
export const MAX_PAYLOAD_ARRAY = MAX_LIST;
/** Objects and arrays in one payload; a full plan of 5,000 items has about 10,000. */
export const MAX_PAYLOAD_NODES = 100_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Visit {
  value: object;
  depth: number;
  key: string;
  parent: Visit | null;
}

function pathOf(visit: Visit | null, last?: string): string {
  const parts: string[] = last === undefined ? [] : [last];
  for (let at = visit; at && at.parent; at = at.parent) parts.unshift(at.key);
  return parts.join('.');
}

/**
 * Refuses, before a schema ever walks the value: own keys that could pollute a prototype when the
 * value is later copied or merged, nesting deeper than any real payload, and lists or objects
 * larger than any schema allows (so a hostile million-item list costs nothing to refuse).
 * Iterative, so a hostile depth cannot exhaust the stack; paths are only built for the error.
 */
export function checkPayloadShape(payload: unknown): AppError | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const stack: Visit[] = [{ value: payload, depth: 0, key: '', parent: null }];
  let visited = 0;
  const problem = (visit: Visit | null, message: string, last?: string): AppError => {
    const where = pathOf(visit, last);
    return { code: 'invalid-payload', message: `${where ? `"${where}"` : 'the value'}: ${message}`, path: where };
  };
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (visit.depth >= MAX_PAYLOAD_DEPTH) return problem(visit, 'is nested too deeply');
    if ((visited += 1) > MAX_PAYLOAD_NODES) return problem(null, 'is too large');
    for (const key of FORBIDDEN_KEYS) {
      if (Object.hasOwn(value, key)) return problem(visit, 'is a forbidden key', key);
    }
    const prototype = Object.getPrototypeOf(value);
    const isArray = Array.isArray(value);
    if (isArray && value.length > MAX_PAYLOAD_ARRAY) return problem(visit, `has more than ${MAX_PAYLOAD_ARRAY} items`);
    // Dates, Maps and the like are not walked: the schema refuses them where they do not belong.
    if (!isArray && prototype !== Object.prototype && prototype !== null) continue;
    const visitChild = (child: unknown, key: string) => {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: visit.depth + 1, key, parent: visit });
    };
    if (isArray) {
      value.forEach((child, index) => visitChild(child, String(index)));
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > MAX_PAYLOAD_ARRAY) return problem(visit, `has more than ${MAX_PAYLOAD_ARRAY} keys`);
    for (const key of keys) visitChild((value as Record<string, unknown>)[key], key);
  }
  return null;
}

export type ParsedPayload<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Shape check, then the schema; the first problem as a typed error naming the field. */
export function parsePayload<T>(schema: z.ZodType<T>, payload: unknown): ParsedPayload<T> {
  const shapeProblem = checkPayloadShape(payload);
  if (shapeProblem) return { ok: false, error: shapeProblem };
  const parsed = schema.safeParse(payload);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeZodError(parsed.error) };
}
