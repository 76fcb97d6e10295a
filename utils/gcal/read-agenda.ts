import type { DayKey } from '@/utils/shared/types';
import { dayClock, daysBetween, decodeDateKey } from './date-key';
import { EventSet, type GridRead } from './grid-read';
import type { AgendaGrid, RawChip } from './page-read';
import { placedChipEvents, type PlacedCtx } from './placed-chip-events';
import { readChip, type ReadKit } from './read-chip';

/**
 * Reads the schedule (agenda) view: rows in date order, a day's first row
 * carrying its date (`[data-datekey]`) and the rows after it belonging to the
 * same day. It lists only days with events, so every day from the first row
 * to the last is fully shown; the list grows as the user scrolls, and the
 * range grows with it. A chip before any dated row has no day: it is not read.
 */
export function readAgenda(grid: AgendaGrid, kit: ReadKit): GridRead | null {
  const placed: [RawChip, DayKey][] = [];
  let day: DayKey | null = null;
  let undated = 0;
  for (const row of grid.rows) {
    const own = decodeDateKey(row.key);
    if (own) day = own;
    for (const raw of row.chips) {
      if (day) placed.push([raw, day]);
      else undated++;
    }
  }
  if (!placed.length) return null;
  const days = daysBetween(placed[0]![1], placed[placed.length - 1]![1]);
  const x: PlacedCtx = { at: dayClock(kit.zone), set: new EventSet(), inGrid: new Set(days) };
  const partial = new Set<DayKey>();
  let readable = 0;
  let unread = undated;
  for (const [raw, on] of placed) {
    const c = readChip(raw, kit);
    const events = c ? placedChipEvents(c, [on], x) : null;
    if (!events) {
      partial.add(on);
      unread++;
      continue;
    }
    if (c?.text) readable++;
    for (const ev of events) x.set.add(ev);
  }
  const chips = placed.length + undated;
  return { days, partial, events: x.set.events, chips, readable, found: chips, unread };
}
