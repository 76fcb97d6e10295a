import { afterEach, expect, test, vi } from 'vitest';
import { STORAGE_FULL_TITLE, storageProblemItem } from '@/utils/background/storage-status';
import { isQuotaError, storageErrorText } from '@/utils/shared/quota';
import type { Snapshot } from '@/utils/shared/types';
import { commitFailsWithQuota, putFailsWithQuota } from './quota-fakes';
import { at, dumpDb, sampleEvent } from './sample-data';
import { setupBackground } from '../../background-setup';

const now = at(2026, 11, 25, 12);
const days = [23, 24, 25, 26, 27, 28, 29].map((d) => `2026-11-${d}`);
const snap = (titles: string[]): Snapshot => ({
  account: 0,
  view: 'week',
  fullDays: days,
  partialDays: [],
  events: titles.map((title, i) =>
    sampleEvent(`e${i}`, [2026, 11, 23 + i], {
      title,
      start: at(2026, 11, 23 + i, 9),
      end: at(2026, 11, 23 + i, 10),
    }),
  ),
  status: 'ok',
  weekStartsOn: 1,
  readAt: now,
});

afterEach(() => vi.restoreAllMocks());

function setup(name: string) {
  return setupBackground({ now }, name);
}

test.each([
  ['a write fails', () => putFailsWithQuota(3)],
  ['the commit fails', () => commitFailsWithQuota()],
])(
  'a snapshot refused for a full disk (%s): stored weeks intact, the badge title says so, the next save clears it',
  async (_, fake) => {
    const { sink, db, bg } = setup(`full-${_}`);
    await bg.applySnapshot(snap(['Strategy', 'Ops']), {});
    expect(sink.text).toBe('50%');
    const before = await dumpDb(await db);

    fake();
    await expect(bg.applySnapshot(snap(['Ops', 'Ops', 'Ops']), {})).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    vi.restoreAllMocks();
    expect(await dumpDb(await db)).toEqual(before);
    expect(await storageProblemItem.getValue()).toEqual({ at: now, what: 'the calendar page' });
    await vi.waitFor(() => expect(sink.title.startsWith(STORAGE_FULL_TITLE)).toBe(true));
    expect(sink.text).toBe('50%'); // the stored week, unchanged

    await bg.applySnapshot(snap(['Ops', 'Ops', 'Ops']), {});
    expect(await storageProblemItem.getValue()).toBeNull();
    await vi.waitFor(() => expect(sink.title).not.toContain('storage is full'));
    expect(sink.text).toBe('0%');
  },
);

test('a tag refused for a full disk is reported the same way', async () => {
  const { sink, bg } = setup('full-tag');
  await bg.applySnapshot(snap(['Ops']), {});
  commitFailsWithQuota();
  await expect(
    bg.handlers.setTag!(
      {
        account: 0,
        scope: 'event',
        event: { id: 'e0', seriesId: 'e0', title: 'Ops' },
        category: 'innovation',
      },
      {},
    ),
  ).rejects.toMatchObject({ name: 'QuotaExceededError' });
  vi.restoreAllMocks();
  expect(await storageProblemItem.getValue()).toMatchObject({ what: 'a tag' });
  await vi.waitFor(() => expect(sink.title).toContain('storage is full'));
  expect(sink.text).toBe('0%');
});

test('quota errors are recognised from IndexedDB and from extension storage, in both browsers', () => {
  expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
  expect(isQuotaError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe(true);
  expect(
    isQuotaError(
      new Error('QuotaExceededError: storage.sync API call exceeded its quota limitations.'),
    ),
  ).toBe(true);
  expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
  expect(isQuotaError('quota')).toBe(false);
  expect(storageErrorText(new Error('Disk on fire.'))).toBe('Disk on fire');
});
