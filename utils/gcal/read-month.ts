import type { DayKey } from '@/utils/shared/types';
import { dayClock, decodeDateKey } from './date-key';
import { chipSpan, EventSet, type GridRead } from './grid-read';
import type { MonthGrid } from './page-read';
import { placedChipEvents, type PlacedCtx } from './placed-chip-events';
import { readChip, type ReadKit } from './read-chip';

/** A week row's days, in order, once each. */
function rowDays(keys: string[]): DayKey[] {
  const days: DayKey[] = [];
  for (const key of keys) {
    const day = decodeDateKey(key);
    if (day && !days.includes(day)) days.push(day);
  }
  return days;
}

/** The day of a "N more" button: its own date, else its cell's place in the row. */
function overviewDay(more: { key?: string; cell: number }, days: DayKey[]): DayKey | undefined {
  const own = decodeDateKey(more.key);
  if (own && days.includes(own)) return own;
  return more.cell >= 0 ? days[more.cell] : undefined;
}

/**
 * Reads a month or custom-weeks grid: week rows, each with a strip of seven
 * dated cells, chips placed by their left/width share of the row. Days behind
 * a "N more" button are partial: the hidden events are not in the page.
 */
export function readMonth(grid: MonthGrid, kit: ReadKit): GridRead | null {
  const weeks: [MonthGrid['rows'][number], DayKey[]][] = [];
  for (const row of grid.rows) {
    const days = rowDays(row.keys);
    if (days.length) weeks.push([row, days]);
  }
  if (!weeks.length) return null;
  const allDays = weeks.flatMap(([, days]) => days);
  const x: PlacedCtx = { at: dayClock(kit.zone), set: new EventSet(), inGrid: new Set(allDays) };
  const partial = new Set<DayKey>();
  let chips = 0;
  let readable = 0;
  let unread = 0;
  for (const [row, days] of weeks) {
    for (const raw of row.chips) {
      chips++;
      const span = chipSpan(raw, days);
      const c = readChip(raw, kit);
      const events = c && span.length ? placedChipEvents(c, span, x) : null;
      if (!events) {
        for (const day of span) partial.add(day);
        unread++;
        continue;
      }
      if (c?.text) readable++;
      for (const ev of events) x.set.add(ev);
    }
    for (const more of row.more) {
      const day = overviewDay(more, days);
      // A "N more" whose day can't be told hides events on some day of the row:
      // none of the row may replace what is stored.
      if (day) partial.add(day);
      else for (const d of days) partial.add(d);
    }
  }
  const days = [...new Set(allDays)].sort();
  return { days, partial, events: x.set.events, chips, readable, found: chips, unread };
}
