import type { Snapshot } from '@/utils/shared/types';
import { applySnapshot } from './apply-snapshot';
import { pageStatusOf } from './meta';
import { rollback } from './rollback';
import type { Db, DayRecord } from './schema';

/**
 * One read of the page, stored in ONE transaction: its days (when it was
 * readable), the account's page status and the last account viewed. A worker
 * stopped halfway, a full disk or any other failure leaves the old state
 * whole or the new one whole, never new days under an old status.
 */
export async function storeRead(db: Db, snap: Snapshot): Promise<void> {
  const tx = db.transaction(['days', 'meta'], 'readwrite');
  try {
    const days = tx.objectStore('days');
    const meta = tx.objectStore('meta');
    const writes: Promise<unknown>[] = [];
    if (snap.status === 'ok') {
      const full = new Set(snap.fullDays);
      const partlyStored = await Promise.all(
        snap.partialDays.filter((d) => !full.has(d)).map((d) => days.get([snap.account, d])),
      );
      const stored = partlyStored.filter((r): r is DayRecord => r !== undefined);
      for (const day of applySnapshot(stored, snap)) {
        writes.push(days.put({ ...day, account: snap.account, seenAt: snap.readAt }));
      }
    }
    writes.push(meta.put({ key: `status:${snap.account}`, value: pageStatusOf(snap) }));
    writes.push(meta.put({ key: 'lastAccount', value: snap.account }));
    await Promise.all([...writes, tx.done]);
  } catch (e) {
    throw rollback(tx, e);
  }
}
