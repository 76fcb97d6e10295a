import type { SetTagRequest } from '@/utils/domain/classify/tag-state';
import type { PopoverEvent } from '@/utils/calendar/source';
import { account, copyOpt, fail, id, int, list, obj, oneOf, str, text, type Obj } from './check';
import type { DeltaOp } from './json-delta';
import type { MessageType, PageReadMessage, Request } from './messages';
import { NUDGE_ACTIONS } from './nudge';
import { checkServesTarget } from '@/utils/domain/backup/check-records';
import { CATEGORIES } from './types';

// One schema per message the background receives, beside the message map
// (messages.ts) and checked where the message arrives, before any handler runs
// (utils/background/receive.ts). Each schema returns the request rebuilt from
// its known fields, or throws `Invalid` naming the field. Only the background
// imports this file: the content script's bundle does not carry it.

/** Who may send a message: Polarity's content script in a calendar tab, or Polarity's own pages. */
export type SenderKind =
  | 'page'
  | 'extension'
  /** A tag or a "serves" link is set from the calendar page's control and from the review page. */
  | 'page-or-extension';

export type ToBackground =
  | 'snapshot'
  | 'pageRead'
  | 'tagState'
  | 'getPageStrings'
  | 'setTag'
  | 'getServesChoices'
  | 'setServes'
  | 'getServed'
  | 'nudgeAction'
  | 'getWeekReport'
  | 'getWeekEvents'
  | 'getCalendarUrl'
  | 'getReadSummary'
  | 'getPageReport'
  | 'exportData'
  | 'restoreBackup'
  | 'resetData';

export interface MessageRule<K extends MessageType> {
  from: SenderKind;
  check(data: unknown): Request<K>;
}

/** A page holds a few hundred chips; anything far bigger is not a page. */
export const MAX_EVENTS = 2000;
const TITLE = 10_000;
// A whole number of weeks; the handler clamps it to ten years either way.
const MAX_OFFSET = 1_000_000;

const MAX_OPS = 20_000;
const MAX_DEPTH = 64;

function deltaOp(v: unknown, path: string): DeltaOp {
  const o = obj(v, path);
  const p = list(o.p, `${path}.p`, MAX_DEPTH).map((k, i) =>
    typeof k === 'number' ? int(k, `${path}.p[${i}]`) : str(k, `${path}.p[${i}]`, { max: 200 }),
  );
  if (Object.hasOwn(o, 'v')) return { p, v: o.v };
  if (Object.hasOwn(o, 'd')) return { p, d: oneOf(o.d, `${path}.d`, [1] as const) };
  const sp = list(o.s, `${path}.s`, 3);
  if (sp.length !== 3) fail(`${path}.s`, 'check_shape');
  return {
    p,
    s: [
      int(sp[0], `${path}.s[0]`),
      int(sp[1], `${path}.s[1]`),
      list(sp[2], `${path}.s[2]`, MAX_EVENTS * 10),
    ],
  };
}

function popover(v: unknown, path: string): PopoverEvent {
  const p = obj(v, path);
  const out: PopoverEvent = {
    eid: id(p.eid, `${path}.eid`),
    title: text(p.title, `${path}.title`, TITLE),
  };
  const o = out as unknown as Obj;
  copyOpt(p, o, 'calendarName', path, (x, q) => text(x, q, TITLE));
  copyOpt(p, o, 'calendarId', path, (x, q) => text(x, q, 1024));
  return out;
}

/** `{}` or anything object-shaped: these requests carry nothing. */
const empty = (v: unknown): Record<string, never> => {
  obj(v, 'data');
  return {};
};

const tabQuery = (v: unknown): { tabId?: number } => {
  const d = obj(v, 'data');
  const out: { tabId?: number } = {};
  copyOpt(d, out, 'tabId', 'data', (x, p) => int(x, p, 0));
  return out;
};

