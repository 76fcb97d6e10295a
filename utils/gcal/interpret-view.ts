import { enReader } from '@/utils/shared/i18n/messages/reader/en';
import { msg, plural, type Msg } from '@/utils/shared/i18n/msg';
import { catalogueReader, render } from '@/utils/shared/i18n/render';
import type { Snapshot, ViewKind } from '@/utils/shared/types';
import { boundedCache, type BoundedCache } from './bounded-cache';
import { parseChipText } from './chip-text';
import { weekdayOf } from './date-key';
import { decodeEventId, type DecodedEventId } from './event-id';
import type { GridRead } from './grid-read';
import type { PageRead } from './page-read';
import { readAgenda } from './read-agenda';
import type { ChipTexts, ReadKit } from './read-chip';
import { readColumns } from './read-columns';
import { readMonth } from './read-month';
import { viewFromUrl, viewFromViewKey } from './view-from-url';
import { validZone } from './zoned-time';

// A week holds a few hundred distinct chips; this covers the week shown and
// its neighbours (back and forth is the common navigation) before the caches
// start over, and bounds what a long session keeps in the worker's heap.
const CACHE_LIMIT = 1500;
const ids = boundedCache<DecodedEventId | null>(CACHE_LIMIT);
// Parses depend on the page's language, and one background serves every tab:
// a memo per language, so tabs in two languages don't empty each other's.
const textsByLang = new Map<string, BoundedCache<ChipTexts>>();
const MAX_LANGS = 8;

function textsFor(lang: string | undefined): BoundedCache<ChipTexts> {
  const key = lang ?? '';
  let texts = textsByLang.get(key);
  if (!texts) {
    if (textsByLang.size >= MAX_LANGS) textsByLang.clear();
    textsByLang.set(key, (texts = boundedCache<ChipTexts>(CACHE_LIMIT)));
  }
  return texts;
}

/** Empties the memo caches (tests and the cold-cache benchmark). */
export function clearInterpretCaches(): void {
  textsByLang.clear();
  ids.clear();
  zoneMemo = undefined;
}

const decodeCached = (eid: string) => ids.get(eid, () => decodeEventId(eid));

export type KitFor = (lang?: string, zone?: string) => ReadKit;

const fastKit: KitFor = (lang, zone) => ({
  lang,
  parse: parseChipText,
  decode: decodeCached,
  texts: textsFor(lang),
  ...(zone && { zone }),
});

let zoneMemo: { text: string; zone: string | undefined; until: number } | undefined;

/**
 * The account's zone when the page names it (an IANA name) and it differs from
 * the browser's; undefined means browser time, the fast path. Memoised for a
 * minute: Intl lookups cost more than the rest of a read.
 */
function accountZone(text: string | undefined, now: number): string | undefined {
  if (!text) return undefined;
  if (zoneMemo && zoneMemo.text === text && now < zoneMemo.until) return zoneMemo.zone;
  const named = validZone(text);
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone = named && named !== browser ? named : undefined;
  zoneMemo = { text, zone, until: now + 60_000 };
  return zone;
}

type Base = Pick<Snapshot, 'account' | 'readAt' | 'lang' | 'timeZone'>;

// Reasons are sentences as data (`because`), rendered where read: the badge
// title and the popup, in the browser's language. `reason` keeps their English.
const english = catalogueReader(enReader, 'en');

function nothing(base: Base, view: ViewKind, status: Snapshot['status'], because?: Msg): Snapshot {
  const s: Snapshot = { ...base, view, fullDays: [], partialDays: [], events: [], status };
  if (because) {
    s.because = because;
    s.reason = render(because, english);
  }
  return s;
}

const LOADING = msg('view_loading');
const UNKNOWN = msg('view_unknown');

const GRID_WORDS: Partial<Record<ViewKind, Msg['key']>> = {
  day: 'view_no_columns',
  week: 'view_no_columns',
  customday: 'view_no_columns',
  month: 'view_no_week_rows',
  customweek: 'view_no_week_rows',
  agenda: 'view_no_rows',
};

/**
 * Chips on the page and none placed on a day: a settled page Polarity can't
 * read (Google changed it), not one still loading. Names what was found.
 * Undefined when no chip is there, which is what loading looks like.
 */
