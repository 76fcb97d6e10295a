import { startOfDay, subMonths } from 'date-fns';
import { dayKey } from '@/utils/domain/week/week-range';
import { readableDays, readableServes, readableTags } from './heal';
import { rollback } from './rollback';
import type { Db } from './schema';

export interface PruneResult {
  /** First day kept, `yyyy-MM-dd`. */
  keptFrom: string;
  days: number;
  overrides: number;
  tags: number;
  /** "Serves" links that went with those tags, or whose event is as old and gone. */
  serves: number;
}

/**
 * Deletes history older than the retention period: stored days, overrides of
 * blocks that ended before it, and event tags set before it whose event no
 * stored day still shows. Series tags stay: they decide future instances too.
 * One transaction, so a failure leaves everything as it was.
 */
export async function pruneHistory(
  db: Db,
  now: number,
  retentionMonths: number,
): Promise<PruneResult> {
  const cutoff = subMonths(startOfDay(now), retentionMonths);
  const keptFrom = dayKey(cutoff);
  const result: PruneResult = { keptFrom, days: 0, overrides: 0, tags: 0, serves: 0 };
  const tx = db.transaction(['days', 'overrides', 'tags', 'serves'], 'readwrite');
  try {
    const days = tx.objectStore('days');
    let day = await days.index('byDay').openCursor(IDBKeyRange.upperBound(keptFrom, true));
    while (day) {
      await day.delete();
      result.days++;
      day = await day.continue();
    }

    let override = await tx.objectStore('overrides').openCursor();
    while (override) {
      // An unreadable record is left for the user to see, never a reason to fail the prune.
      const end = (override.value as { block?: { end?: unknown } } | undefined)?.block?.end;
      if (typeof end === 'number' && end <= cutoff.getTime()) {
        await override.delete();
        result.overrides++;
      }
      override = await override.continue();
    }

    // Old event tags, kept only while a kept day still shows their event. The
    // days are read only when there is such a tag: usually there is none.
    const tags = tx.objectStore('tags');
    const serves = tx.objectStore('serves');
    const isOld = (r: { scope: string; at: number }) =>
      r.scope === 'event' && r.at < cutoff.getTime();
    const old = readableTags(await tags.getAll()).filter(isOld);
    const oldServes = readableServes(await serves.getAll()).filter(isOld);
    if (old.length > 0 || oldServes.length > 0) {
      const shown = new Set<string>();
      for (const d of readableDays(await days.getAll())) for (const e of d.events) shown.add(e.id);
      for (const t of old) {
        if (shown.has(t.id)) continue;
        await tags.delete([t.account, t.scope, t.id]);
        result.tags++;
      }
      // An event's link goes with it, like its tag (series links stay, like series tags).
      for (const s of oldServes) {
        if (shown.has(s.id)) continue;
        await serves.delete([s.account, s.scope, s.id]);
        result.serves++;
      }
    }
    await tx.done;
  } catch (e) {
    throw rollback(tx, e);
  }
  return result;
}
