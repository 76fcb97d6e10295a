import {
  classify,
  type Classification,
  type ClassifyContext,
} from '@/utils/domain/classify/classify';
import type { CalEvent } from '@/utils/shared/types';

export type ClassifiedEvent = CalEvent & Classification;

/**
 * One classified event per id, in start order: an event read from two days
 * (crossing midnight, clipped to each) spans both reads. The week's count and
 * override detection both see events through here, so they never disagree.
 */
export function classifyDays(
  days: readonly { events: readonly CalEvent[] }[],
  ctx?: ClassifyContext,
): ClassifiedEvent[] {
  const byId = new Map<string, ClassifiedEvent>();
  for (const record of days) {
    for (const e of record.events) {
      const seen = byId.get(e.id);
      if (seen) {
        seen.start = Math.min(seen.start, e.start);
        seen.end = Math.max(seen.end, e.end);
        continue;
      }
      byId.set(e.id, { ...e, ...classify(e, ctx) });
    }
  }
  return [...byId.values()].sort((a, b) => a.start - b.start);
}
