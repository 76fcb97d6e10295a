import { loadClassifyContext } from '@/utils/domain/classify/load-context';
import { applySnapshot } from '@/utils/domain/db/apply-snapshot';
import { daysInRange } from '@/utils/domain/db/days';
import { readableDays } from '@/utils/domain/db/heal';
import { getPageStatus } from '@/utils/domain/db/meta';
import {
  getOverride,
  putOverrides,
  rememberAccountZone,
  weekOverrides,
} from '@/utils/domain/db/overrides';
import type { Db, OverrideRecord } from '@/utils/domain/db/schema';
import { detectOverrides, vanishedBlocks, type WeekDiff } from './detect-overrides';
import { findFreeSlot } from '@/utils/domain/week/free-slot';
import { closeAs, recordFound } from './record-found';
import { restoredKeys } from './restore';
import { isWorkingTime } from '@/utils/domain/week/working-time';
import { resolveWeekStart, workingHoursOf, type Settings } from '@/utils/domain/settings/settings';
import type { DayKey, Snapshot } from '@/utils/shared/types';
import { classifyDays } from '@/utils/domain/week/classify-days';
import {
  parseDayKey,
  weekRange,
  type WeekRange,
  type WeekStartsOn,
} from '@/utils/domain/week/week-range';

export interface SnapshotOverrides {
  /** New overrides to nudge about now. */
  nudgeNow: OverrideRecord[];
  /** True when a new override's nudge waits for working hours. */
  held: boolean;
  /** True when any override changed (the badge may change colour). */
  changed: boolean;
}

const NOTHING: SnapshotOverrides = { nudgeNow: [], held: false, changed: false };

function weeksOf(days: readonly DayKey[], weekStartsOn: WeekStartsOn): WeekRange[] {
  const weeks = new Map<number, WeekRange>();
  for (const day of days) {
    const w = weekRange(parseDayKey(day), weekStartsOn);
    weeks.set(w.start, w);
  }
  return [...weeks.values()];
}

/**
 * Vanished blocks that exist outside their week: in this snapshot, or in a
 * stored day this snapshot does not replace. Looked up only when a block
 * vanished, which is rare, so reading the account's days is affordable.
 */
async function foundElsewhere(
  db: Db,
  snap: Snapshot,
  ids: readonly string[],
  week: WeekRange,
): Promise<Set<string>> {
  const found = new Set<string>();
  if (ids.length === 0) return found;
  const want = new Set(ids);
  const outside = (day: DayKey) => !week.days.includes(day);
  for (const e of snap.events) if (want.has(e.id) && outside(e.day)) found.add(e.id);
  const replaced = new Set(snap.fullDays);
  const stored = readableDays(
    await db.getAll('days', IDBKeyRange.bound([snap.account, ''], [snap.account, '\uffff'])),
  );
  for (const d of stored) {
    if (!outside(d.day) || replaced.has(d.day)) continue;
    for (const e of d.events) if (want.has(e.id)) found.add(e.id);
  }
  return found;
}

/**
 * Compares a snapshot with the stored days it is about to replace. Must run
 * inside the background's serial queue, BEFORE `saveSnapshot`: "before" is
 * what is stored, "after" is what the snapshot will make of it. Records new
 * overrides once and closes the ones whose time came back.
 */
export async function overridesOfSnapshot(
  db: Db,
  snap: Snapshot,
  now: number,
  settings: Settings,
): Promise<SnapshotOverrides> {
  if (snap.status !== 'ok') return NOTHING;
  const shown = [...snap.fullDays, ...snap.partialDays];
  const { account } = snap;
  const [ctx, status] = await Promise.all([
    loadClassifyContext(db, account),
    getPageStatus(db, account),
  ]);
  const weekStartsOn = resolveWeekStart(settings, snap.weekStartsOn ?? status?.weekStartsOn);
  const hours = workingHoursOf(settings);
  const nudge: NonNullable<OverrideRecord['nudge']> = !settings.nudges.overrides
    ? 'skipped'
    : settings.nudges.quietOutsideWorkingHours && !isWorkingTime(now, hours)
      ? 'held'
      : 'sent';

  await rememberAccountZone(db, account, snap.timeZone);

  const write: OverrideRecord[] = [];
  const nudgeNow: OverrideRecord[] = [];
  // Past weeks hold no live block: nothing there can be taken or given back.
  for (const range of weeksOf(shown, weekStartsOn).filter((w) => w.end > now)) {
    const stored = await daysInRange(db, account, range.days[0]!, range.days[6]!);
    const inWeek = new Set(range.days);
    const after = applySnapshot(stored, snap).filter((d) => inWeek.has(d.day));
    const diff: WeekDiff = {
      account,
      range,
      before: classifyDays(stored, ctx),
      after: classifyDays(after, ctx),
      beforeFull: new Set(stored.filter((d) => d.full).map((d) => d.day)),
      shownFull: new Set(snap.fullDays),
    };

    const existing = await weekOverrides(db, account, range);
    const byKey = new Map(existing.map((o) => [o.key, o]));
    for (const key of restoredKeys(existing, diff)) {
      const closed = closeAs(byKey.get(key)!, 'restored', now);
      byKey.set(key, closed);
      write.push(closed);
    }

    const movedOut = await foundElsewhere(
      db,
      snap,
      vanishedBlocks(diff, now).map((b) => b.id),
      range,
    );
    const found = detectOverrides(diff, now, movedOut);
    if (found.length === 0) continue;
    for (const f of found) {
      if (byKey.has(f.key)) continue;
      const old = await getOverride(db, f.key);
      if (old) byKey.set(f.key, old);
    }
    // The next free slot: the rest of this week, then the next one (free when unseen).
    const next = weekRange(range.start, weekStartsOn, 1);
    const nextEvents = (await daysInRange(db, account, next.days[0]!, next.days[6]!)).flatMap(
      (d) => d.events,
    );
    const recorded = recordFound(found, byKey, {
      account,
      weekStart: range.start,
      now,
      nudge,
      ...(snap.timeZone !== undefined && { timeZone: snap.timeZone }),
      rebookSlot: (f) =>
        findFreeSlot({
          minutes: f.minutesLost,
          days: [...range.days, ...next.days],
          events: [...diff.after, ...nextEvents],
          hours,
          notBefore: now,
        }),
    });
    write.push(...recorded.write);
    nudgeNow.push(...recorded.nudgeNow);
  }
  await putOverrides(db, write);
  return {
    nudgeNow,
    held: write.some((o) => o.state === 'open' && o.nudge === 'held'),
    changed: write.length > 0,
  };
}
