import type { CalEvent, DayKey, EventKind } from '../types';
import { crossesMidnight, namedKind, timedEvent, wholeDayEvent, type ReadChip } from './chip-event';
import { addDays, dayClock, decodeDateKey, type DayClock } from './date-key';
import { chipTop } from './chip-parts';
import { readChip, type ReadKit } from './read-chip';
import { ATTR, DATE_KEY, EVENT_CHIP, GRID_CELL, TIMED_COLUMN } from './selectors';

/** What one grid of day columns (day, week, custom days) holds. */
export interface GridRead {
  /** Days of the timed grid, in order. */
  days: DayKey[];
  /** Days where a chip could not be read: their stored events must not be replaced. */
  partial: Set<DayKey>;
  events: CalEvent[];
  /** Chips that should have produced an event, and those that did. */
  chips: number;
  readable: number;
}

/** Collects events once per (event, day): midnight-crossing and transitional duplicates. */
export class EventSet {
  readonly events: CalEvent[] = [];
  private readonly seen = new Map<DayKey, Set<string>>();
  add(ev: CalEvent): void {
    let ids = this.seen.get(ev.day);
    if (!ids) this.seen.set(ev.day, (ids = new Set()));
    if (ids.has(ev.eid)) return;
    ids.add(ev.eid);
    this.events.push(ev);
  }
}

const WHOLE_DAY_KINDS = new Set<EventKind>(['task', 'allday', 'holiday', 'birthday']);

function rangeOf(scope: Element): [DayKey, DayKey] | null {
  const first = decodeDateKey(scope.getAttribute(ATTR.startDateKey));
  const last = decodeDateKey(scope.getAttribute(ATTR.endDateKey));
  return first && last && first <= last ? [first, last] : null;
}

/** Timed day columns by day, and all-day cells, from one walk of the grid. */
function cellsOf(scope: Element): { columns: Map<DayKey, Element>; allDay: Element[] } {
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
  return { columns, allDay };
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

const PERCENT = (prop: string) =>
  new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*(?:calc\\(\\s*)?(-?[\\d.]+)%`);
const LEFT = PERCENT('left');
const WIDTH = PERCENT('width');

/** Days an all-day chip covers: from its left/width share of the row, else its cell's date. */
function allDaySpan(chip: Element, days: DayKey[]): DayKey[] {
  const style = chip.getAttribute(ATTR.style) ?? '';
  const left = LEFT.exec(style);
  if (left) {
    const share = 100 / days.length;
    const first = Math.max(0, Math.round(Number(left[1]) / share));
    const width = WIDTH.exec(style);
    const span = width ? Math.max(1, Math.round(Number(width[1]) / share)) : 1;
    return days.slice(first, first + span);
  }
  const day = decodeDateKey(chip.closest(DATE_KEY)?.getAttribute(ATTR.dateKey));
  return day && days.includes(day) ? [day] : [];
}

/** Reads a day/week/custom-days grid; null when it has no day columns yet (still loading). */
export function readColumns(scope: Element, kit: ReadKit): GridRead | null {
  const { columns, allDay } = cellsOf(scope);
  if (columns.size === 0) return null;
  const days = [...columns.keys()].sort();
  const at = dayClock();
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
      readable++;
      set.add(ev);
    }
    prev = ids;
    prevDay = day;
  }
  for (const cell of allDay) {
    for (const el of cell.querySelectorAll(EVENT_CHIP)) {
      if (el.closest(TIMED_COLUMN)) continue;
      const c = readChip(el, kit);
      if (!c) continue;
      const kind = namedKind(c) ?? 'allday';
      for (const day of allDaySpan(el, days)) set.add(wholeDayEvent(c, day, kind, at));
    }
  }
  return { days, partial, events: set.events, chips, readable };
}
