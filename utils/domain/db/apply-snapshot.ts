import type { CalEvent, DayKey, Snapshot } from '@/utils/shared/types';
import type { DayRecord } from './schema';

/** The part of a stored day that a read changes. */
export type DayEvents = Pick<DayRecord, 'day' | 'events' | 'full'>;

/**
 * The days as a read leaves them, computed without writing: a day shown in
 * full is replaced, a partly shown day only gains and updates events, because
 * hidden events are not gone. `saveSnapshot` stores exactly this, and override
 * detection compares it with what was stored.
 */
export function applySnapshot(stored: readonly DayEvents[], snap: Snapshot): DayEvents[] {
  const days = new Map<DayKey, DayEvents>(stored.map((d) => [d.day, d]));
  const byDay = new Map<DayKey, CalEvent[]>();
  for (const e of snap.events) {
    const list = byDay.get(e.day);
    if (list) list.push(e);
    else byDay.set(e.day, [e]);
  }
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

/** The days a read writes: every day it showed, fully or partly. */
export const daysOfSnapshot = (snap: Snapshot): DayKey[] => [
  ...new Set([...snap.fullDays, ...snap.partialDays]),
];
