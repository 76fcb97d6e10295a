import type { DayKey, Snapshot } from '@/utils/shared/types';
import { applySnapshot } from './apply-snapshot';
import { readableDays } from './heal';
import { rollback } from './rollback';
import type { Db, DayRecord } from './schema';

/** Stores one read of the page (see `applySnapshot` for what replaces what). */
export async function saveSnapshot(db: Db, snap: Snapshot): Promise<void> {
  const tx = db.transaction('days', 'readwrite');
  // All days of the read land together or not at all (a full disk aborts them all).
  try {
    const full = new Set(snap.fullDays);
    const partlyStored = await Promise.all(
      snap.partialDays.filter((d) => !full.has(d)).map((d) => tx.store.get([snap.account, d])),
    );
    const stored = partlyStored.filter((r): r is DayRecord => r !== undefined);
    for (const day of applySnapshot(stored, snap)) {
      await tx.store.put({ ...day, account: snap.account, seenAt: snap.readAt });
    }
    await tx.done;
  } catch (e) {
    throw rollback(tx, e);
  }
}

/** Stored days of one account from `from` to `to`, both inclusive; unreadable ones skipped. */
export async function daysInRange(
  db: Db,
  account: number,
  from: DayKey,
  to: DayKey,
): Promise<DayRecord[]> {
  return readableDays(await db.getAll('days', IDBKeyRange.bound([account, from], [account, to])));
}
