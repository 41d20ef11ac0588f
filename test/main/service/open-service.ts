/** Opens the real service on a temp folder with a manual clock, for the service tests. */
import path from 'node:path';
import type { StoreData } from '../../../core';
import { createSkillgapService, type SkillgapService, type SkillgapServiceOptions } from '../../../main/service/service';
import { manualClock, readStoreData } from '../store/support';
import { sampleCatalog } from './samples';

export const clock = manualClock();

export const openService = (dataDirectory: string, extra: Partial<SkillgapServiceOptions> = {}) =>
  createSkillgapService({
    dataDirectory,
    builtinCatalog: sampleCatalog,
    appVersion: '0.1.0',
    now: clock.now,
    writeDelayMs: 5,
    ...extra,
  });

export const readDisk = (dir: string): StoreData => readStoreData(path.join(dir, 'skillgap.json')) as StoreData;

export async function loaded(service: SkillgapService): Promise<StoreData> {
  const result = await service.load();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
