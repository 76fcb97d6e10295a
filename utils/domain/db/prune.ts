import { startOfDay, subMonths } from 'date-fns';
import { dayKey } from '@/utils/domain/week/week-range';
import { readableDays, readableTags } from './heal';
import { rollback } from './rollback';
import type { Db } from './schema';

export interface PruneResult {
  /** First day kept, `yyyy-MM-dd`. */
  keptFrom: string;
  days: number;
  overrides: number;
  tags: number;
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
  const result: PruneResult = { keptFrom, days: 0, overrides: 0, tags: 0 };
  const tx = db.transaction(['days', 'overrides', 'tags'], 'readwrite');
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
    const old = readableTags(await tags.getAll()).filter(
      (t) => t.scope === 'event' && t.at < cutoff.getTime(),
    );
    if (old.length > 0) {
      const shown = new Set<string>();
      for (const d of readableDays(await days.getAll())) for (const e of d.events) shown.add(e.id);
      for (const t of old) {
        if (shown.has(t.id)) continue;
        await tags.delete([t.account, t.scope, t.id]);
        result.tags++;
      }
    }
    await tx.done;
  } catch (e) {
    throw rollback(tx, e);
  }
  return result;
}
