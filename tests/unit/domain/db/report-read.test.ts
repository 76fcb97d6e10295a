import { expect, test, vi } from 'vitest';
import { saveSnapshot } from '@/utils/domain/db/days';
import { recordPageStatus, setMeta } from '@/utils/domain/db/meta';
import { putOverrides, zoneKey } from '@/utils/domain/db/overrides';
import { readForReport } from '@/utils/domain/db/report-read';
import { openPolarityDb } from '@/utils/domain/db/schema';
import { setTag } from '@/utils/domain/db/tags';
import type { Snapshot } from '@/utils/shared/types';
import { at, calEvent, override } from '../report/events';

// The popup's report reads all it needs in one transaction; what it reads must
// be what the separate readers (getLastAccount, getPageStatus, getTags, …) give.

const days = ['23', '24', '25', '26', '27', '28', '29'].map((d) => `2026-11-${d}`);
const snap = (account: number, over: Partial<Snapshot> = {}): Snapshot => ({
  account,
  view: 'week',
  fullDays: days,
  partialDays: [],
  events: [calEvent('a', 'Ops review', 24, 9, 12), calEvent('b', 'Prototype lab', 25, 9, 10)],
  status: 'ok',
  weekStartsOn: 1,
  readAt: at(25, 12),
  ...over,
});
const window = { from: '2026-11-24', to: '2026-11-24' };

test('before any page was read there is nothing to report', async () => {
  const db = await openPolarityDb('report-read-empty');
  expect(await readForReport(db, window)).toBeUndefined();
});

test("the last account's status, accounts, tags, overrides, zone and only the window's days, in one transaction", async () => {
  const db = await openPolarityDb('report-read-all');
  for (const account of [2, 0]) {
    await saveSnapshot(db, snap(account));
    await recordPageStatus(db, snap(account));
  }
  await setTag(db, {
    account: 0,
    scope: 'series',
    id: 's-a',
    category: 'innovation',
    title: 'x',
    at: 1,
  });
  await setTag(db, {
    account: 2,
    scope: 'event',
    id: 'b',
    category: 'excluded',
    title: 'x',
    at: 1,
  });
  await putOverrides(db, [
    override(calEvent('b', 'Prototype lab', 25, 9, 10)),
    override(calEvent('c', 'Lab', 26, 9, 10), { key: 'other', account: 2 }),
  ]);
  await setMeta(db, zoneKey(0), 'Europe/Berlin');

  const transaction = vi.spyOn(db, 'transaction');
  const read = await readForReport(db, window);
  expect(transaction).toHaveBeenCalledTimes(1);
  expect(read).toMatchObject({ account: 0, accounts: [0, 2], zone: 'Europe/Berlin' });
  expect(read!.status).toMatchObject({ account: 0, status: 'ok', weekStartsOn: 1 });
  expect(read!.days.map((d) => [d.account, d.day])).toEqual([[0, '2026-11-24']]);
  expect([...read!.tags.series]).toEqual([['s-a', 'innovation']]);
  expect(read!.tags.event.size).toBe(0);
  expect(read!.overrides.map((o) => o.key)).toEqual(['o-b']);
});

test('an unreadable last account falls back to the first account seen', async () => {
  const db = await openPolarityDb('report-read-fallback');
  await saveSnapshot(db, snap(3));
  await recordPageStatus(db, snap(3));
  await setMeta(db, 'lastAccount', 'not a number');
  const read = await readForReport(db, window);
  expect(read?.account).toBe(3);
  expect(read?.days).toHaveLength(1);
});

test('a guess of the account is used only when it is the last account, and never changes what is read', async () => {
  const db = await openPolarityDb('report-read-guess');
  for (const account of [0, 2]) {
    await saveSnapshot(db, snap(account, account === 2 ? { events: [] } : {}));
    await recordPageStatus(db, snap(account));
  }
  await setMeta(db, 'lastAccount', 0);
  const plain = await readForReport(db, window);
  expect(plain?.account).toBe(0);
  expect(await readForReport(db, window, 0)).toEqual(plain);
  // The user switched back to account 0 since the last report (of account 2).
  expect(await readForReport(db, window, 2)).toEqual(plain);
});
