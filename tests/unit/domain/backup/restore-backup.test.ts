import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetData } from '@/utils/domain/backup/reset-data';
import { restoreBackup } from '@/utils/domain/backup/restore-backup';
import { parseBackupText, type Backup } from '@/utils/domain/backup/validate-backup';
import { openPolarityDb, type Db } from '@/utils/domain/db/schema';
import { buildDataExport } from '@/utils/domain/export/data-export';
import { getRules } from '@/utils/domain/rules/get-rules';
import {
  DEFAULT_SETTINGS,
  getSettings,
  rulesItem,
  settingsItem,
} from '@/utils/domain/settings/settings';
import { commitFailsWithQuota, putFailsWithQuota, syncStorageFull } from './quota-fakes';
import {
  at,
  dumpDb,
  fillSample,
  SAMPLE_DAYS,
  SAMPLE_RULES,
  SAMPLE_SETTINGS,
  sampleDay,
} from './sample-data';

const now = at(2026, 11, 25, 12);
let n = 0;
afterEach(() => vi.restoreAllMocks());

/** A database holding the sample, with the sample settings and rules in sync storage. */
async function sample(): Promise<Db> {
  const db = await openPolarityDb(`restore-${n++}`);
  await fillSample(db);
  await settingsItem.setValue(SAMPLE_SETTINGS);
  await rulesItem.setValue(SAMPLE_RULES);
  return db;
}

/** Export → JSON text → parsed and validated, as a file goes through the options page. */
async function backupOf(db: Db): Promise<{ text: string; backup: Backup }> {
  const text = JSON.stringify(await buildDataExport(db, await getSettings(), now), null, 2);
  const check = parseBackupText(text);
  if (!check.ok) throw new Error(check.reason);
  return { text, backup: check.backup };
}

/** Something else in every store and in sync storage: what a restore must replace. */
async function scribble(db: Db) {
  await db.clear('tags');
  await db.put('days', sampleDay(3, [2026, 1, 1], []));
  await db.put('meta', { key: 'lastAccount', value: 3 });
  await settingsItem.setValue(DEFAULT_SETTINGS);
  await rulesItem.setValue([]);
}

test('round trip: export, change everything, restore, export again: identical', async () => {
  const db = await sample();
  const { text, backup } = await backupOf(db);
  const stored = await dumpDb(db);
  await scribble(db);

  expect(await restoreBackup(db, backup)).toEqual({
    days: 4,
    tags: 3,
    serves: 1,
    overrides: 2,
    rules: 3,
  });
  expect(await dumpDb(db)).toEqual(stored);
  expect(await getSettings()).toEqual(SAMPLE_SETTINGS);
  expect(await getRules()).toEqual(SAMPLE_RULES);
  // The same content; records come back in the validator's field order.
  expect(JSON.parse((await backupOf(db)).text)).toEqual(JSON.parse(text));
  // Into a brand-new install as well.
  const other = await openPolarityDb(`restore-${n++}`);
  await restoreBackup(other, backup);
  expect(JSON.parse((await backupOf(other)).text)).toEqual(JSON.parse(text));
});

test('a version 1 file leaves rules and meta as they are', async () => {
  const db = await sample();
  const { backup } = await backupOf(db);
  const v1: Backup = { ...backup, version: 1 };
  delete v1.rules;
  delete v1.meta;
  await db.put('meta', { key: 'lastAccount', value: 1 });
  expect(await restoreBackup(db, v1)).toMatchObject({ rules: false });
  expect(await getRules()).toEqual(SAMPLE_RULES);
  expect(await db.get('meta', 'lastAccount')).toEqual({ key: 'lastAccount', value: 1 });
});

test.each([
  ['a write fails with QuotaExceededError halfway', () => putFailsWithQuota(5)],
  ['the disk is full at commit', () => commitFailsWithQuota()],
])('storage full (%s): the restore aborts whole, nothing stored changes', async (_, fake) => {
  const db = await sample();
  const { backup } = await backupOf(db);
  await scribble(db);
  const before = await dumpDb(db);
  const writeSync = vi.fn(async () => undefined);
  fake();
  await expect(restoreBackup(db, backup, writeSync)).rejects.toMatchObject({
    name: 'QuotaExceededError',
  });
  vi.restoreAllMocks();
  expect(await dumpDb(db)).toEqual(before);
  // Settings are written only after the history committed: here, never.
  expect(writeSync).not.toHaveBeenCalled();
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
});

test('sync storage full after the history committed: said plainly, old settings intact', async () => {
  const db = await sample();
  const { backup } = await backupOf(db);
  await scribble(db);
  syncStorageFull();
  const result = await restoreBackup(db, backup);
  expect(result.settingsError).toBe('the browser’s storage for Polarity is full');
  vi.restoreAllMocks();
  expect((await dumpDb(db)).days).toEqual(SAMPLE_DAYS);
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  expect(await getRules()).toEqual([]);
});

test('settings and rules go to sync storage in one write, with the version mark', async () => {
  const db = await sample();
  const { backup } = await backupOf(db);
  await fakeBrowser.storage.sync.clear();
  const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
  await restoreBackup(db, backup);
  expect(set.mock.calls[0]![0]).toEqual({ settings: SAMPLE_SETTINGS, rules: SAMPLE_RULES });
  expect(await settingsItem.getMeta()).toEqual({ v: 2 });
});

test('reset deletes every record and puts settings and rules back to their defaults', async () => {
  const db = await sample();
  expect(await resetData(db)).toEqual({});
  expect(await dumpDb(db)).toEqual({ days: [], tags: [], serves: [], overrides: [], meta: [] });
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  expect(await getRules()).toEqual([]);
});

test('reset with a full disk changes nothing', async () => {
  const db = await sample();
  const before = await dumpDb(db);
  commitFailsWithQuota();
  await expect(resetData(db)).rejects.toMatchObject({ name: 'QuotaExceededError' });
  vi.restoreAllMocks();
  expect(await dumpDb(db)).toEqual(before);
  expect(await getSettings()).toEqual(SAMPLE_SETTINGS);
});
