/**
 * Child process of kill.test.ts: opens the real service on the given folder and saves profile
 * names counter-1, counter-2, ... one after the other, printing "ack N" once save N is on disk.
 * The parent kills it with SIGKILL at a random moment and checks the file.
 */
import { createSkillgapService } from '../../../main/service/service';
import type { Profile } from '../../../core';

const dataDirectory = process.argv[2];
if (!dataDirectory) {
  console.error('usage: kill-writer <data directory>');
  process.exit(64);
}

const profile = (counter: number): Profile => ({
  name: `counter-${counter}`,
  background: 'it-support',
  skills: [{ skillId: 'linux-administration', level: 2, note: 'x'.repeat(counter % 500) }],
  targetRoleIds: ['data-center-technician'],
  weeklyHours: 10,
  studyDays: [1, 2, 3, 4, 5],
  startDate: '2027-01-04',
});

const service = await createSkillgapService({
  dataDirectory,
  builtinCatalog: { version: 'kill-test', skills: [], roles: [], courses: [] },
  appVersion: 'kill-test',
  writeDelayMs: 0,
});
const loaded = await service.load();
if (!loaded.ok) {
  console.error(loaded.error.message);
  process.exit(2);
}
let counter = Number(/^counter-(\d+)$/.exec(loaded.value.profile?.name ?? '')?.[1] ?? 0);
const status = await service.status();
process.stdout.write(`ready ${counter} ${status.ok && status.value.recovery ? 'recovered' : 'clean'}\n`);

for (;;) {
  counter += 1;
  const saved = await service.saveProfile(profile(counter));
  if (!saved.ok) {
    console.error(saved.error.message);
    process.exit(3);
  }
  // Synchronous on a pipe under Linux: once written, the parent will see it even after SIGKILL.
  process.stdout.write(`ack ${counter}\n`);
}