function unplaced(read: PageRead, view: ViewKind | null | undefined): Msg | undefined {
  if (read.anyChips <= 0) return undefined;
  const chips = plural('view_chips', read.anyChips);
  const h = read.hooks;
  // Counts from the page side, checked: they go into words the user reads.
  const found =
    h && [h.cells, h.columns, h.dated, h.rows].every(Number.isInteger)
      ? msg('view_hooks', h.cells, h.columns, h.dated, h.rows)
      : '';
  const missing = !read.main
    ? 'view_no_main'
    : !view
      ? 'view_no_view'
      : (GRID_WORDS[view] ?? 'view_no_grid');
  return msg('view_unplaced', chips, msg(missing), found);
}

function withChips(s: Snapshot, found: number, unread: number): Snapshot {
  if (found > 0) s.chips = { found, unread };
  return s;
}

/** The grid read into days and events, or why it can't be. */
function snapshotOf(read: PageRead, base: Base, view: ViewKind, kit: ReadKit): Snapshot {
  const raw = read.grid;
  let grid: GridRead | null = null;
  if (raw?.kind === 'columns' && (view === 'day' || view === 'week' || view === 'customday'))
    grid = readColumns(raw, kit);
  else if (raw?.kind === 'month' && (view === 'month' || view === 'customweek'))
    grid = readMonth(raw, kit);
  else if (raw?.kind === 'agenda' && view === 'agenda') grid = readAgenda(raw, kit);
  if (!grid)
    return withChips(
      nothing(base, view, 'unreadable', unplaced(read, view) ?? LOADING),
      read.anyChips,
      read.anyChips,
    );
  const noneRead = grid.chips > 0 && grid.readable === 0;
  if (noneRead || (grid.events.length === 0 && read.anyChips > 0)) {
    const found = Math.max(grid.chips, read.anyChips);
    const because = msg('view_none_readable', plural('view_chips', found));
    return withChips(
      nothing(base, view, 'unreadable', because),
      Math.max(grid.found, found),
      Math.max(grid.found, found),
    );
  }
  const snapshot: Snapshot = {
    ...base,
    view,
    fullDays: grid.days.filter((d) => !grid.partial.has(d)),
    partialDays: grid.days.filter((d) => grid.partial.has(d)),
    events: grid.events,
    status: 'ok',
    chips: { found: grid.found, unread: grid.unread },
  };
  const first = grid.days[0];
  const weekRows = view === 'month' || view === 'customweek';
  if (first && (weekRows || (view === 'week' && grid.days.length === 7))) {
    const wd = weekdayOf(first);
    if (wd === 0 || wd === 1 || wd === 6) snapshot.weekStartsOn = wd;
  }
  return snapshot;
}

/** Shared by interpretView and the naive baseline: everything but how chips are read. */
export function interpretWith(read: PageRead, kitFor: KitFor): Snapshot {
  let url: URL;
  try {
    url = new URL(read.href);
  } catch {
    return nothing({ account: 0, readAt: read.readAt }, 'other', 'not-a-view');
  }
  const u = viewFromUrl(url);
  const base: Base = { account: u.account, readAt: read.readAt };
  if (read.lang) base.lang = read.lang;
  const zone = accountZone(read.zoneText, read.readAt);
  if (zone) base.timeZone = zone;
  if (u.page === 'not-a-view') return nothing(base, 'other', 'not-a-view');
  if (u.page === 'unknown') return nothing(base, 'other', 'unreadable', UNKNOWN);
  const view = u.view ?? viewFromViewKey(read.viewKey);
  if (!view)
    return nothing(base, 'other', 'unreadable', unplaced(read, view) ?? msg('view_loading_which'));
  switch (view) {
    case 'year':
      // The year view draws no events: there is nothing to learn from it.
      return nothing(base, view, 'ok');
    case 'other':
      return nothing(base, view, 'unreadable', UNKNOWN);
    default:
      if (!read.main) {
        const s = nothing(base, view, 'unreadable', unplaced(read, view) ?? LOADING);
        return withChips(s, read.anyChips, read.anyChips);
      }
      return snapshotOf(read, base, view, kitFor(read.lang, zone));
  }
}

/**
 * A page read into the current view, its days and their events: the
 * background's half of reading Calendar. Chip texts and ids are memoised.
 */
export function interpretView(read: PageRead): Snapshot {
  return interpretWith(read, fastKit);
}