export const MESSAGE_RULES: { [K in ToBackground]: MessageRule<K> } = {
  // The read's own shape is the calendar source's to check (`source.interpret`).
  snapshot: { from: 'page', check: (v) => obj(v, 'data') },
  // The read, whole or rebuilt from its base, is checked deep like a snapshot's;
  // here only the change's own shape (`jsonPatch` refuses what does not fit the base).
  pageRead: {
    from: 'page',
    check(v): PageReadMessage {
      const d = obj(v, 'data');
      const seq = int(d.seq, 'data.seq');
      const marks =
        d.marks === undefined ? {} : { marks: oneOf(d.marks, 'data.marks', [true] as const) };
      if (Object.hasOwn(d, 'read')) return { seq, read: obj(d.read, 'data.read'), ...marks };
      const base = int(d.base, 'data.base');
      const ops = list(d.ops, 'data.ops', MAX_OPS).map((o, i) => deltaOp(o, `data.ops[${i}]`));
      return { seq, base, ops, ...marks };
    },
  },
  tagState: {
    from: 'page',
    check(v) {
      const d = obj(v, 'data');
      const req: Request<'tagState'> = {
        account: account(d.account, 'data.account'),
        eid: id(d.eid, 'data.eid'),
      };
      copyOpt(d, req as unknown as Obj, 'popover', 'data', popover);
      return req;
    },
  },
  // The page's `<html lang>`: a BCP 47 tag, cut to its usual length.
  getPageStrings: {
    from: 'page',
    check: (v) => ({ lang: str(obj(v, 'data').lang, 'data.lang', { max: 35 }) }),
  },
  setTag: {
    from: 'page-or-extension',
    check(v): SetTagRequest {
      const d = obj(v, 'data');
      const e = obj(d.event, 'data.event');
      return {
        account: account(d.account, 'data.account'),
        scope: oneOf(d.scope, 'data.scope', ['event', 'series'] as const),
        event: {
          id: id(e.id, 'data.event.id'),
          seriesId: id(e.seriesId, 'data.event.seriesId'),
          title: text(e.title, 'data.event.title', TITLE),
        },
        category: oneOf(d.category, 'data.category', [...CATEGORIES, null]),
      };
    },
  },
  getServesChoices: {
    from: 'page-or-extension',
    check(v) {
      const d = obj(v, 'data');
      const e = obj(d.event, 'data.event');
      const req: Request<'getServesChoices'> = {
        account: account(d.account, 'data.account'),
        event: { id: id(e.id, 'data.event.id'), seriesId: id(e.seriesId, 'data.event.seriesId') },
      };
      // The review page's week; the handler clamps it like getWeekEvents'.
      copyOpt(d, req as unknown as Obj, 'offset', 'data', (x, p) =>
        int(x, p, -MAX_OFFSET, MAX_OFFSET),
      );
      return req;
    },
  },
  setServes: {
    from: 'page-or-extension',
    check(v) {
      const d = obj(v, 'data');
      const e = obj(d.event, 'data.event');
      return {
        account: account(d.account, 'data.account'),
        scope: oneOf(d.scope, 'data.scope', ['event', 'series'] as const),
        event: { id: id(e.id, 'data.event.id'), seriesId: id(e.seriesId, 'data.event.seriesId') },
        // The validator's own check: what is stored is what a backup may hold.
        target: d.target === null ? null : checkServesTarget(d.target, 'data.target'),
      };
    },
  },
  getServed: {
    from: 'extension',
    check: (v) => ({ offset: int(obj(v, 'data').offset, 'data.offset', -MAX_OFFSET, MAX_OFFSET) }),
  },
  nudgeAction: {
    from: 'page',
    check(v) {
      const d = obj(v, 'data');
      return {
        key: str(d.key, 'data.key', { max: 1024, empty: false }),
        action: oneOf(d.action, 'data.action', NUDGE_ACTIONS),
      };
    },
  },
  getWeekReport: {
    from: 'extension',
    check: (v) => ({ offset: int(obj(v, 'data').offset, 'data.offset', -MAX_OFFSET, MAX_OFFSET) }),
  },
  getWeekEvents: {
    from: 'extension',
    check: (v) => ({ offset: int(obj(v, 'data').offset, 'data.offset', -MAX_OFFSET, MAX_OFFSET) }),
  },
  getCalendarUrl: { from: 'extension', check: empty },
  getReadSummary: { from: 'extension', check: tabQuery },
  getPageReport: { from: 'extension', check: tabQuery },
  exportData: { from: 'extension', check: empty },
  // The file itself is checked whole by `validateBackup`, with reasons for the options page.
  restoreBackup: {
    from: 'extension',
    check(v) {
      const d = obj(v, 'data');
      if (!Object.hasOwn(d, 'backup')) obj(undefined, 'data.backup');
      return { backup: d.backup };
    },
  },
  resetData: {
    from: 'extension',
    check: (v) => ({ confirm: str(obj(v, 'data').confirm, 'data.confirm', { max: 100 }) }),
  },
};

/** Whether the background answers this message at all (others are the page's or unknown). */
export const isToBackground = (type: string): type is ToBackground =>
  Object.hasOwn(MESSAGE_RULES, type);
