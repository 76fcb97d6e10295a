import type { CalEvent, DayKey, Snapshot } from '../types';
import { rollback } from './rollback';
import type { Db, DayRecord } from './schema';

/**
 * A day shown in full replaces what was stored for it; a partly shown day
 * only adds and updates, because hidden events are not gone.
 */
export async function saveSnapshot(db: Db, snap: Snapshot): Promise<void> {
  const byDay = new Map<DayKey, CalEvent[]>();
  for (const e of snap.events) {
    const list = byDay.get(e.day) ?? [];
    list.push(e);
    byDay.set(e.day, list);
  }
  const tx = db.transaction('days', 'readwrite');
  // All days of the read land together or not at all (a full disk aborts them all).
  try {
    const full = new Set(snap.fullDays);
    for (const day of snap.fullDays) {
      await tx.store.put({
        account: snap.account,
        day,
        events: byDay.get(day) ?? [],
        full: true,
        seenAt: snap.readAt,
      });
    }
    for (const day of snap.partialDays) {
      if (full.has(day)) continue;
      const old = await tx.store.get([snap.account, day]);
      const merged = new Map((old?.events ?? []).map((e) => [e.id, e]));
      for (const e of byDay.get(day) ?? []) merged.set(e.id, e);
      await tx.store.put({
        account: snap.account,
        day,
        events: [...merged.values()],
        full: old?.full ?? false,
        seenAt: snap.readAt,
      });
    }
    await tx.done;
  } catch (e) {
    throw rollback(tx, e);
  }
}

/** Stored days of one account from `from` to `to`, both inclusive. */
export function daysInRange(
  db: Db,
  account: number,
  from: DayKey,
  to: DayKey,
): Promise<DayRecord[]> {
  return db.getAll('days', IDBKeyRange.bound([account, from], [account, to]));
}
