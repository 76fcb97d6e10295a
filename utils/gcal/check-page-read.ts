import {
  attempt,
  bool,
  int,
  isColor,
  list,
  num,
  obj,
  oneOf,
  str,
  type Obj,
} from '@/utils/shared/check';
import type {
  AgendaGrid,
  ColumnsGrid,
  FoundHooks,
  MonthGrid,
  PageRead,
  RawChip,
  RawGrid,
} from './page-read';

// The deep check of what the content script sends (`PageRead`), in the
// background before `interpretView` sees it: every field the readers touch
// has its type and a bound, and the read is rebuilt from those fields only.
// A read that fails is "can't read this view", never a throw.

/** Far above any real page (a dense month shows a few thousand chips). */
const MAX_CHIPS = 20_000;
const MAX_COLUMNS = 60;
const MAX_ROWS = 2_000;
const TEXT = 10_000;
const KEY = 64;

const text = (v: unknown, p: string) => str(v, p, { max: TEXT });
const key = (v: unknown, p: string) => str(v, p, { max: KEY });

function optional<T>(
  o: Obj,
  out: Obj,
  name: string,
  p: string,
  check: (v: unknown, p: string) => T,
) {
  if (Object.hasOwn(o, name) && o[name] !== undefined) out[name] = check(o[name], `${p}.${name}`);
}

function chip(v: unknown, p: string): RawChip {
  const c = obj(v, p);
  const out: RawChip = {
    eid: str(c.eid, `${p}.eid`, { max: 1024 }),
    hidden: text(c.hidden, `${p}.hidden`),
    visible: list(c.visible, `${p}.visible`, 50).map((s, i) => text(s, `${p}.visible[${i}]`)),
  };
  const o = out as unknown as Obj;
  // A colour the page writes in a form Polarity doesn't know is left out, not the event.
  if (isColor(c.color)) out.color = c.color;
  optional(c, o, 'top', p, num);
  optional(c, o, 'left', p, num);
  optional(c, o, 'width', p, num);
  optional(c, o, 'cellKey', p, key);
  return out;
}

/** Counts chips across the grid, so a read can't make the reader walk millions. */
function chips(v: unknown, p: string, budget: { left: number }): RawChip[] {
  const raw = list(v, p, MAX_CHIPS);
  budget.left -= raw.length;
  if (budget.left < 0) throw new Error(`more than ${MAX_CHIPS} chips`);
  return raw.map((c, i) => chip(c, `${p}[${i}]`));
}

function columnsGrid(g: Obj, budget: { left: number }): ColumnsGrid {
  const out: ColumnsGrid = {
    kind: 'columns',
    columns: list(g.columns, 'grid.columns', MAX_COLUMNS).map((c, i) => {
      const col = obj(c, `grid.columns[${i}]`);
      return {
        key: key(col.key, `grid.columns[${i}].key`),
        chips: chips(col.chips, `grid.columns[${i}].chips`, budget),
      };
    }),
    allDayCells: int(g.allDayCells, 'grid.allDayCells', 0, MAX_COLUMNS),
    allDay: chips(g.allDay, 'grid.allDay', budget),
  };
  if (g.range !== undefined) {
    const r = list(g.range, 'grid.range', 2);
    if (r.length !== 2) list(undefined, 'grid.range');
    out.range = [key(r[0], 'grid.range[0]'), key(r[1], 'grid.range[1]')];
  }
  return out;
}

function monthGrid(g: Obj, budget: { left: number }): MonthGrid {
  return {
    kind: 'month',
    rows: list(g.rows, 'grid.rows', MAX_ROWS).map((r, i) => {
      const row = obj(r, `grid.rows[${i}]`);
      const p = `grid.rows[${i}]`;
      return {
        keys: list(row.keys, `${p}.keys`, MAX_COLUMNS).map((k, j) => key(k, `${p}.keys[${j}]`)),
        chips: chips(row.chips, `${p}.chips`, budget),
        more: list(row.more, `${p}.more`, MAX_COLUMNS).map((m, j) => {
          const more = obj(m, `${p}.more[${j}]`);
          const out: { key?: string; cell: number } = {
            cell: int(more.cell, `${p}.more[${j}].cell`, -1, MAX_COLUMNS),
          };
          optional(more, out, 'key', `${p}.more[${j}]`, key);
          return out;
        }),
      };
    }),
  };
}

function agendaGrid(g: Obj, budget: { left: number }): AgendaGrid {
  return {
    kind: 'agenda',
    rows: list(g.rows, 'grid.rows', MAX_ROWS).map((r, i) => {
      const row = obj(r, `grid.rows[${i}]`);
      const out: { key?: string; chips: RawChip[] } = {
        chips: chips(row.chips, `grid.rows[${i}].chips`, budget),
      };
      optional(row, out, 'key', `grid.rows[${i}]`, key);
      return out;
    }),
  };
}

function grid(v: unknown): RawGrid {
  const g = obj(v, 'grid');
  const budget = { left: MAX_CHIPS };
  const kind = oneOf(g.kind, 'grid.kind', ['columns', 'month', 'agenda'] as const);
  return kind === 'columns'
    ? columnsGrid(g, budget)
    : kind === 'month'
      ? monthGrid(g, budget)
      : agendaGrid(g, budget);
}

function hooks(v: unknown): FoundHooks {
  const h = obj(v, 'hooks');
  const count = (x: unknown, p: string) => int(x, p, 0, 1_000_000);
  return {
    cells: count(h.cells, 'hooks.cells'),
    columns: count(h.columns, 'hooks.columns'),
    dated: count(h.dated, 'hooks.dated'),
    rows: count(h.rows, 'hooks.rows'),
  };
}

function pageRead(v: unknown): PageRead {
  const r = obj(v, 'read');
  const out: PageRead = {
    href: str(r.href, 'href', { max: 4096 }),
    readAt: num(r.readAt, 'readAt'),
    main: bool(r.main, 'main'),
    anyChips: int(r.anyChips, 'anyChips', 0, 1_000_000),
  };
  const o = out as unknown as Obj;
  optional(r, o, 'lang', 'read', (x, p) => str(x, p, { max: 35 }));
  optional(r, o, 'zoneText', 'read', (x, p) => str(x, p, { max: 200 }));
  optional(r, o, 'viewKey', 'read', key);
  if (r.grid !== undefined) out.grid = grid(r.grid);
  if (r.hooks !== undefined) out.hooks = hooks(r.hooks);
  return out;
}

/** The read rebuilt from checked fields, or why it is not one `interpretView` can take. */
export function checkPageRead(
  v: unknown,
): { ok: true; read: PageRead } | { ok: false; reason: string } {
  try {
    const checked = attempt(() => pageRead(v));
    return checked.ok ? { ok: true, read: checked.value } : checked;
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : 'malformed' };
  }
}
