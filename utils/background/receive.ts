import { msg } from '@/utils/shared/i18n/msg';
import type { Browser } from '#imports';
import { attempt } from '@/utils/shared/check';
import type { Handlers, Refusal } from '@/utils/shared/messages';
import { isToBackground, MESSAGE_RULES, type SenderKind } from '@/utils/shared/message-schemas';

type Sender = Browser.runtime.MessageSender;

/** What a sender must be, in the terms the browser gives. */
export interface SenderPolicy {
  /** `runtime.id`: only Polarity's own contexts may send at all. */
  runtimeId: string;
  /** `runtime.getURL('')`: Polarity's pages (popup, options), e.g. `chrome-extension://<id>/`. */
  extensionOrigin: string;
  /** Whether a URL is one of the calendar's own pages (`source.urls.isOwn`). */
  isCalendarPage(url: string): boolean;
}

const refuse = (reason: string): Refusal => ({ ok: false, reason });

/** Why this sender may not send a message of this kind; undefined when it may. */
export function senderProblem(
  from: SenderKind,
  sender: Sender,
  policy: SenderPolicy,
): string | undefined {
  if (sender.id !== policy.runtimeId) return 'it does not come from Polarity';
  if (from === 'page-or-extension') {
    const asPage = senderProblem('page', sender, policy);
    return asPage && senderProblem('extension', sender, policy) && asPage;
  }
  // Only the top frame: Polarity's content script and pages never run in a frame.
  const topFrame = sender.frameId === undefined || sender.frameId === 0;
  const tabUrl = sender.tab?.url;
  if (from === 'page') {
    if (!sender.tab) return 'it does not come from a calendar tab';
    if (!topFrame) return 'it comes from a frame inside the page';
    if (!sender.url || !policy.isCalendarPage(sender.url))
      return 'it does not come from a calendar page';
    if (tabUrl !== undefined && !policy.isCalendarPage(tabUrl))
      return 'its tab is not a calendar page';
    return undefined;
  }
  const own = (url: string | undefined) => url?.startsWith(policy.extensionOrigin) === true;
  if (!own(sender.url)) return 'it does not come from a Polarity page';
  // A Polarity page in a tab of its own (the options page) is fine; inside a web page it is not.
  if (sender.tab && (!topFrame || (tabUrl !== undefined && !own(tabUrl))))
    return 'it comes from inside a web page';
  return undefined;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The background's side of the wire: every message checked before any
 * handler runs (its sender, then its data against its schema), and every
 * answer a value. A refused message gets `{ ok: false, reason }` and changes
 * nothing; a handler that fails answers the same way, never with a throw.
 * Unknown messages are left for other listeners (undefined).
 */
export function receiver(handlers: Partial<Handlers>, policy: SenderPolicy) {
  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (typeof message !== 'object' || message === null) return undefined;
    const { type, data } = message as { type?: unknown; data?: unknown };
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    if (!isToBackground(type)) return Promise.resolve(refuse(`Refused ${type}: it has no schema.`));
    const rule = MESSAGE_RULES[type];
    const problem = senderProblem(rule.from, sender, policy);
    if (problem) return Promise.resolve(refuse(`Refused ${type}: ${problem}.`));
    let checked: ReturnType<typeof attempt<unknown>>;
    try {
      checked = attempt(() => rule.check(data));
    } catch {
      checked = { ok: false, reason: 'its data is malformed', because: msg('check_shape', 'data') };
    }
    if (!checked.ok) return Promise.resolve(refuse(`Refused ${type}: ${checked.reason}.`));
    const handler = handlers[type] as (d: unknown, s: Sender) => unknown;
    return (async () => {
      try {
        return await handler(checked.value, sender);
      } catch (e) {
        return refuse(errorText(e));
      }
    })();
  };
}
