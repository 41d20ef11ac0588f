/**
 * A store written by a newer Skillgap is opened read-only: it is shown, never written. We cannot
 * know its shape, so this reads what it can of it in the current shape, field by field and list
 * item by list item, and leaves out whatever does not fit. Nothing here is ever saved.
 */
import type { z } from 'zod';
import { emptyStoreData, StoreDataSchema, type StoreData } from '../model/store';

export interface NewerStoreView {
  data: StoreData;
  /** Top-level fields and list items that could not be shown, as "plans.3" or "settings". */
  skipped: string[];
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The element schema of an array schema, or undefined for anything else. */
function elementSchema(schema: z.ZodType): z.ZodType | undefined {
  const def = (schema as { def?: { type?: string; element?: z.ZodType } }).def;
  return def?.type === 'array' ? def.element : undefined;
}

function readList(raw: unknown, schema: z.ZodType, path: string, skipped: string[]): unknown[] | undefined {
  const element = elementSchema(schema);
  if (!element || !Array.isArray(raw)) return undefined;
  const kept: unknown[] = [];
  raw.forEach((item, index) => {
    const parsed = element.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
    else skipped.push(`${path}.${index}`);
  });
  // The whole list must still pass (length limits, duplicates), else nothing of it is shown.
  return schema.safeParse(kept).success ? kept : undefined;
}

export function readNewerStore(raw: unknown): NewerStoreView {
  const view: Record<string, unknown> = { ...emptyStoreData() };
  const skipped: string[] = [];
  if (!isPlainRecord(raw)) return { data: emptyStoreData(), skipped: ['(root)'] };

  const shape = StoreDataSchema.shape;
  for (const key of ['profile', 'settings', 'activePlanId'] as const) {
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success) view[key] = parsed.data;
    else skipped.push(key);
  }
  for (const key of ['plans', 'progress'] as const) {
    const list = readList(raw[key], shape[key], key, skipped);
    if (list) view[key] = list;
    else if (raw[key] !== undefined) skipped.push(key);
  }
  const rawCatalog = isPlainRecord(raw.userCatalog) ? raw.userCatalog : {};
  const catalogShape = shape.userCatalog.shape;
  const catalog: Record<string, unknown> = { skills: [], roles: [], courses: [] };
  for (const key of ['skills', 'roles', 'courses'] as const) {
    const list = readList(rawCatalog[key], catalogShape[key], `userCatalog.${key}`, skipped);
    if (list) catalog[key] = list;
  }
  view.userCatalog = catalog;

  const plans = view.plans as StoreData['plans'];
  if (view.activePlanId !== null && !plans.some((plan) => plan.id === view.activePlanId)) {
    view.activePlanId = null;
    skipped.push('activePlanId');
  }

  // Each part passed on its own; the whole is checked once more so the view is always a StoreData.
  const checked = StoreDataSchema.safeParse(view);
  return checked.success ? { data: checked.data, skipped } : { data: emptyStoreData(), skipped: ['(root)'] };
}
