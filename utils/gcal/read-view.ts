import type { Snapshot, ViewKind } from '../types';
import { parseChipText } from './chip-text';
import { boundedCache } from './bounded-cache';
import { textContentOf } from './chip-parts';
import { weekdayOf } from './date-key';
import { decodeEventId, type DecodedEventId } from './event-id';
import type { ChipTexts, ReadKit } from './read-chip';
import type { GridRead } from './grid-read';
import { readAgenda } from './read-agenda';
import { readColumns } from './read-columns';
import { readMonth } from './read-month';
import { ACCOUNT_TIMEZONE, ANY_CHIP, GRID_RANGE, MAIN } from './selectors';
import { viewFromUrl, viewFromViewKey } from './view-from-url';
import { validZone } from './zoned-time';

// A week holds a few hundred distinct chips; a few thousand entries cover
// long sessions of navigation before the caches start over.
const CACHE_LIMIT = 4000;
const texts = boundedCache<ChipTexts>(CACHE_LIMIT);
const ids = boundedCache<DecodedEventId | null>(CACHE_LIMIT);
let textsLang: string | undefined;

/** Empties the memo caches (tests and the cold-cache benchmark). */
export function clearReadCaches(): void {
  texts.clear();
  ids.clear();
}

const decodeCached = (eid: string) => ids.get(eid, () => decodeEventId(eid));

function fastKit(lang: string | undefined, zone?: string): ReadKit {
  // Parses depend on the page's language; it changes only when the user switches it.
  if (lang !== textsLang) {
    texts.clear();
    textsLang = lang;
  }
  return {
    lang,
    textOf: textContentOf,
    parse: parseChipText,
    decode: decodeCached,
    texts,
    ...(zone && { zone }),
  };
}

let zoneMemo: { text: string; zone: string | undefined; until: number } | undefined;

/**
 * The account's zone when the page names it (an IANA name) and it differs from
 * the browser's; undefined means browser time, the fast path. Memoised for a
 * minute: Intl lookups cost more than the rest of a read.
 */
function accountZone(root: ParentNode, now: number): string | undefined {
  const text = root.querySelector(ACCOUNT_TIMEZONE)?.textContent?.trim() ?? '';
  if (!text) return undefined;
  if (zoneMemo && zoneMemo.text === text && now < zoneMemo.until) return zoneMemo.zone;
  const named = validZone(text);
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone = named && named !== browser ? named : undefined;
  zoneMemo = { text, zone, until: now + 60_000 };
  return zone;
}

function documentOf(root: ParentNode): Document | null {
  const node = root as Node;
  return node.nodeType === 9 ? (node as Document) : node.ownerDocument;
}

function last(root: ParentNode, selector: string): Element | null {
  const all = root.querySelectorAll(selector);
  return all.length ? all[all.length - 1]! : null;
}

type Base = Pick<Snapshot, 'account' | 'readAt' | 'lang' | 'timeZone'>;

function nothing(
  base: Base,
  view: ViewKind,
  status: Snapshot['status'],
  reason?: string,
): Snapshot {
  const s: Snapshot = { ...base, view, fullDays: [], partialDays: [], events: [], status };
  if (reason) s.reason = reason;
  return s;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

const LOADING = 'still loading: the calendar grid is not on the page yet';
const UNKNOWN = "can't read this view: Polarity doesn't know it";

type GridReader = (scope: Element, kit: ReadKit) => GridRead | null;

/** Reads the grid of the current `[role=main]` with the view's reader. */
function readGrid(
  root: ParentNode,
  base: Base,
  view: ViewKind,
  kit: ReadKit,
  reader: GridReader,
): Snapshot {
  const main = last(root, MAIN);
  if (!main) return nothing(base, view, 'unreadable', LOADING);
  // During a transition the old grid may linger in the same view: the last one is current.
  const scope = last(main, GRID_RANGE) ?? main;
  const grid = reader(scope, kit);
  if (!grid) return nothing(base, view, 'unreadable', LOADING);
  const noneRead = grid.chips > 0 && grid.readable === 0;
  if (noneRead || (grid.events.length === 0 && scope.querySelector(ANY_CHIP))) {
    const found = Math.max(grid.chips, scope.querySelectorAll(ANY_CHIP).length);
    const reason = `can't read this view: ${plural(found, 'event chip')} found, none readable`;
    return nothing(base, view, 'unreadable', reason);
  }
  const snapshot: Snapshot = {
    ...base,
    view,
    fullDays: grid.days.filter((d) => !grid.partial.has(d)),
    partialDays: grid.days.filter((d) => grid.partial.has(d)),
    events: grid.events,
    status: 'ok',
  };
  const first = grid.days[0];
  const weekRows = view === 'month' || view === 'customweek';
  if (first && (weekRows || (view === 'week' && grid.days.length === 7))) {
    const wd = weekdayOf(first);
    if (wd === 0 || wd === 1 || wd === 6) snapshot.weekStartsOn = wd;
  }
  return snapshot;
}

/** Shared by readView and the naive baseline: everything but how chips are read. */
export function readViewWith(
  root: ParentNode,
  url: URL,
  now: number,
  kitFor: (lang?: string, zone?: string) => ReadKit,
): Snapshot {
  const doc = documentOf(root);
  const lang = doc?.documentElement?.getAttribute('lang') || undefined;
  const u = viewFromUrl(url);
  const base: Base = { account: u.account, readAt: now };
  if (lang) base.lang = lang;
  const zone = accountZone(root, now);
  if (zone) base.timeZone = zone;
  if (u.page === 'not-a-view') return nothing(base, 'other', 'not-a-view');
  if (u.page === 'unknown') return nothing(base, 'other', 'unreadable', UNKNOWN);
  const view = u.view ?? viewFromViewKey(doc?.body?.getAttribute('data-viewkey'));
  if (!view)
    return nothing(base, 'other', 'unreadable', "still loading: can't tell which view this is yet");
  switch (view) {
    case 'day':
    case 'week':
    case 'customday':
      return readGrid(root, base, view, kitFor(lang, zone), readColumns);
    case 'month':
    case 'customweek':
      return readGrid(root, base, view, kitFor(lang, zone), readMonth);
    case 'agenda':
      return readGrid(root, base, view, kitFor(lang, zone), readAgenda);
    case 'year':
      // The year view draws no events: there is nothing to learn from it.
      return nothing(base, view, 'ok');
    default:
      return nothing(base, view, 'unreadable', UNKNOWN);
  }
}

/**
 * The whole page read: the current view, its days and their events. Forces no
 * layout (attributes and textContent only); chip texts and ids are memoised.
 */
export function readView(root: ParentNode, url: URL, now: number = Date.now()): Snapshot {
  return readViewWith(root, url, now, fastKit);
}
