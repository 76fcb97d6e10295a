import { classify, type ClassifyContext } from '../classify/classify';
import type { DayRecord } from '../db/schema';
import type { CalEvent, DayKey, Snapshot } from '../types';
import type { ClassifiedEvent } from '../week/load-week';

/** One stored (or about to be stored) day: the part of `DayRecord` detection reads. */
export type DayEvents = Pick<DayRecord, 'day' | 'events' | 'full'>;

/**
 * The days as `saveSnapshot` will leave them, computed without writing: a day
 * shown in full is replaced, a partly shown day only gains and updates events.
 * Kept in step with utils/db/days.ts so "after" is exactly what gets stored.
 */
export function applySnapshot(stored: readonly DayEvents[], snap: Snapshot): DayEvents[] {
  const days = new Map<DayKey, DayEvents>(stored.map((d) => [d.day, d]));
  const byDay = new Map<DayKey, CalEvent[]>();
  for (const e of snap.events) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
  const full = new Set(snap.fullDays);
  for (const day of snap.fullDays) days.set(day, { day, events: byDay.get(day) ?? [], full: true });
  for (const day of snap.partialDays) {
    if (full.has(day)) continue;
    const old = days.get(day);
    const merged = new Map((old?.events ?? []).map((e) => [e.id, e]));
    for (const e of byDay.get(day) ?? []) merged.set(e.id, e);
    days.set(day, { day, events: [...merged.values()], full: old?.full ?? false });
  }
  return [...days.values()];
}

/**
 * One classified event per id, the way `loadWeek` builds a week: an event read
 * from two days (crossing midnight) spans both reads. Both sides of a
 * comparison go through here with the same context, so a tag or rule change
 * alone never looks like a change of the calendar.
 */
export function classifyDays(days: readonly DayEvents[], ctx: ClassifyContext): ClassifiedEvent[] {
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
