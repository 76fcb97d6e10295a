import { afterEach, expect, test } from 'vitest';
import { backupHandlers } from '@/utils/background/backup-handlers';
import { validateBackup } from '@/utils/domain/backup/validate-backup';
import { getLastAccount } from '@/utils/domain/db/meta';
import { openPolarityDb, type Db } from '@/utils/domain/db/schema';
import { dumpDb, fillSample, sampleFile } from './sample-data';

// The files the issue found accepted ("Nothing reaches the data unchecked"):
// each is refused with its field named, or accepted with only checked fields.

type File = ReturnType<typeof sampleFile>;
const reasonFor = (edit: (f: File) => void) => {
  const f = sampleFile();
  edit(f);
  const r = validateBackup(f);
  return r.ok ? 'accepted' : r.reason;
};

let n = 0;
const dbs: Db[] = [];
afterEach(() => dbs.splice(0).forEach((d) => d.close()));

test.each([
  ['a text lastAccount', (f: File) => (f.meta[0].value = 'x'), /meta\[0\]\.value must be a whole/],
  ['a negative lastAccount', (f: File) => (f.meta[0].value = -1), /meta\[0\]\.value/],
  ['an object lastAccount', (f: File) => (f.meta[0].value = { a: 1 }), /meta\[0\]\.value/],
  ['a huge lastAccount', (f: File) => (f.meta[0].value = 1e308), /meta\[0\]\.value/],
  [
    'a start after its end',
    (f: File) => (f.days[0].events[0].start = f.days[0].events[0].end + 1),
    /days\[0\]\.events\[0\]\.start must not be after its end/,
  ],
  [
    'an event filed under another day',
    (f: File) => (f.days[0].events[0].day = '2026-11-24'),
    /days\[0\]\.events\[0\]\.day must be the day's own \(2026-11-23\)/,
  ],
  ['an account of 1e308', (f: File) => (f.days[0].account = 1e308), /days\[0\]\.account/],
  ['a tag account of 1e308', (f: File) => (f.tags[0].account = 1e308), /tags\[0\]\.account/],
  [
    'a colour of url(...)',
    (f: File) => (f.days[0].events[0].color = 'url(https://example.com/x.png)'),
    /days\[0\]\.events\[0\]\.color must be a colour/,
  ],
  [
    'an id with a quote',
    (f: File) => (f.tags[0].id = 'a"]{}body{x:y}'),
    /tags\[0\]\.id must be an id/,
  ],
  [
    'a status for another account',
    (f: File) => (f.meta[1].value.account = 5),
    /meta\[1\]\.value\.account must be 0/,
  ],
  ['a time in the year 5000', (f: File) => (f.tags[0].at = 95_617_584_000_000), /tags\[0\]\.at/],
])('refused: %s', (_, edit, reason) => {
  expect(reasonFor(edit)).toMatch(reason);
});

test('unknown fields, own __proto__ and constructor keys and deep extra branches are dropped', () => {
  let deep: unknown = {};
  for (let i = 0; i < 100_000; i++) deep = { deep };
  const text = JSON.stringify(sampleFile()).replace(
    '{"account":0,"day":"2026-11-23"',
    '{"__proto__":{"x":1},"constructor":{"y":2},"account":0,"day":"2026-11-23"',
  );
  const f = JSON.parse(text) as File;
  expect(Object.hasOwn(f.days[0], '__proto__')).toBe(true);
  f.days[0].extra = deep;
  f.tags[0].note = 'not a field';
  f.meta.push({ key: 'someone-else', value: { a: 1 } });
  const r = validateBackup(f);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const day = r.backup.days[0]!;
  expect(Object.keys(day).sort()).toEqual(['account', 'day', 'events', 'full', 'seenAt']);
  expect(Object.hasOwn(day, '__proto__')).toBe(false);
  expect(Object.hasOwn(day, 'constructor')).toBe(false);
  expect(Object.keys(r.backup.tags[0]!)).not.toContain('note');
  expect(r.backup.meta!.map((m) => m.key)).not.toContain('someone-else');
});

test('a refused restore changes nothing, and the data stays readable', async () => {
  const db = await openPolarityDb(`hostile-${n++}`);
  dbs.push(db);
  await fillSample(db);
  const before = await dumpDb(db);
  const handlers = backupHandlers({
    db: Promise.resolve(db),
    run: (job) => job(),
    prune: () => Promise.resolve({ keptFrom: '', days: 0, overrides: 0, tags: 0, serves: 0 }),
    onChange: () => Promise.resolve(),
  });
  const f = sampleFile();
  f.meta[0].value = { not: 'an account' };
  const answer = await handlers.restoreBackup({ backup: f }, {});
  expect(answer).toMatchObject({ ok: false, reason: expect.stringMatching(/meta\[0\]\.value/) });
  expect(await dumpDb(db)).toEqual(before);
  expect(await getLastAccount(db)).toBe(0);
});
