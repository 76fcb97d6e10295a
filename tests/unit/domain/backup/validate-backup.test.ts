import { describe, expect, test } from 'vitest';
import { parseBackupText, validateBackup } from '@/utils/domain/backup/validate-backup';
import { DB_VERSION } from '@/utils/domain/db/schema';
import { DATA_EXPORT_VERSION } from '@/utils/domain/export/data-export';
import {
  SAMPLE_DAYS,
  SAMPLE_META,
  SAMPLE_OVERRIDES,
  SAMPLE_RULES,
  SAMPLE_SETTINGS,
  SAMPLE_SERVES,
  SAMPLE_TAGS,
} from './sample-data';

const good = () =>
  JSON.parse(
    JSON.stringify({
      format: 'polarity-data',
      version: DATA_EXPORT_VERSION,
      exportedAt: '2026-11-25T12:00:00.000Z',
      dbVersion: DB_VERSION,
      settings: SAMPLE_SETTINGS,
      rules: SAMPLE_RULES,
      days: SAMPLE_DAYS,
      tags: SAMPLE_TAGS,
      serves: SAMPLE_SERVES,
      overrides: SAMPLE_OVERRIDES,
      meta: SAMPLE_META,
    }),
  );

// JSON.parse's type: the tests edit the file freely, as a broken one would be.
type BackupFile = ReturnType<typeof good>;

const reason = (value: unknown) => {
  const r = validateBackup(value);
  if (r.ok) throw new Error('accepted');
  return r.reason;
};

/** The good file with one change made by `edit`. */
const bad = (edit: (f: BackupFile) => void) => {
  const f = good();
  edit(f);
  return reason(f);
};

test('a whole export passes, unchanged', () => {
  const r = validateBackup(good());
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const expected = good();
  delete expected.format;
  expect(r.backup).toEqual(expected);
});

test('time blocks and a time-block rule are accepted', () => {
  const f = good();
  f.days[0].events[1].timeBlock = true;
  f.rules.push({ id: 'tb', when: { type: 'timeBlock' }, category: 'innovation' });
  const r = validateBackup(f);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.backup.days[0]!.events[1]!.timeBlock).toBe(true);
  expect(r.backup.rules?.at(-1)).toEqual({
    id: 'tb',
    when: { type: 'timeBlock' },
    category: 'innovation',
  });
});

test('a version 1 export (no rules, no meta) passes; its settings gain the preset', () => {
  const f = good();
  f.version = 1;
  f.dbVersion = 1;
  delete f.rules;
  delete f.meta;
  delete f.settings.targetPreset;
  f.settings.targetPercent = 25;
  const r = validateBackup(f);
  expect(r.ok && r.backup.settings.targetPreset).toBe('75/25');
  expect(r.ok && [r.backup.rules, r.backup.meta]).toEqual([undefined, undefined]);
});

