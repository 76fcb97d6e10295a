import type { OverrideRecord } from '@/utils/domain/db/schema';
import type { CalEvent, DayKey } from '@/utils/shared/types';
import type { ClassifiedEvent } from '@/utils/domain/week/load-week';
import { overrideKey } from './override-key';

export type OverrideCause = OverrideRecord['cause'];
export type Culprit = NonNullable<OverrideRecord['by']>;

/** An override seen in one comparison, before it is recorded. */
export interface FoundOverride {
  key: string;
  cause: OverrideCause;
  /** The block as it was before it lost time. */
  block: CalEvent;
  by?: Culprit;
  minutesLost: number;
}

/** One week of one account, before and after a snapshot, classified alike. */
export interface WeekDiff {
  account: number;
  range: { start: number; end: number };
  before: readonly ClassifiedEvent[];
  after: readonly ClassifiedEvent[];
  /** Days of the week that were stored in full before this snapshot. */
  beforeFull: ReadonlySet<DayKey>;
  /** Days this snapshot showed in full: the only reads that can prove a loss. */
  shownFull: ReadonlySet<DayKey>;
}

type Span = Pick<CalEvent, 'start' | 'end'>;

export const isBlock = (e: ClassifiedEvent): boolean =>
  e.kind === 'timed' && e.category === 'innovation' && !e.declined;

/** What can take innovation time: counted, non-innovation, accepted (or unanswered) events. */
export const isCulprit = (e: ClassifiedEvent): boolean =>
  e.kind === 'timed' && e.category === 'execution' && !e.declined;

export const lengthMs = (e: Span): number => e.end - e.start;
export const overlapMs = (a: Span, b: Span): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const minutes = (ms: number) => Math.round(ms / 60_000);

/** The stored shape: classification is recomputed on every read, never frozen in a record. */
export function plainEvent(e: ClassifiedEvent): CalEvent {
  const event: Partial<ClassifiedEvent> = { ...e };
  delete event.category;
  delete event.source;
  delete event.reason;
  delete event.because;
  return event as CalEvent;
}

export const culpritOf = (e: CalEvent): Culprit => ({
  id: e.id,
  eid: e.eid,
  title: e.title,
  start: e.start,
  end: e.end,
});

/** Blocks that can still be taken: innovation in this week that has not ended yet. */
function liveBlocks(diff: WeekDiff, now: number): ClassifiedEvent[] {
  const { start, end } = diff.range;
  return diff.before.filter((e) => isBlock(e) && e.end > now && e.start < end && e.end > start);
}

/**
 * Live blocks whose id is nowhere in the week any more. Only a day shown in
 * full can lose an event (partial days merge), so each of these was read gone.
 */
export function vanishedBlocks(diff: WeekDiff, now: number): ClassifiedEvent[] {
  const after = new Set(diff.after.map((e) => e.id));
  return liveBlocks(diff, now).filter((b) => !after.has(b.id) && diff.shownFull.has(b.day));
}

/**
 * product.md "Override": the live blocks of a week that lost time between
 * `before` and `after`. `movedOut` holds the vanished blocks found outside the
 * week (the caller looks them up); the other vanished ones were deleted. A block
 * found anywhere in the week moved inside it, which costs nothing by itself.
 */
export function detectOverrides(
  diff: WeekDiff,
  now: number,
  movedOut: ReadonlySet<string> = new Set(),
): FoundOverride[] {
  const found: FoundOverride[] = [];
  const add = (block: ClassifiedEvent, cause: OverrideCause, lostMs: number, by?: CalEvent) => {
    const minutesLost = minutes(lostMs);
    if (minutesLost <= 0) return;
    found.push({
      key: overrideKey(diff.account, block.id, cause, by?.id),
      cause,
      block: plainEvent(block),
      ...(by && { by: culpritOf(by) }),
      minutesLost,
    });
  };

  for (const b of vanishedBlocks(diff, now)) {
    add(b, movedOut.has(b.id) ? 'moved-out' : 'deleted', lengthMs(b));
  }

  const afterById = new Map(diff.after.map((e) => [e.id, e]));
  const beforeById = new Map(diff.before.map((e) => [e.id, e]));
  for (const b of liveBlocks(diff, now)) {
    const next = afterById.get(b.id);
    // Gone (above), re-tagged, renamed out of innovation or declined (the user's
    // choice), moved into the past, or not read in full this time: nothing to say.
    if (!next || !isBlock(next) || next.end <= now || !diff.shownFull.has(next.day)) continue;
    if (lengthMs(next) < lengthMs(b)) add(b, 'shortened', lengthMs(b) - lengthMs(next));
    // Without the whole day before, an event "appearing" may just have been unseen.
    if (!diff.beforeFull.has(b.day)) continue;
    for (const c of diff.after) {
      if (!isCulprit(c)) continue;
      const lost = overlapMs(c, next);
      if (lost <= 0) continue;
      const was = beforeById.get(c.id);
      if (was && isCulprit(was) && overlapMs(was, b) > 0) continue; // not new
      add(b, 'overlap', lost, c);
    }
  }
  return found;
}
