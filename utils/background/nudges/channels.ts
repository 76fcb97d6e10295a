import { browser } from '#imports';
import type { Envelope } from '@/utils/shared/messages';
import { browserReader } from '@/utils/shared/i18n/browser-reader';
import type { Msg } from '@/utils/shared/i18n/msg';
import { render } from '@/utils/shared/i18n/render';
import type { NudgeText, ToastNudge } from '@/utils/shared/nudge';
import { BROWSER } from '../browser-differences';

/** Where nudges go. The browser's by default; tests pass their own. */
export interface NudgeChannels {
  /**
   * A system notification with the extension's icon, in the browser's
   * language; `buttons` where the browser has them.
   */
  notify(id: string, text: NudgeText, buttons: Msg[]): Promise<void>;
  clear(id: string): Promise<void>;
  /** Toasts in one tab, or else in the visible Google Calendar tabs of the account. */
  toast(nudges: ToastNudge[], to: { tabId?: number; account: number }): Promise<void>;
  /** A nudge was dealt with somewhere: calendar tabs drop its toast. */
  closed(key: string): Promise<void>;
  openTab(url: string): Promise<void>;
}

function send<K extends 'showNudges' | 'nudgeClosed'>(tabId: number, message: Envelope<K>) {
  return browser.tabs.sendMessage(tabId, message).catch(() => undefined);
}

/** The calendar source's parts the browser's channels need. */
export interface ChannelSource {
  tabPattern: string;
  accountOf: (url: URL) => number;
  urls: { isOwn(url: string): boolean };
}

export function browserChannels({ tabPattern, accountOf, urls }: ChannelSource): NudgeChannels {
  return {
    async notify(id, { title, message }, buttons) {
      // Read each time: the browser's language can change while the worker lives.
      const reader = browserReader();
      await browser.notifications.create(id, {
        type: 'basic',
        // A notification without an icon is silently never shown.
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: render(title, reader),
        message: render(message, reader),
        ...(BROWSER.notificationButtons && {
          buttons: buttons.map((b) => ({ title: render(b, reader) })),
        }),
      });
    },
    async clear(id) {
      await browser.notifications.clear(id);
    },
    async toast(nudges, { tabId, account }) {
      let ids: number[] = tabId === undefined ? [] : [tabId];
      if (tabId === undefined) {
        // Querying by a URL the host permission covers needs no "tabs" permission.
        const tabs = await browser.tabs.query({ url: tabPattern, active: true });
        ids = tabs
          .filter((t) => t.id !== undefined && t.url && accountOf(new URL(t.url)) === account)
          .map((t) => t.id!);
      }
      await Promise.all(ids.map((id) => send(id, { type: 'showNudges', data: { nudges } })));
    },
    async closed(key) {
      const tabs = await browser.tabs.query({ url: tabPattern });
      await Promise.all(
        tabs.map((t) => t.id !== undefined && send(t.id, { type: 'nudgeClosed', data: { key } })),
      );
    },
    async openTab(url) {
      // Only the calendar's own pages, whatever a record says.
      if (!urls.isOwn(url)) return;
      await browser.tabs.create({ url });
    },
  };
}
