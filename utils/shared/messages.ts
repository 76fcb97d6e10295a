import { browser, type Browser } from '#imports';
import type { ResetResult, RestoreResult } from '@/utils/domain/backup/restore-backup';
import type { DataExport } from '@/utils/domain/export/data-export';
import type { WeekEventsResult } from '@/utils/domain/report/week-events';
import type { WeekReportResult } from '@/utils/domain/report/week-report';
import type { SetTagRequest, TagState, TaggableEvent } from '@/utils/domain/classify/tag-state';
import type { NudgeAction, ToastNudge } from './nudge';
import type { PopoverEvent } from '@/utils/calendar/source';
import type { PageReport } from '@/utils/domain/report/page-report';
import type { ReadSummary } from '@/utils/domain/report/read-summary';
import type { PageStrings } from './i18n/page-strings';
import type { DeltaOp } from './json-delta';
import type { ServesRecord, ServesTarget } from '@/utils/domain/db/schema';
import type { ServedSummary } from '@/utils/domain/report/served';
import type { Category, Snapshot } from './types';

/** Categories and reasons of a page's events, by eid, and the stylesheet that marks their chips. */
export interface Classified {
  states: Record<string, TagState>;
  markerCss: string;
}

/**
 * A tab's read as the background answers it: each event's category by eid,
 * all the chips need. The reasons and the events themselves stay in the
 * background until a popover asks for one (`tagState`), so a week switch
 * carries a few bytes per chip back, not the week.
 */
export interface PageAnswer {
  status: Snapshot['status'];
  account: number;
  categories: Record<string, Category>;
  /** The per-event stylesheet, for a source without chip marks; '' otherwise. */
  markerCss: string;
}

/**
 * A page read as the content script sends it: whole, or as the change from
 * the read it sent before (`base`, by sequence number), so a one-event edit
 * costs bytes in proportion to the edit, not to the week.
 */
export type PageReadMessage = (
  { seq: number; read: unknown } | { seq: number; base: number; ops: DeltaOp[] }
) & {
  /** The tab marks chips itself (`CalendarPageSource.chipMarks`): no marker stylesheet back. */
  marks?: true;
};

/**
 * Every message between the content script, popup, options page and
 * background: name → request and response. Handlers are plain functions, so
 * tests call them directly and e2e tests exercise the wire.
 */
export interface MessageMap {
  /**
   * Content script → background: the page as found, in the calendar source's
   * own shape (checked by the source in the background). The answer is what the
   * background read from it: the account and, when readable, its events,
   * already classified (no second round trip for the chip markers).
   */
  snapshot: {
    req: unknown;
    res: { status: Snapshot['status']; account: number; events: TaggableEvent[] } & Classified;
  };
  /**
   * Content script → background: a page read, whole or as a change to the
   * tab's previous one (an empty change sends the same read again, only to be
   * classified afresh: nothing is stored); answered with the categories, or `{ resend: true }`
   * when the background does not hold that base (its worker restarted, say):
   * then the tab sends the read whole.
   */
  pageRead: {
    req: PageReadMessage;
    res: PageAnswer | { resend: true };
  };
  /**
   * Content script → background: the open popover's event and its tag state,
   * from the tab's last read by eid, else described from the popover itself
   * (an event the read did not include, say from "N more").
   */
  tagState: {
    req: { account: number; eid: string; popover?: PopoverEvent };
    res: { event: TaggableEvent | null; state: TagState | null };
  };
  /**
   * Content script → background, once per page load: the tag control's and
   * toasts' words in the page's language (`<html lang>`), which may not be the browser's.
   */
  getPageStrings: { req: { lang: string }; res: PageStrings };
  /** Tag control → background: set or clear (category null) a hand tag. */
  setTag: { req: SetTagRequest; res: { ok: true } };
  /**
   * Tag control, review page → background: what an innovation event can serve
   * (the execution series and titles of its week: `offset` weeks from the
   * current one, 0 when absent) and what it serves now. The tag control's
   * words for the choice come with the page's strings, in the page's language.
   */
  getServesChoices: {
    req: { account: number; event: { id: string; seriesId: string }; offset?: number };
    res: {
      choices: ServesTarget[];
      current: Pick<ServesRecord, 'scope' | 'target'> | null;
    };
  };
  /** Tag control, review page → background: link an innovation event or series to what it serves (null: nothing). */
  setServes: {
    req: {
      account: number;
      scope: 'event' | 'series';
      event: { id: string; seriesId: string };
      target: ServesTarget | null;
    };
    res: { ok: true };
  };
  /** Popup → background: the week's innovation that served execution; null before any read. */
  getServed: { req: { offset: number }; res: ServedSummary | null };
  /** Background → calendar tabs: tags or rules changed, send the page again to be classified. */
  classificationChanged: { req: Record<string, never>; res: { ok: true } };
  /** The popup's week: `offset` in weeks from the current one, for the account last viewed. */
  getWeekReport: { req: { offset: number }; res: WeekReportResult };
  /**
   * Review page → background: the week's counted events with category, reason
   * and hand tags, computed afresh (a rule saved a moment ago is in force).
   */
  getWeekEvents: { req: { offset: number }; res: WeekEventsResult };
  /**
   * Popup → background, "Show what Polarity read": the last read of that tab
   * (the active one), else of the account last viewed; null before any read.
   */
  getReadSummary: { req: { tabId?: number }; res: ReadSummary | null };
  /**
   * Popup → background: the privacy-safe page report of the tab last read
   * (`getReadSummary`'s), asked of that tab and read again here. Rejects
   * when no Calendar tab can answer.
   */
  getPageReport: { req: { tabId?: number }; res: PageReport };
  /**
   * Background → a calendar tab: the page's structure as it is, with the page
   * read; the background replaces every title, name, address, description and
   * id by a placeholder (`CalendarSource.structure`) and keeps none of them.
   */
  getPageStructure: { req: Record<string, never>; res: unknown };
  /** Welcome page, popup → background: the calendar's week view, for an "Open Google Calendar" link. */
  getCalendarUrl: { req: Record<string, never>; res: { url: string } };
  /** Everything stored, for the popup's JSON export. */
  exportData: { req: Record<string, never>; res: DataExport };
  /**
   * Options page → background: replace everything with a backup file's
   * content (an `exportData` result). Checked again there, written atomically.
   */
  restoreBackup: { req: { backup: unknown }; res: RestoreResult };
  /** Options page → background, after its confirm step: delete all data, settings to defaults. */
  resetData: { req: { confirm: string }; res: ResetResult };
  /** Background → a calendar tab: show these nudges in the page's toast. */
  showNudges: { req: { nudges: ToastNudge[] }; res: { ok: true } };
  /** Background → calendar tabs: this nudge was dealt with elsewhere; drop its toast. */
  nudgeClosed: { req: { key: string }; res: { ok: true } };
  /** Toast → background: Rebook, Open in Calendar or Dismiss on a nudge. */
  nudgeAction: { req: { key: string; action: NudgeAction }; res: { ok: boolean } };
}

