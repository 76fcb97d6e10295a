import type { OverrideRecord } from '@/utils/domain/db/schema';
import type { FoundOverride } from './detect-overrides';
import type { Slot } from '@/utils/domain/week/free-slot';

export interface RecordContext {
  account: number;
  weekStart: number;
  now: number;
  /** What happens to the nudge of a new override: decided once, from settings and the hour. */
  nudge: NonNullable<OverrideRecord['nudge']>;
  /** The free slot to offer for rebooking it. */
  rebookSlot: (found: FoundOverride) => Slot | undefined;
  /** The account's zone, when the page named one (see `OverrideRecord.timeZone`). */
  timeZone?: string;
}

export interface Recorded {
  /** Records to write (new, reopened or updated). */
  write: OverrideRecord[];
  /** New overrides whose nudge goes out now. */
  nudgeNow: OverrideRecord[];
}

/**
 * Seen before means not new: an open, dismissed or rebooked override stays as
 * it is (an open one only updates its loss). A restored one that comes
 * back is open again, but its nudge is never repeated ("once per override").
 */
export function recordFound(
  found: readonly FoundOverride[],
  existing: ReadonlyMap<string, OverrideRecord>,
  ctx: RecordContext,
): Recorded {
  const write: OverrideRecord[] = [];
  const nudgeNow: OverrideRecord[] = [];
  for (const f of found) {
    const old = existing.get(f.key);
    if (!old) {
      const slot = ctx.rebookSlot(f);
      const record: OverrideRecord = {
        key: f.key,
        account: ctx.account,
        block: f.block,
        cause: f.cause,
        ...(f.by && { by: f.by }),
        minutesLost: f.minutesLost,
        detectedAt: ctx.now,
        state: 'open',
        weekStart: ctx.weekStart,
        nudge: ctx.nudge,
        ...(slot && { rebook: slot }),
        ...(ctx.timeZone !== undefined && { timeZone: ctx.timeZone }),
      };
      write.push(record);
      if (record.nudge === 'sent') nudgeNow.push(record);
    } else if (old.state === 'restored') {
      const reopened: OverrideRecord = {
        ...old,
        state: 'open',
        minutesLost: f.minutesLost,
        detectedAt: ctx.now,
      };
      delete reopened.closedAt;
      write.push(reopened);
    } else if (old.state === 'open') {
      // Shortened again: the new loss adds to the first. Otherwise keep the largest seen.
      const minutesLost =
        f.cause === 'shortened'
          ? old.minutesLost + f.minutesLost
          : Math.max(old.minutesLost, f.minutesLost);
      if (minutesLost !== old.minutesLost) write.push({ ...old, minutesLost });
    }
  }
  return { write, nudgeNow };
}

export const closeAs = (
  o: OverrideRecord,
  state: Exclude<OverrideRecord['state'], 'open'>,
  now: number,
): OverrideRecord => ({ ...o, state, closedAt: now });
