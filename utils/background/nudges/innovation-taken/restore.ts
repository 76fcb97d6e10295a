import type { OverrideRecord } from '@/utils/domain/db/schema';
import type { ClassifiedEvent } from '@/utils/domain/week/load-week';
import { isBlock, isCulprit, lengthMs, overlapMs, type WeekDiff } from './detect-overrides';

const sameTitle = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The time is back on the block itself: the meeting left it, or it regained its length. */
function givenBack(
  o: OverrideRecord,
  block: ClassifiedEvent | undefined,
  after: Map<string, ClassifiedEvent>,
) {
  if (!block) return false;
  if (o.cause === 'overlap') {
    const by = o.by && after.get(o.by.id);
    return !by || !isCulprit(by) || overlapMs(by, block) === 0;
  }
  return lengthMs(block) >= lengthMs(o.block);
}

/**
 * Keys of the week's open (or dismissed) overrides whose time came back after
 * this snapshot: the meeting moved away or was declined, the block came back
 * to its length or into the week, or the user re-created it by hand (a new
 * innovation block with the same title, at least as long as the time lost;
 * each new block gives back one override). Rebooked ones stay as the user left them.
 */
export function restoredKeys(records: readonly OverrideRecord[], diff: WeekDiff): string[] {
  const after = new Map(diff.after.map((e) => [e.id, e]));
  const beforeIds = new Set(diff.before.map((e) => e.id));
  const fresh = diff.after.filter((e) => isBlock(e) && !beforeIds.has(e.id));
  const keys: string[] = [];
  for (const o of records) {
    if (o.state !== 'open' && o.state !== 'dismissed') continue;
    const now = after.get(o.block.id);
    if (givenBack(o, now && isBlock(now) ? now : undefined, after)) {
      keys.push(o.key);
      continue;
    }
    const i = fresh.findIndex(
      (f) => sameTitle(f.title, o.block.title) && lengthMs(f) >= o.minutesLost * 60_000,
    );
    if (i >= 0) {
      fresh.splice(i, 1);
      keys.push(o.key);
    }
  }
  return keys;
}