export type MessageType = keyof MessageMap;

/**
 * The background's answer to a message it refused (wrong sender, malformed
 * data) or whose handler failed: nothing was changed. Messages whose answer
 * can say "no" in its own terms get it as their answer; for the others
 * `sendMessage` rejects with the reason, as if the handler had thrown.
 */
export interface Refusal {
  ok: false;
  reason: string;
}

/** Messages whose answer already carries `{ ok: false, reason }`. */
const ANSWERS_REFUSAL: ReadonlySet<string> = new Set<MessageType>([
  'restoreBackup',
  'resetData',
  'nudgeAction',
]);

export const isRefusal = (v: unknown): v is Refusal =>
  typeof v === 'object' &&
  v !== null &&
  (v as Refusal).ok === false &&
  typeof (v as Refusal).reason === 'string';

function answerOf<K extends MessageType>(type: K, answer: unknown): Response<K> {
  if (isRefusal(answer) && !ANSWERS_REFUSAL.has(type)) throw new Error(answer.reason);
  return answer as Response<K>;
}
export type Request<K extends MessageType> = MessageMap[K]['req'];
export type Response<K extends MessageType> = MessageMap[K]['res'];
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: Request<K>;
}

export type Handlers = {
  [K in MessageType]: (
    data: Request<K>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<Response<K>> | Response<K>;
};

/** Background → one tab's content script. */
export function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  data: Request<K>,
): Promise<Response<K>> {
  return browser.tabs.sendMessage(tabId, { type, data } satisfies Envelope<K>) as Promise<
    Response<K>
  >;
}

export async function sendMessage<K extends MessageType>(
  type: K,
  data: Request<K>,
): Promise<Response<K>> {
  const answer: unknown = await browser.runtime.sendMessage({
    type,
    data,
  } satisfies Envelope<K>);
  return answerOf(type, answer);
}

const isEnvelope = (m: unknown): m is Envelope =>
  typeof m === 'object' && m !== null && typeof (m as Envelope).type === 'string';

/** Routes one incoming message; unknown messages are left for other listeners. */
export function dispatch(
  handlers: Partial<Handlers>,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<unknown> | undefined {
  if (!isEnvelope(message)) return undefined;
  const handler = handlers[message.type] as
    ((data: unknown, sender: Browser.runtime.MessageSender) => unknown) | undefined;
  if (!handler) return undefined;
  try {
    return Promise.resolve(handler(message.data, sender));
  } catch (e) {
    // A handler that throws at once fails its answer like one that rejects.
    return Promise.reject(e);
  }
}

/** Routes one incoming message to its answer, or leaves it (undefined) for other listeners. */
export type Router = (
  message: unknown,
  sender: Browser.runtime.MessageSender,
) => Promise<unknown> | undefined;

/**
 * Background, popup and options (polyfilled): a handler's promise is the
 * answer. The background passes its checking router (utils/background/receive.ts).
 */
export function listen(route: Partial<Handlers> | Router): () => void {
  const listener: Router =
    typeof route === 'function' ? route : (message, sender) => dispatch(route, message, sender);
  // The polyfill's contract: a listener answers by returning a promise (or
  // undefined to leave the message to others); its types only say `void`.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener(listener);
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * The content script's listener. It runs without the polyfill (see
 * wxt.config.ts), and Chrome's own onMessage ignores a returned promise, so
 * answers go through `sendResponse`. Its handlers only acknowledge.
 */
export function listenInPage(handlers: Partial<Handlers>): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (answer: unknown) => void,
  ) => {
    // Only Polarity's background talks to its content script.
    if (sender.id !== browser.runtime.id) return false;
    const answer = dispatch(handlers, message, sender);
    if (!answer) return false;
    answer.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
