import { afterEach, expect, test, vi } from 'vitest';
import { getSettings, settingsItem, DEFAULT_SETTINGS } from '@/utils/domain/settings/settings';
import type { Snapshot } from '@/utils/shared/types';
import { commitFailsWithQuota } from './quota-fakes';
import { at, dumpDb, sampleDay, sampleEvent } from './sample-data';
import { setupBackground } from '../../background-setup';

const now = at(2026, 11, 25, 12);
const days = [23, 24, 25, 26, 27, 28, 29].map((d) => `2026-11-${d}`);
const snap = (title: string): Snapshot => ({
  account: 0,
  view: 'week',
  fullDays: days,
  partialDays: [],
  events: [
    sampleEvent('a', [2026, 11, 24], {
      title,
      start: at(2026, 11, 24, 9),
      end: at(2026, 11, 24, 11),
    }),
  ],
  status: 'ok',
  weekStartsOn: 1,
  readAt: now,
});

afterEach(() => vi.restoreAllMocks());

async function setup(name: string) {
  const notifyTabs = vi.fn(async () => undefined);
  const { sink, db, bg } = setupBackground({ now }, name, { notifyTabs });
  await bg.applySnapshot(snap('Prototype'), {});
  const backup = await bg.handlers.exportData!({}, {});
  return { sink, db, bg, notifyTabs, backup };
}

test('restore over the wire: the badge and the calendar tabs follow at once', async () => {
  const { sink, bg, notifyTabs, backup } = await setup('bh-1');
  expect(sink.text).toBe('100%');
  await bg.applySnapshot(snap('Ops'), {});
  expect(sink.text).toBe('0%');
  notifyTabs.mockClear();

  const result = await bg.handlers.restoreBackup!(
    { backup: JSON.parse(JSON.stringify(backup)) },
    {},
  );
  expect(result).toEqual({
    ok: true,
    counts: { days: 7, tags: 0, serves: 0, overrides: 0, rules: 0 },
    pruned: 0,
  });
  expect(sink.text).toBe('100%');
  expect(notifyTabs).toHaveBeenCalled();
});

test('the background checks the file again: a bad one is refused and nothing changes', async () => {
  const { db, bg, backup } = await setup('bh-2');
  const before = await dumpDb(await db);
  const broken = { ...backup, days: [...backup.days, { ...backup.days[0], day: 'never' }] };
  expect(await bg.handlers.restoreBackup!({ backup: broken }, {})).toEqual({
    ok: false,
    reason: 'In the file, days[7].day must be a day written yyyy-MM-dd.',
    // The same reason as data, for Options to say in the reader's language.
    because: { key: 'check_in_file', subs: [{ key: 'check_day', subs: ['days[7].day'] }] },
  });
  expect(await bg.handlers.restoreBackup!({ backup: 'hello' }, {})).toMatchObject({ ok: false });
  expect(await dumpDb(await db)).toEqual(before);
});

test('a full disk during restore: refused with the reason, nothing changed', async () => {
  const { db, bg, backup } = await setup('bh-3');
  await bg.applySnapshot(snap('Ops'), {});
  const before = await dumpDb(await db);
  commitFailsWithQuota();
  expect(await bg.handlers.restoreBackup!({ backup }, {})).toEqual({
    ok: false,
    reason: 'Nothing was restored: the browser’s storage for Polarity is full.',
    because: { key: 'check_nothing_restored', subs: [{ key: 'check_storage_full' }] },
  });
  vi.restoreAllMocks();
  expect(await dumpDb(await db)).toEqual(before);
});

test('restored history older than the restored retention is pruned, and counted', async () => {
  const { bg, db, backup } = await setup('bh-4');
  const old = sampleDay(0, [2020, 1, 6], []);
  const result = await bg.handlers.restoreBackup!(
    { backup: { ...backup, days: [...backup.days, old] } },
    {},
  );
  expect(result).toMatchObject({ ok: true, counts: { days: 8 }, pruned: 1 });
  expect(await (await db).count('days')).toBe(7);
});

test('reset needs its confirmation word, then empties everything', async () => {
  const { sink, db, bg } = await setup('bh-5');
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, targetPercent: 40 });
  expect(await bg.handlers.resetData!({ confirm: 'yes' }, {})).toEqual({
    ok: false,
    reason: 'Not confirmed.',
    because: { key: 'check_not_confirmed' },
  });
  expect(await (await db).count('days')).toBe(7);

  expect(await bg.handlers.resetData!({ confirm: 'delete-everything' }, {})).toEqual({ ok: true });
  expect(await dumpDb(await db)).toEqual({
    days: [],
    tags: [],
    serves: [],
    overrides: [],
    meta: [],
  });
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  expect(sink.text).toBe('');
  expect(sink.title).toContain('open this week in Google Calendar');
});
