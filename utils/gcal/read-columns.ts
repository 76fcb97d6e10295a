import type { CalEvent, DayKey, EventKind } from '../types';
import { crossesMidnight, namedKind, timedEvent, wholeDayEvent, type ReadChip } from './chip-event';
import { addDays, dayClock, daysBetween, decodeDateKey, type DayClock } from './date-key';
import { chipTop } from './chip-parts';
import { chipSpan, EventSet, rangeOf, type GridRead } from './grid-read';
import { readChip, type ReadKit } from './read-chip';
import { ATTR, EVENT_CHIP, GRID_CELL, TIMED_COLUMN } from './selectors';

const WHOLE_DAY_KINDS = new Set<EventKind>(['task', 'allday', 'holiday', 'birthday']);

/** Timed day columns by day, and all-day cells, from one walk of the grid. */
function cellsOf(scope: Element): {
  columns: Map<DayKey, Element>;
  allDay: Element[];
  range: [DayKey, DayKey] | null;
} {
  const range = rangeOf(scope);
  const columns = new Map<DayKey, Element>();
  const allDay: Element[] = [];
  const cells = scope.querySelectorAll(GRID_CELL);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (!cell.hasAttribute(ATTR.columnIndex)) {
      allDay.push(cell);
      continue;
    }
    const day = decodeDateKey(cell.getAttribute(ATTR.dateKey));
    if (!day || (range && (day < range[0] || day > range[1]))) continue;
    // A later column for the same day is the newer render.
    columns.set(day, cell);
  }
  return { columns, allDay, range };
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
  el: Element,
  c: ReadChip,
  day: DayKey,
  prev: Set<string> | null,
  at: DayClock,
): CalEvent | null {
  const kind = namedKind(c) ?? 'timed';
  if (WHOLE_DAY_KINDS.has(kind)) return wholeDayEvent(c, day, kind, at);
  // Either half of a midnight-crossing event reads the same; the tail is the one
  // whose id was in yesterday's column, or that starts at the column's top.
  const tail =
    crossesMidnight(c) && ((prev?.has(c.parts.eid) ?? false) || (chipTop(el) ?? 1) <= 0.5);
  const ev = timedEvent(c, day, kind, tail, at);
  return ev ?? (kind === 'timed' ? null : wholeDayEvent(c, day, kind, at));
}

/** Reads a day/week/custom-days grid; null when it has no day columns yet (still loading). */
export function readColumns(scope: Element, kit: ReadKit): GridRead | null {
  const { columns, allDay, range } = cellsOf(scope);
  if (columns.size === 0) return null;
  const days = [...columns.keys()].sort();
  const at = dayClock(kit.zone);
  const set = new EventSet();
  const partial = new Set<DayKey>();
  let chips = 0;
  let readable = 0;
  let prev: Set<string> | null = null;
  let prevDay: DayKey | null = null;
  for (const day of days) {
    const ids = new Set<string>();
    const yesterday = prevDay !== null && prevDay === addDays(day, -1) ? prev : null;
    const found = columns.get(day)!.querySelectorAll(EVENT_CHIP);
    for (let i = 0; i < found.length; i++) {
      const el = found[i]!;
      chips++;
      const c = readChip(el, kit);
      const ev = c && columnEvent(el, c, day, yesterday, at);
      if (c) ids.add(c.parts.eid);
      if (!ev) {
        partial.add(day);
        continue;
      }
      if (c?.text) readable++;
      set.add(ev);
    }
    prev = ids;
    prevDay = day;
  }
  const rowDays = allDayRowDays(range, allDay.length, days);
  for (const cell of allDay) {
    for (const el of cell.querySelectorAll(EVENT_CHIP)) {
      if (el.closest(TIMED_COLUMN)) continue;
      const c = readChip(el, kit);
      if (!c) continue;
      const kind = namedKind(c) ?? 'allday';
      for (const day of chipSpan(el, rowDays)) {
        if (columns.has(day)) set.add(wholeDayEvent(c, day, kind, at));
      }
    }
  }
  return { days, partial, events: set.events, chips, readable };
}
