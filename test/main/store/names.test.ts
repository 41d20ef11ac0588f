import {
  backupFileName,
  BACKUP_NAME_PATTERN,
  corruptFileName,
  formatStamp,
  parseBackupName,
} from '../../../main/store/names';

describe('backup and corrupt file names', () => {
  const when = new Date('2026-03-07T04:05:06.007Z');

  it('stamps in UTC as yyyyMMdd-HHmmss-SSS', () => {
    expect(formatStamp(when)).toBe('20260307-040506-007');
  });

  it('names backups and corrupt files with the stamp', () => {
    expect(backupFileName('before-restore', when)).toBe('skillgap-20260307-040506-007-before-restore.json');
    expect(corruptFileName(when)).toBe('skillgap.corrupt-20260307-040506-007.json');
  });

  it('parses its own names back', () => {
    for (const reason of ['scheduled', 'before-migration', 'before-import', 'before-restore'] as const) {
      const parsed = parseBackupName(backupFileName(reason, when));
      expect(parsed).toEqual({ name: backupFileName(reason, when), createdAt: when, reason });
    }
  });

  it.each([
    '../skillgap-20260307-040506-007-scheduled.json',
    'backups/skillgap-20260307-040506-007-scheduled.json',
    'skillgap-20260307-040506-007-scheduled.json/../../etc/passwd',
    '..\\skillgap-20260307-040506-007-scheduled.json',
    'skillgap-20260307-040506-007-hourly.json',
    'skillgap-20261307-040506-007-scheduled.json',
    'skillgap-20260230-040506-007-scheduled.json',
    'skillgap-20260307-250506-007-scheduled.json',
    'skillgap.json',
    '',
  ])('refuses %j', (name) => {
    expect(parseBackupName(name)).toBeNull();
  });

  it('the pattern is anchored at both ends', () => {
    expect(BACKUP_NAME_PATTERN.test(`x${backupFileName('scheduled', when)}`)).toBe(false);
    expect(BACKUP_NAME_PATTERN.test(`${backupFileName('scheduled', when)}x`)).toBe(false);
  });
});
