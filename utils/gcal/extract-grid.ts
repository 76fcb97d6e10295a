import { columnChip, extractChip, stackedChip, type ExtractKit } from './chip-parts';
import type { AgendaGrid, ColumnsGrid, MonthGrid, RawChip } from './page-read';
import {
  ATTR,
  DATE_KEY,
  DAY_OVERVIEW,
  EVENT_CHIP,
  GRID_CELL,
  ROW,
  TIMED_COLUMN,
} from './selectors';

type ChipOf = (el: Element, kit: ExtractKit) => RawChip;

function chipsIn(scope: Element, kit: ExtractKit, chipOf: ChipOf, skip?: string): RawChip[] {
  const out: RawChip[] = [];
  const found = scope.querySelectorAll(EVENT_CHIP);
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (!skip || !el.closest(skip)) out.push(chipOf(el, kit));
  }
  return out;
}

/** Day, week and custom-days grids: timed columns and all-day cells, from one walk of the cells. */
export function extractColumns(scope: Element, kit: ExtractKit): ColumnsGrid | undefined {
  const grid: ColumnsGrid = { kind: 'columns', columns: [], allDayCells: 0, allDay: [] };
  const start = scope.getAttribute(ATTR.startDateKey);
  const end = scope.getAttribute(ATTR.endDateKey);
  if (start && end) grid.range = [start, end];
  const cells = scope.querySelectorAll(GRID_CELL);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (!cell.hasAttribute(ATTR.columnIndex)) {
      grid.allDayCells++;
      grid.allDay.push(...chipsIn(cell, kit, stackedChip, TIMED_COLUMN));
      continue;
    }
    const key = cell.getAttribute(ATTR.dateKey);
    if (key) grid.columns.push({ key, chips: chipsIn(cell, kit, columnChip) });
  }
  // No day columns yet: the grid is still loading.
  return grid.columns.length ? grid : undefined;
}

/** A week row's strip of `[data-datekey]` elements, in order. */
function stripKeys(row: Element): string[] {
  const keys: string[] = [];
  const first = row.querySelector(DATE_KEY);
  // The strip is a run of dated siblings: read them without walking the row's chips.
  const strip = first?.parentElement
    ? first.parentElement.children
    : row.querySelectorAll(DATE_KEY);
  for (let i = 0; i < strip.length; i++) {
    const key = strip[i]!.getAttribute(ATTR.dateKey);
    if (key) keys.push(key);
  }
  return keys;
}

/** Month and custom-weeks grids: each week row, its dated strip, chips and "N more" buttons. */
export function extractMonth(scope: Element, kit: ExtractKit): MonthGrid | undefined {
  const grid: MonthGrid = { kind: 'month', rows: [] };
  const rows = scope.querySelectorAll(ROW);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const keys = stripKeys(row);
    if (!keys.length) continue;
    const more: MonthGrid['rows'][number]['more'] = [];
    // Two single-selector walks: a selector list has no fast path in Chromium.
    const mores = row.querySelectorAll(DAY_OVERVIEW);
    const cells = mores.length ? Array.from(row.querySelectorAll(GRID_CELL)) : [];
    for (let j = 0; j < mores.length; j++) {
      const button = mores[j]!;
      const key = button.closest(DATE_KEY)?.getAttribute(ATTR.dateKey);
      const cell = button.closest(GRID_CELL);
      more.push({ ...(key && { key }), cell: cell ? cells.indexOf(cell) : -1 });
    }
    grid.rows.push({ keys, chips: chipsIn(row, kit, stackedChip), more });
  }
  return grid.rows.length ? grid : undefined;
}

/** The schedule view: every row, the date key it carries if any, and its chips. */
export function extractAgenda(scope: Element, kit: ExtractKit): AgendaGrid | undefined {
  const grid: AgendaGrid = { kind: 'agenda', rows: [] };
  const rows = scope.querySelectorAll(ROW);
  let chips = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const key = row.querySelector(DATE_KEY)?.getAttribute(ATTR.dateKey);
    const found = chipsIn(row, kit, extractChip);
    chips += found.length;
    grid.rows.push({ ...(key && { key }), chips: found });
  }
  return chips ? grid : undefined;
}
