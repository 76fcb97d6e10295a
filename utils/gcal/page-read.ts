// What the content script sends: the page as found, nothing parsed. Chip texts,
// ids and date keys are read into events by the background (interpret-view.ts),
// which keeps the text tables of 73 languages out of every Calendar tab.

/** A chip as the page shows it: attributes and texts only. */
export interface RawChip {
  /** Raw `data-eventid`. */
  eid: string;
  /** The visually hidden accessible text; empty when the chip has none. */
  hidden: string;
  /** Texts of the visible (aria-hidden) parts, in document order. */
  visible: string[];
  /** CSS colour: the event's own swatch, else the chip's fill, else its border. */
  color?: string;
  /** Inline `top` in px inside a day column. */
  top?: number;
  /** A stacked chip's inline `left` and `width`, in percent of its row. */
  left?: number;
  width?: number;
  /** `data-datekey` around a stacked chip without a `left`. */
  cellKey?: string;
}

/** Day, week and custom-days views: timed columns and the all-day row. */
export interface ColumnsGrid {
  kind: 'columns';
  /** The grid's `data-start-date-key` and `data-end-date-key`, raw. */
  range?: [string, string];
  /** Timed columns in page order, by raw `data-datekey`. */
  columns: { key: string; chips: RawChip[] }[];
  /** All-day cells in the row, and the chips in them. */
  allDayCells: number;
  allDay: RawChip[];
}

/** Month and custom-weeks views: week rows with a strip of dated cells. */
export interface MonthGrid {
  kind: 'month';
  rows: {
    keys: string[];
    chips: RawChip[];
    /** "N more" buttons: their own date key, and their cell's index in the row (-1: none). */
    more: { key?: string; cell: number }[];
  }[];
}

/** The schedule view: rows in date order; a day's first row carries its date key. */
export interface AgendaGrid {
  kind: 'agenda';
  rows: { key?: string; chips: RawChip[] }[];
}

export type RawGrid = ColumnsGrid | MonthGrid | AgendaGrid;

export interface PageRead {
  href: string;
  readAt: number;
  /** `<html lang>`. */
  lang?: string;
  /** The account's time zone as the page names it, raw. */
  zoneText?: string;
  /** `body[data-viewkey]`: the view when the URL names none. */
  viewKey?: string;
  /** False while the page has no main region yet. */
  main: boolean;
  /** The current grid, when the view has one and it is on the page. */
  grid?: RawGrid;
  /** Chip-like nodes in the grid's scope, counted only when the grid has no event chip. */
  anyChips: number;
  /** The grid's hooks as counted when chips are there but no grid could be taken. */
  hooks?: FoundHooks;
}

/** How many of each grid hook a scope holds: names what a redesigned page still has. */
export interface FoundHooks {
  /** `[role=gridcell]`, those with a `data-column-index`, `[data-datekey]`, `[role=row]`. */
  cells: number;
  columns: number;
  dated: number;
  rows: number;
}

/** A light shape check at the message boundary: a malformed read is not saved. */
export function isPageRead(v: unknown): v is PageRead {
  const r = v as PageRead;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.href === 'string' &&
    typeof r.readAt === 'number' &&
    typeof r.main === 'boolean' &&
    typeof r.anyChips === 'number' &&
    (r.grid === undefined || (typeof r.grid === 'object' && r.grid !== null))
  );
}
