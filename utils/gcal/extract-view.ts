import { boundedCache } from './bounded-cache';
import { textContentOf, type ExtractKit } from './chip-parts';
import { extractAgenda, extractColumns, extractMonth } from './extract-grid';
import type { FoundHooks, PageRead, RawGrid } from './page-read';
import {
  ACCOUNT_TIMEZONE,
  ANY_CHIP,
  ANY_EVENT_ID,
  DATE_KEY,
  GRID_CELL,
  GRID_RANGE,
  MAIN,
  ROW,
  TIMED_COLUMN,
} from './selectors';
import { viewFromUrl, viewFromViewKey } from './view-from-url';

type Extract = (scope: Element, kit: ExtractKit) => RawGrid | undefined;

const WALKS: Partial<Record<string, Extract>> = {
  day: extractColumns,
  week: extractColumns,
  customday: extractColumns,
  month: extractMonth,
  customweek: extractMonth,
  agenda: extractAgenda,
};

function last(root: ParentNode, selector: string): Element | null {
  const all = root.querySelectorAll(selector);
  return all.length ? all[all.length - 1]! : null;
}

function documentOf(root: ParentNode): Document | null {
  const node = root as Node;
  return node.nodeType === 9 ? (node as Document) : node.ownerDocument;
}

// A week holds a few hundred distinct chips; a few thousand entries cover
// long sessions of navigation before the memo starts over.
const visible = boundedCache<string[]>(4000);
const fast: ExtractKit = { textOf: textContentOf, visible };

/** Empties the visible-text memo (tests and the cold-cache benchmark). */
export const clearExtractCache = (): void => visible.clear();

/**
 * The page as found, for the background to read into events: the current
 * view's grid, its chips' attributes and texts. Forces no layout (attributes
 * and textContent only) and parses nothing.
 */
export function extractView(
  root: ParentNode,
  url: URL,
  now: number = Date.now(),
  kit: ExtractKit = fast,
): PageRead {
  const doc = documentOf(root);
  const read: PageRead = { href: url.href, readAt: now, main: false, anyChips: 0 };
  const lang = doc?.documentElement?.getAttribute('lang');
  if (lang) read.lang = lang;
  const zone = root.querySelector(ACCOUNT_TIMEZONE)?.textContent?.trim();
  if (zone) read.zoneText = zone;
  const viewKey = doc?.body?.getAttribute('data-viewkey');
  if (viewKey) read.viewKey = viewKey;
  const u = viewFromUrl(url);
  const walk = u.page === 'view' && WALKS[u.view ?? viewFromViewKey(viewKey) ?? ''];
  const main = last(root, MAIN);
  read.main = !!main;
  if (!walk || !main) {
    // A page with chips but no view or main region is not loading: it was redesigned.
    if (u.page === 'view') noteChips(read, root);
    return read;
  }
  // During a transition the old grid may linger in the same view: the last one is current.
  const scope = last(main, GRID_RANGE) ?? main;
  const grid = walk(scope, kit);
  if (grid) read.grid = grid;
  // Only a grid with no event chip needs the second walk: it tells an empty
  // view from one whose chips this reader cannot see.
  if (!grid) noteChips(read, scope);
  else if (chipCount(grid) === 0) read.anyChips = chipLike(scope);
  return read;
}

/**
 * Chip-like nodes: `[data-eventchip]`, else outermost `[data-eventid]` (a
 * renamed chip marker leaves the ids). Counted only when no chip was taken.
 */
function chipLike(scope: ParentNode): number {
  const marked = scope.querySelectorAll(ANY_CHIP).length;
  if (marked) return marked;
  const ids = scope.querySelectorAll(ANY_EVENT_ID);
  let n = 0;
  for (let i = 0; i < ids.length; i++) if (!ids[i]!.parentElement?.closest(ANY_EVENT_ID)) n++;
  return n;
}

function noteChips(read: PageRead, scope: ParentNode): void {
  read.anyChips = chipLike(scope);
  if (!read.anyChips) return;
  const hooks: FoundHooks = {
    cells: scope.querySelectorAll(GRID_CELL).length,
    columns: scope.querySelectorAll(TIMED_COLUMN).length,
    dated: scope.querySelectorAll(DATE_KEY).length,
    rows: scope.querySelectorAll(ROW).length,
  };
  read.hooks = hooks;
}

function chipCount(grid: RawGrid): number {
  if (grid.kind === 'columns')
    return grid.columns.reduce((n, c) => n + c.chips.length, grid.allDay.length);
  return grid.rows.reduce((n, r) => n + r.chips.length, 0);
}
