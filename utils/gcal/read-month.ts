import type { DayKey } from '../types';
import { dayClock, decodeDateKey } from './date-key';
import { chipSpan, EventSet, type GridRead } from './grid-read';
import { placedChipEvents, type PlacedCtx } from './placed-chip-events';
import { readChip, type ReadKit } from './read-chip';
import { ATTR, DATE_KEY, DAY_OVERVIEW, EVENT_CHIP, GRID_CELL, ROW } from './selectors';

/** A week row's days: its strip of `[data-datekey]` elements, in order, once each. */
function rowDays(row: Element): DayKey[] {
  const days: DayKey[] = [];
  const first = row.querySelector(DATE_KEY);
  // The strip is a run of dated siblings: read them without walking the row's chips.
  const strip = first?.parentElement
    ? first.parentElement.children
    : row.querySelectorAll(DATE_KEY);
  for (let i = 0; i < strip.length; i++) {
    const day = decodeDateKey(strip[i]!.getAttribute(ATTR.dateKey));
    if (day && !days.includes(day)) days.push(day);
  }
  return days;
}

/** The day of a "N more" button: its own date, else its cell's place in the row. */
function overviewDay(button: Element, row: Element, days: DayKey[]): DayKey | undefined {
  const own = decodeDateKey(button.closest(DATE_KEY)?.getAttribute(ATTR.dateKey));
  if (own && days.includes(own)) return own;
  const cell = button.closest(GRID_CELL);
  if (!cell) return undefined;
  const cells = Array.from(row.querySelectorAll(GRID_CELL));
  return days[cells.indexOf(cell)];
}

/**
 * Reads a month or custom-weeks grid: week rows, each with a strip of seven
 * dated cells, chips placed by their left/width share of the row. Days behind
 * a "N more" button are partial: the hidden events are not in the page.
 */
export function readMonth(scope: Element, kit: ReadKit): GridRead | null {
  const rows = scope.querySelectorAll(ROW);
  const weeks: [Element, DayKey[]][] = [];
  for (let i = 0; i < rows.length; i++) {
    const days = rowDays(rows[i]!);
    if (days.length) weeks.push([rows[i]!, days]);
  }
  if (!weeks.length) return null;
  const allDays = weeks.flatMap(([, days]) => days);
  const x: PlacedCtx = { at: dayClock(kit.zone), set: new EventSet(), inGrid: new Set(allDays) };
  const partial = new Set<DayKey>();
  let chips = 0;
  let readable = 0;
  for (const [row, days] of weeks) {
    const found = row.querySelectorAll(EVENT_CHIP);
    for (let i = 0; i < found.length; i++) {
      const el = found[i]!;
      chips++;
      const span = chipSpan(el, days);
      const c = readChip(el, kit);
      const events = c && span.length ? placedChipEvents(c, span, x) : null;
      if (!events) {
        for (const day of span) partial.add(day);
        continue;
      }
      if (c?.text) readable++;
      for (const ev of events) x.set.add(ev);
    }
    // Two single-selector walks: a selector list has no fast path in Chromium.
    const mores = row.querySelectorAll(DAY_OVERVIEW);
    for (let i = 0; i < mores.length; i++) {
      const day = overviewDay(mores[i]!, row, days);
      if (day) partial.add(day);
    }
  }
  return { days: [...new Set(allDays)].sort(), partial, events: x.set.events, chips, readable };
}
