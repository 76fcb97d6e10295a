import type {
  DayRecord,
  MetaRecord,
  OverrideRecord,
  ServesRecord,
  ServesTarget,
  TagRecord,
} from '@/utils/domain/db/schema';
import type { PageStatus } from '@/utils/domain/db/meta';
import { asMsg } from '@/utils/shared/i18n/check-msg';
import {
  account,
  bool,
  color,
  copyOpt,
  dayKey,
  fail,
  id,
  list,
  num,
  obj,
  oneOf,
  str,
  text,
  type Obj,
} from '@/utils/shared/check';
import { CATEGORIES, EVENT_KINDS as KINDS, type CalEvent } from '@/utils/shared/types';

// The shapes of utils/domain/db/schema.ts and utils/shared/types.ts, checked
// field by field and rebuilt from the known fields only: what the database
// will hold is exactly what was checked. An unknown field is dropped (a newer
// Polarity's file is refused by its version number before it gets here).

const RSVPS = ['accepted', 'declined', 'tentative', 'needs-rsvp'] as const;
const CAUSES = ['overlap', 'deleted', 'shortened', 'moved-out'] as const;
const STATES = ['open', 'rebooked', 'dismissed', 'restored'] as const;
const NUDGES = ['held', 'sent', 'skipped'] as const;
const STATUSES = ['ok', 'unreadable', 'not-a-view'] as const;
const VIEWS = [
  'day',
  'week',
  'customday',
  'customweek',
  'month',
  'agenda',
  'year',
  'other',
] as const;
/** A page shows a few hundred chips a day at most. */
export const MAX_DAY_EVENTS = 2000;
const TITLE = 10_000;
/** Epoch ms from 1970 to 2200: far beyond any calendar Polarity reads, well inside Date. */
const MAX_TIME = 7_258_118_400_000;

export const time = (v: unknown, path: string): number => {
  const t = num(v, path);
  if (t < 0 || t > MAX_TIME) fail(path, 'check_time');
  return t;
};

/** start, end: both times, start not after end. */
function span(o: Obj, path: string): { start: number; end: number } {
  const start = time(o.start, `${path}.start`);
  const end = time(o.end, `${path}.end`);
  if (start > end) fail(`${path}.start`, 'check_start_after_end');
  return { start, end };
}

export function checkEvent(v: unknown, path: string): CalEvent {
  const e = obj(v, path);
  const out: CalEvent = {
    eid: id(e.eid, `${path}.eid`),
    id: id(e.id, `${path}.id`),
    seriesId: id(e.seriesId, `${path}.seriesId`),
    calendarId: str(e.calendarId, `${path}.calendarId`, { max: 1024 }),
    title: text(e.title, `${path}.title`, TITLE),
    day: dayKey(e.day, `${path}.day`),
    ...span(e, path),
    kind: oneOf(e.kind, `${path}.kind`, KINDS),
    declined: bool(e.declined, `${path}.declined`),
    hasGuests: bool(e.hasGuests, `${path}.hasGuests`),
  };
  const o = out as unknown as Obj;
  copyOpt(e, o, 'calendarName', path, (x, p) => text(x, p, TITLE));
  copyOpt(e, o, 'rsvp', path, (x, p) => oneOf(x, p, RSVPS));
  copyOpt(e, o, 'color', path, color);
  copyOpt(e, o, 'colorName', path, (x, p) => text(x, p, 200));
  copyOpt(e, o, 'timeBlock', path, (x, p) => {
    if (x !== true) fail(p, 'check_true');
    return true as const;
  });
  return out;
}

export function checkDay(v: unknown, path: string): DayRecord {
  const d = obj(v, path);
  const day = dayKey(d.day, `${path}.day`);
  const events = list(d.events, `${path}.events`, MAX_DAY_EVENTS).map((e, i) => {
    const event = checkEvent(e, `${path}.events[${i}]`);
    // Days are keyed by the day an event was read from: one filed elsewhere would count twice.
    if (event.day !== day) fail(`${path}.events[${i}].day`, 'check_own_day', day);
    return event;
  });
  return {
    account: account(d.account, `${path}.account`),
    day,
    events,
    full: bool(d.full, `${path}.full`),
    seenAt: time(d.seenAt, `${path}.seenAt`),
  };
}

export function checkTag(v: unknown, path: string): TagRecord {
  const t = obj(v, path);
  return {
    account: account(t.account, `${path}.account`),
    scope: oneOf(t.scope, `${path}.scope`, ['event', 'series'] as const),
    id: id(t.id, `${path}.id`),
    category: oneOf(t.category, `${path}.category`, CATEGORIES),
    title: text(t.title, `${path}.title`, TITLE),
    at: time(t.at, `${path}.at`),
  };
}

