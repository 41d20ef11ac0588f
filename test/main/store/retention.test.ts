import { backupFileName } from '../../../main/store/names';
import { DEFAULT_RETENTION, isBackupDue, selectBackupsToKeep } from '../../../main/store/retention';
import { DAY, MINUTE } from './support';

const NOW = new Date('2026-11-24T12:00:00.000Z');
const at = (msBeforeNow: number, reason: Parameters<typeof backupFileName>[0] = 'scheduled') =>
  backupFileName(reason, new Date(NOW.getTime() - msBeforeNow));

describe('selectBackupsToKeep', () => {
  it('keeps everything when there are 20 or fewer backups', () => {
    const names = Array.from({ length: 20 }, (_, index) => at(index * 90 * DAY));
    const decision = selectBackupsToKeep(names, NOW);
    expect(decision.remove).toEqual([]);
    expect(decision.keep).toHaveLength(20);
  });

  it('keeps only the newest 20 when every backup is from today', () => {
    // 30 backups ten minutes apart, all today: the newest 20 stay; today's newest is among them.
    const names = Array.from({ length: 30 }, (_, index) => at(index * 10 * MINUTE));
    const decision = selectBackupsToKeep(names, NOW);
    expect(decision.keep).toEqual(names.slice(0, 20));
    expect(decision.remove).toEqual(names.slice(20));
  });

  it('also keeps the newest backup of each older day within 30 days', () => {
    const recent = Array.from({ length: 20 }, (_, index) => at(index * MINUTE));
    const threeDaysAgoLate = at(3 * DAY);
    const threeDaysAgoEarly = at(3 * DAY + 2 * 60 * MINUTE);
    const decision = selectBackupsToKeep([...recent, threeDaysAgoEarly, threeDaysAgoLate], NOW);
    expect(decision.keep).toContain(threeDaysAgoLate);
    expect(decision.remove).toEqual([threeDaysAgoEarly]);
  });

  it('removes the backups of days beyond the 30 most recent days that have backups', () => {
    const recent = Array.from({ length: 20 }, (_, index) => at(index * MINUTE));
    const olderDays = Array.from({ length: 31 }, (_, index) => at((index + 1) * DAY));
    const decision = selectBackupsToKeep([...olderDays, ...recent], NOW);
    // Today and the 29 days before it that have backups; the 30th older day is one too many.
    expect(decision.keep).toEqual([...recent, ...olderDays.slice(0, 29)]);
    expect(decision.remove).toEqual(olderDays.slice(29));
  });

  it('counts days in UTC: two backups on either side of UTC midnight are two days', () => {
    const recent = Array.from({ length: 20 }, (_, index) => at(index * MINUTE));
    const beforeMidnight = backupFileName('scheduled', new Date('2026-11-20T23:59:59.999Z'));
    const afterMidnight = backupFileName('scheduled', new Date('2026-11-21T00:00:00.000Z'));
    const decision = selectBackupsToKeep([...recent, beforeMidnight, afterMidnight], NOW);
    expect(decision.remove).toEqual([]);
  });

  it('treats every reason alike and orders by time, not by name', () => {
    const names = Array.from({ length: 25 }, (_, index) =>
      at(index * MINUTE, index % 2 === 0 ? 'before-restore' : 'scheduled'),
    );
    const decision = selectBackupsToKeep([...names].reverse(), NOW, { keepNewest: 20, dailyDays: 0 });
    expect(decision.keep).toEqual(names.slice(0, 20));
    expect(decision.remove).toEqual(names.slice(20));
  });

  it('never keeps nor removes a file that is not one of our backups', () => {
    const foreign = ['notes.txt', '.skillgap-20261124-120000-000-scheduled.json.partial', 'skillgap.json'];
    const decision = selectBackupsToKeep(foreign, NOW, { keepNewest: 0, dailyDays: 0 });
    expect(decision).toEqual({ keep: [], remove: [] });
  });

  it('never removes a protected backup, such as the one being restored', () => {
    const names = Array.from({ length: 25 }, (_, index) => at(index * MINUTE));
    const decision = selectBackupsToKeep(names, NOW, { keepNewest: 20, dailyDays: 0 }, [names[24]]);
    expect(decision.keep).toEqual([...names.slice(0, 20), names[24]]);
    expect(decision.remove).toEqual(names.slice(20, 24));
  });

  it('uses the policy of the design by default', () => {
    expect(DEFAULT_RETENTION).toEqual({ keepNewest: 20, dailyDays: 30 });
  });

  it('keeps a year of daily backups down to 20 newest plus one per day of the last 30 days', () => {
    // Three backups a day for a year.
    const names = Array.from({ length: 365 * 3 }, (_, index) => at(Math.floor(index / 3) * DAY + (index % 3) * 60 * MINUTE));
    const decision = selectBackupsToKeep(names, NOW);
    // 20 newest cover the last 7 days fully (3 a day) minus one; the other 23 days add one each.
    const keptDays = new Set(decision.keep.map((name) => name.slice(9, 17)));
    expect(keptDays.size).toBe(30);
    expect(decision.keep.length).toBe(20 + (30 - 7));
    expect(decision.keep.length + decision.remove.length).toBe(names.length);
  });
});

describe('a clock that was wrong', () => {
  const ahead = (ms: number) => backupFileName('scheduled', new Date(NOW.getTime() + ms));

  it('keeps backups stamped in the future, but they take none of the newest slots', () => {
    // The clock was a year ahead for a while, then came back: 25 backups from "next year".
    const future = Array.from({ length: 25 }, (_, index) => ahead(365 * DAY - index * MINUTE));
    const recent = Array.from({ length: 22 }, (_, index) => at(index * 10 * MINUTE));
    const decision = selectBackupsToKeep([...future, ...recent], NOW);
    expect(decision.keep).toEqual([...future, ...recent.slice(0, 20)]);
    expect(decision.remove).toEqual(recent.slice(20));
  });

  it('keeps the dailies of the days that have backups when the clock jumps far ahead', () => {
    const beforeJump = NOW.getTime();
    const daily = Array.from({ length: 30 }, (_, index) => backupFileName('scheduled', new Date(beforeJump - index * DAY)));
    const extra = Array.from({ length: 5 }, (_, index) => backupFileName('scheduled', new Date(beforeJump - index * DAY - 60 * MINUTE)));
    const decision = selectBackupsToKeep([...daily, ...extra], new Date(beforeJump + 5 * 365 * DAY), { keepNewest: 0, dailyDays: 30 });
    expect(decision.keep).toEqual(daily);
    expect(decision.remove.sort()).toEqual([...extra].sort());
  });
});

describe('isBackupDue', () => {
  const last = new Date('2026-11-24T12:00:00.000Z');
  const interval = 10 * MINUTE;

  it('is due when there is no backup yet, or the last one is at least an interval old', () => {
    expect(isBackupDue(null, NOW, interval)).toBe(true);
    expect(isBackupDue(last, new Date(last.getTime() + interval - 1), interval)).toBe(false);
    expect(isBackupDue(last, new Date(last.getTime() + interval), interval)).toBe(true);
  });

  it('is due when the last backup is stamped after now: the clock went back', () => {
    expect(isBackupDue(new Date(last.getTime() + 365 * DAY), last, interval)).toBe(true);
    expect(isBackupDue(new Date(last.getTime() + 1), last, interval)).toBe(true);
  });
});
