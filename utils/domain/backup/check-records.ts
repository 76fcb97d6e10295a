import type { DayRecord, MetaRecord, OverrideRecord, TagRecord } from '@/utils/domain/db/schema';
import type { CalEvent } from '@/utils/shared/types';
import { bool, dayKey, fail, int, list, num, obj, oneOf, opt, str, type Obj } from './check';

// The shapes of utils/domain/db/schema.ts and utils/shared/types.ts, checked field by field.
// A field this code does not know is kept as it is: a record written by a
// newer minor change must survive a backup and restore unchanged.

const ID = { max: 1024, empty: false };
const KINDS = [
  'timed',
  'allday',
  'task',
  'working-location',
  'out-of-office',
  'holiday',
  'birthday',
] as const;
const RSVPS = ['accepted', 'declined', 'tentative', 'needs-rsvp'] as const;
const CATEGORIES = ['execution', 'innovation', 'excluded'] as const;
const CAUSES = ['overlap', 'deleted', 'shortened', 'moved-out'] as const;
const STATES = ['open', 'rebooked', 'dismissed', 'restored'] as const;
const NUDGES = ['held', 'sent', 'skipped'] as const;

const text = (v: unknown, p: string) => str(v, p);

export function checkEvent(v: unknown, path: string): CalEvent {
  const e = obj(v, path);
  str(e.eid, `${path}.eid`, ID);
  str(e.id, `${path}.id`, ID);
  str(e.seriesId, `${path}.seriesId`, ID);
  str(e.calendarId, `${path}.calendarId`, { max: 1024 });
  str(e.title, `${path}.title`);
  dayKey(e.day, `${path}.day`);
  num(e.start, `${path}.start`);
  num(e.end, `${path}.end`);
  oneOf(e.kind, `${path}.kind`, KINDS);
  bool(e.declined, `${path}.declined`);
  bool(e.hasGuests, `${path}.hasGuests`);
  opt(e, 'calendarName', path, text);
  opt(e, 'rsvp', path, (x, p) => oneOf(x, p, RSVPS));
  opt(e, 'color', path, text);
  opt(e, 'colorName', path, text);
  opt(e, 'timeBlock', path, (x, p) => {
    if (x !== true) fail(p, 'must be true when present');
  });
  return v as CalEvent;
}

export function checkDay(v: unknown, path: string): DayRecord {
  const d = obj(v, path);
  int(d.account, `${path}.account`);
  dayKey(d.day, `${path}.day`);
  list(d.events, `${path}.events`).forEach((e, i) => checkEvent(e, `${path}.events[${i}]`));
  bool(d.full, `${path}.full`);
  num(d.seenAt, `${path}.seenAt`);
  return v as DayRecord;
}

export function checkTag(v: unknown, path: string): TagRecord {
  const t = obj(v, path);
  int(t.account, `${path}.account`);
  oneOf(t.scope, `${path}.scope`, ['event', 'series'] as const);
  str(t.id, `${path}.id`, ID);
  oneOf(t.category, `${path}.category`, CATEGORIES);
  str(t.title, `${path}.title`);
  num(t.at, `${path}.at`);
  return v as TagRecord;
}

function checkSpan(v: unknown, path: string): Obj {
  const s = obj(v, path);
  num(s.start, `${path}.start`);
  num(s.end, `${path}.end`);
  return s;
}

export function checkOverride(v: unknown, path: string): OverrideRecord {
  const o = obj(v, path);
  str(o.key, `${path}.key`, ID);
  int(o.account, `${path}.account`);
  checkEvent(o.block, `${path}.block`);
  oneOf(o.cause, `${path}.cause`, CAUSES);
  opt(o, 'by', path, (x, p) => {
    const by = checkSpan(x, p);
    str(by.id, `${p}.id`, ID);
    str(by.eid, `${p}.eid`, ID);
    str(by.title, `${p}.title`);
  });
  num(o.minutesLost, `${path}.minutesLost`);
  num(o.detectedAt, `${path}.detectedAt`);
  oneOf(o.state, `${path}.state`, STATES);
  num(o.weekStart, `${path}.weekStart`);
  opt(o, 'nudge', path, (x, p) => oneOf(x, p, NUDGES));
  opt(o, 'rebook', path, checkSpan);
  opt(o, 'closedAt', path, num);
  return v as OverrideRecord;
}

export function checkMeta(v: unknown, path: string): MetaRecord {
  const m = obj(v, path);
  str(m.key, `${path}.key`, ID);
  if (!('value' in m) || m.value === undefined) fail(`${path}.value`, 'is missing');
  return v as MetaRecord;
}