/** The title key of a "serves" target: lower case, single spaces. */
export const titleKey = (title: string): string => title.trim().replace(/\s+/g, ' ').toLowerCase();

export function checkServesTarget(v: unknown, path: string): ServesTarget {
  const t = obj(v, path);
  const kind = oneOf(t.kind, `${path}.kind`, ['series', 'title'] as const);
  const key = str(t.key, `${path}.key`, { max: 1024, empty: false });
  const title = text(t.title, `${path}.title`, TITLE);
  // A title target is found again by its key: one that is not its title's would match nothing.
  if (kind === 'title' && key !== titleKey(title)) fail(`${path}.key`, 'check_title_key');
  return { kind, key, title };
}

export function checkServes(v: unknown, path: string): ServesRecord {
  const s = obj(v, path);
  return {
    account: account(s.account, `${path}.account`),
    scope: oneOf(s.scope, `${path}.scope`, ['event', 'series'] as const),
    id: id(s.id, `${path}.id`),
    target: checkServesTarget(s.target, `${path}.target`),
    at: time(s.at, `${path}.at`),
  };
}

export function checkOverride(v: unknown, path: string): OverrideRecord {
  const o = obj(v, path);
  const out: OverrideRecord = {
    key: str(o.key, `${path}.key`, { max: 1024, empty: false }),
    account: account(o.account, `${path}.account`),
    block: checkEvent(o.block, `${path}.block`),
    cause: oneOf(o.cause, `${path}.cause`, CAUSES),
    minutesLost: num(o.minutesLost, `${path}.minutesLost`),
    detectedAt: time(o.detectedAt, `${path}.detectedAt`),
    state: oneOf(o.state, `${path}.state`, STATES),
    weekStart: time(o.weekStart, `${path}.weekStart`),
  };
  const r = out as unknown as Obj;
  copyOpt(o, r, 'by', path, (x, p) => {
    const by = obj(x, p);
    return {
      id: id(by.id, `${p}.id`),
      eid: id(by.eid, `${p}.eid`),
      title: text(by.title, `${p}.title`, TITLE),
      ...span(by, p),
    };
  });
  copyOpt(o, r, 'nudge', path, (x, p) => oneOf(x, p, NUDGES));
  copyOpt(o, r, 'rebook', path, (x, p) => span(obj(x, p), p));
  copyOpt(o, r, 'closedAt', path, time);
  copyOpt(o, r, 'timeZone', path, (x, p) => str(x, p, { max: 64 }));
  return out;
}

function checkStatus(v: unknown, path: string, n: number): PageStatus {
  const s = obj(v, path);
  if (account(s.account, `${path}.account`) !== n) fail(`${path}.account`, 'check_equals', n);
  const out: PageStatus = {
    account: n,
    status: oneOf(s.status, `${path}.status`, STATUSES),
    view: oneOf(s.view, `${path}.view`, VIEWS),
    at: time(s.at, `${path}.at`),
  };
  const r = out as unknown as Obj;
  copyOpt(s, r, 'reason', path, (x, p) => text(x, p, 500));
  // The reason as a sentence (issue 16), rendered later as text in the reader's language.
  copyOpt(s, r, 'because', path, (x, p) => asMsg(x) ?? fail(p, 'check_message'));
  copyOpt(s, r, 'weekStartsOn', path, (x, p) => oneOf(x, p, [0, 1, 6] as const));
  return out;
}

// Every meta key Polarity writes, and the shape of its value. `<n>` is an account.
const META: readonly [RegExp, (v: unknown, path: string, n: number) => unknown][] = [
  [/^lastAccount$/, (v, p) => account(v, p)],
  [/^status:(\d{1,3})$/, checkStatus],
  [/^nudge:zone:(\d{1,3})$/, (v, p) => str(v, p, { max: 64 })],
  [/^nudge:next-week:(\d{1,3})$/, time],
  // The week a streak nudge was said for; the newest week an after-hours one covered (0: held).
  [/^nudge:streak:(\d{1,3})$/, time],
  [/^nudge:after-hours:(\d{1,3})$/, time],
];

/** A meta record Polarity knows, rebuilt; null for a key it does not write (dropped). */
export function checkMeta(v: unknown, path: string): MetaRecord | null {
  const m = obj(v, path);
  const key = str(m.key, `${path}.key`, { max: 1024, empty: false });
  for (const [pattern, check] of META) {
    const match = pattern.exec(key);
    if (!match) continue;
    const n = match[1] === undefined ? 0 : account(Number(match[1]), `${path}.key`);
    return { key, value: check(m.value, `${path}.value`, n) };
  }
  return null;
}