describe('refused whole, with the reason', () => {
  test.each([
    ['no object', [], 'The file is not a Polarity backup: it holds no object.'],
    ['no format', { days: [] }, 'The file is not a Polarity backup: it has no "format" field.'],
    [
      'another format',
      { format: 'ics' },
      'The file is not a Polarity backup: its format is "ics".',
    ],
  ])('foreign file: %s', (_, value, expected) => {
    expect(reason(value)).toBe(expected);
  });

  test('a newer format or database', () => {
    expect(bad((f) => (f.version = 3))).toBe(
      'The backup was made by a newer Polarity (format version 3); update Polarity to restore it.',
    );
    expect(bad((f) => (f.dbVersion = DB_VERSION + 1))).toMatch(/newer Polarity \(database version/);
  });

  test.each([
    ['a missing store', (f: BackupFile) => delete f.tags, 'In the file, tags must be a list.'],
    [
      'a bad setting',
      (f: BackupFile) => (f.settings.targetPercent = 0),
      'In the file, settings.targetPercent must be a whole number from 1 to 99.',
    ],
    [
      'a missing setting',
      (f: BackupFile) => delete f.settings.workingDays,
      'In the file, settings.workingDays is missing.',
    ],
    [
      'a bad event time',
      (f: BackupFile) => (f.days[0].events[1].start = '14:00'),
      'In the file, days[0].events[1].start must be a number.',
    ],
    [
      'a bad time-block mark',
      (f: BackupFile) => (f.days[0].events[1].timeBlock = 'yes'),
      'In the file, days[0].events[1].timeBlock must be true when present.',
    ],
    [
      'a bad day key',
      (f: BackupFile) => (f.days[1].day = '2026-02-30'),
      'In the file, days[1].day must be a day written yyyy-MM-dd.',
    ],
    [
      'a bad kind',
      (f: BackupFile) => (f.days[2].events[0].kind = 'meeting'),
      'In the file, days[2].events[0].kind must be one of "timed", "allday", "task", "working-location", "out-of-office", "holiday", "birthday".',
    ],
    [
      'a bad tag',
      (f: BackupFile) => (f.tags[1].category = 'fun'),
      'In the file, tags[1].category must be one of "execution", "innovation", "excluded".',
    ],
    [
      'a bad override',
      (f: BackupFile) => (f.overrides[0].by.title = 5),
      'In the file, overrides[0].by.title must be text.',
    ],
    [
      'a bad nudge state',
      (f: BackupFile) => (f.overrides[0].nudge = 'maybe'),
      'In the file, overrides[0].nudge must be one of "held", "sent", "skipped".',
    ],
    [
      'a meta without value',
      (f: BackupFile) => delete f.meta[0].value,
      'In the file, meta[0].value must be a whole number from 0 to 999.',
    ],
    [
      'a repeated day',
      (f: BackupFile) => f.days.push(f.days[0]),
      'In the file, days[4] repeats days[0] (same key).',
    ],
    [
      'a repeated tag',
      (f: BackupFile) => f.tags.push({ ...f.tags[2], category: 'innovation' }),
      'In the file, tags[3] repeats tags[2] (same key).',
    ],
    [
      'a broken rule',
      (f: BackupFile) => (f.rules[0].when.pattern = '(okr'),
      /^In the file, rules\[0\] is not valid: Not a valid regular expression: .*Unterminated group\.$/,
    ],
    [
      'a foreign rule',
      (f: BackupFile) => (f.rules[1].when = { type: 'script', code: 'x' }),
      'In the file, rules[1] is not a rule Polarity can use.',
    ],
    [
      'no rules in version 2',
      (f: BackupFile) => delete f.rules,
      'In the file, rules must be a list.',
    ],
    [
      'a bad date',
      (f: BackupFile) => (f.exportedAt = 'yesterday'),
      'In the file, exportedAt must be a date and time.',
    ],
  ])('%s', (_, edit, expected) => {
    if (typeof expected === 'string') expect(bad(edit)).toBe(expected);
    else expect(bad(edit)).toMatch(expected);
  });
});

describe('from the file text', () => {
  const text = JSON.stringify(good(), null, 2);

  test('the exported text passes', () => {
    expect(parseBackupText(text).ok).toBe(true);
  });

  test('a truncated file is refused as incomplete JSON, at any cut', () => {
    for (const cut of [1, 100, Math.floor(text.length / 2), text.length - 1]) {
      const r = parseBackupText(text.slice(0, cut));
      expect(r.ok).toBe(false);
      expect(!r.ok && r.reason).toMatch(
        /^The file is not complete JSON \(cut off, or not a backup\): /,
      );
    }
  });

  test('empty and non-JSON files', () => {
    expect(parseBackupText('  ')).toEqual({
      ok: false,
      reason: 'The file is empty.',
      because: { key: 'check_file_empty' },
    });
    expect(parseBackupText('BEGIN:VCALENDAR')).toMatchObject({
      ok: false,
      because: { key: 'check_file_not_json' },
    });
    expect(parseBackupText('"a string"')).toEqual({
      ok: false,
      reason: 'The file is not a Polarity backup: it holds no object.',
      because: { key: 'check_file_no_object' },
    });
  });

  test('a hostile file cannot pollute prototypes', () => {
    const r = parseBackupText(text.replace('{', '{"__proto__": {"polluted": 1},'));
    expect(r.ok).toBe(true);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });
});

describe('"serves" links', () => {
  test('a file from before them (no serves field) restores with none', () => {
    const f = good();
    delete f.serves;
    const r = validateBackup(f);
    expect(r.ok && r.backup.serves).toEqual([]);
  });

  test('a bad link refuses the whole file, naming it', () => {
    expect(bad((f) => (f.serves = {}))).toBe('In the file, serves must be a list.');
    expect(bad((f) => (f.serves[0].target.kind = 'person'))).toMatch(
      /^In the file, serves\[0\]\.target\.kind /,
    );
    expect(bad((f) => delete f.serves[0].target)).toMatch(/^In the file, serves\[0\]\.target /);
    expect(bad((f) => (f.serves[0].scope = 'calendar'))).toMatch(
      /^In the file, serves\[0\]\.scope /,
    );
    expect(bad((f) => (f.serves[0].at = -5))).toMatch(/^In the file, serves\[0\]\.at /);
    expect(
      bad((f) => (f.serves[0].target = { kind: 'title', key: 'other', title: 'Ops review' })),
    ).toBe("In the file, serves[0].target.key must be its title's key.");
    expect(bad((f) => f.serves.push({ ...f.serves[0] }))).toMatch(/^In the file, serves/);
  });

  test('a title link whose key is its title folded passes', () => {
    const f = good();
    f.serves[0].target = { kind: 'title', key: 'weekly  ops review', title: ' Weekly  Ops review' };
    expect(validateBackup(f).ok).toBe(false);
    f.serves[0].target.key = 'weekly ops review';
    expect(validateBackup(f).ok).toBe(true);
  });
});
