import type { CalEvent, DayKey, EventKind } from '@/utils/shared/types';
import { crossesMidnight, namedKind, timedEvent, wholeDayEvent, type ReadChip } from './chip-event';
import { addDays, dayClock, daysBetween, decodeDateKey, type DayClock } from './date-key';
import { chipSpan, EventSet, rangeOf, type GridRead } from './grid-read';
import type { ColumnsGrid, RawChip } from './page-read';
import { readChip, type ReadKit } from './read-chip';

const WHOLE_DAY_KINDS = new Set<EventKind>(['task', 'allday', 'holiday', 'birthday']);

/** Timed columns by day, inside the grid's range. */
function columnsOf(grid: ColumnsGrid, range: [DayKey, DayKey] | null): Map<DayKey, RawChip[]> {
  const columns = new Map<DayKey, RawChip[]>();
  for (const { key, chips } of grid.columns) {
    const day = decodeDateKey(key);
    if (!day || (range && (day < range[0] || day > range[1]))) continue;
    // A later column for the same day is the newer render.
    columns.set(day, chips);
  }
  return columns;
}

/**
 * The days the all-day row's left/width shares divide: the grid's range when
 * it has one cell per day of it (so a column not rendered yet cannot shift the
 * others), else the day columns found.
 */
function allDayRowDays(range: [DayKey, DayKey] | null, cells: number, days: DayKey[]): DayKey[] {
  const inRange = range ? daysBetween(range[0], range[1]) : [];
  return inRange.length === cells ? inRange : days;
}

function columnEvent(
  raw: RawChip,
  c: ReadChip,
  day: DayKey,
  prev: Set<string> | null,
  at: DayClock,
): CalEvent | null {
  const kind = namedKind(c) ?? 'timed';
  if (WHOLE_DAY_KINDS.has(kind)) return wholeDayEvent(c, day, kind, at);
  // Either half of a midnight-crossing event reads the same; the tail is the one
  // whose id was in yesterday's column, or that starts at the column's top.
  const tail = crossesMidnight(c) && ((prev?.has(c.parts.eid) ?? false) || (raw.top ?? 1) <= 0.5);
  const ev = timedEvent(c, day, kind, tail, at);
  return ev ?? (kind === 'timed' ? null : wholeDayEvent(c, day, kind, at));
}

/** Reads a day/week/custom-days grid; null when it has no day columns yet (still loading). */
export function readColumns(grid: ColumnsGrid, kit: ReadKit): GridRead | null {
  const range = rangeOf(grid.range);
  const columns = columnsOf(grid, range);
  if (columns.size === 0) return null;
  const days = [...columns.keys()].sort();
  const at = dayClock(kit.zone);
  const set = new EventSet();
  const partial = new Set<DayKey>();
  let chips = 0;
  let readable = 0;
  let unread = 0;
  let prev: Set<string> | null = null;
  let prevDay: DayKey | null = null;
  for (const day of days) {
    const ids = new Set<string>();
    const yesterday = prevDay !== null && prevDay === addDays(day, -1) ? prev : null;
    for (const raw of columns.get(day)!) {
      chips++;
      const c = readChip(raw, kit);
      const ev = c && columnEvent(raw, c, day, yesterday, at);
      if (c) ids.add(c.parts.eid);
      if (!ev) {
        partial.add(day);
        unread++;
        continue;
      }
      if (c?.text) readable++;
      set.add(ev);
    }
    prev = ids;
    prevDay = day;
  }
  const rowDays = allDayRowDays(range, grid.allDayCells, days);
  for (const raw of grid.allDay) {
    const c = readChip(raw, kit);
    if (!c) {
      unread++;
      continue;
    }
    const kind = namedKind(c) ?? 'allday';
    for (const day of chipSpan(raw, rowDays)) {
      if (columns.has(day)) set.add(wholeDayEvent(c, day, kind, at));
    }
  }
  const found = chips + grid.allDay.length;
  return { days, partial, events: set.events, chips, readable, found, unread };
}
