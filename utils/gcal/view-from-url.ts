import type { DayKey, ViewKind } from '@/utils/shared/types';
import { dayKeyOf, parseDayKey } from './date-key';

export interface UrlView {
  /** Signed-in account index from `/u/<n>`; 0 when absent. */
  account: number;
  /**
   * The view the URL names; `other` when it names none. Null for `/r` alone:
   * the default view, which only the page itself can tell.
   */
  view: ViewKind | null;
  /** The day the URL is anchored on; absent means today. */
  date?: DayKey;
  /**
   * `not-a-view`: a page that shows no calendar (event edit, search, settings,
   * or not the calendar app at all). `unknown`: a `/r/<name>` we have never seen.
   */
  page: 'view' | 'not-a-view' | 'unknown';
}

const VIEWS = new Map<string, ViewKind>([
  ['day', 'day'],
  ['week', 'week'],
  ['month', 'month'],
  ['year', 'year'],
  ['customday', 'customday'],
  ['customweek', 'customweek'],
  ['agenda', 'agenda'],
]);

// `body[data-viewkey]` names, for `/r` alone (the default view).
const VIEW_KEYS = new Map<string, ViewKind>([
  ['DAY', 'day'],
  ['WEEK', 'week'],
  ['MONTH', 'month'],
  ['YEAR', 'year'],
  ['CUSTOM_DAYS', 'customday'],
  ['CUSTOM_WEEKS', 'customweek'],
  ['AGENDA', 'agenda'],
]);

export function viewFromViewKey(key: string | null | undefined): ViewKind | null {
  return (key && VIEW_KEYS.get(key)) || null;
}

const NOT_VIEWS = new Set(['eventedit', 'search', 'settings', 'trash']);

function dateOf(parts: string[]): DayKey | undefined {
  const [y, m, d] = parts.map(Number);
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const day = dayKeyOf(y, m, d);
  return parseDayKey(day) ? day : undefined;
}

/** Reads `/calendar/u/<n>/r/<view>/<y>/<m>/<d>` and its shorter forms. */
export function viewFromUrl(url: URL): UrlView {
  const segments = url.pathname.split('/').filter(Boolean);
  let i = segments[0] === 'calendar' ? 1 : 0;
  let account = 0;
  if (segments[i] === 'u' && /^\d+$/.test(segments[i + 1] ?? '')) {
    account = Number(segments[i + 1]);
    i += 2;
  }
  if (segments[0] !== 'calendar' || segments[i] !== 'r') {
    return { account, view: 'other', page: 'not-a-view' };
  }
  const name = segments[i + 1];
  if (name === undefined) return { account, view: null, page: 'view' };
  const view = VIEWS.get(name);
  if (!view) {
    return { account, view: 'other', page: NOT_VIEWS.has(name) ? 'not-a-view' : 'unknown' };
  }
  const date = dateOf(segments.slice(i + 2, i + 5));
  return date ? { account, view, date, page: 'view' } : { account, view, page: 'view' };
}
