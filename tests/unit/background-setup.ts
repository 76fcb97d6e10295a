import type { Browser } from '#imports';
import { createBackground } from '@/utils/background/create-background';
import type { NudgeChannels } from '@/utils/background/nudges/channels';
import { googleCalendar } from '@/utils/gcal/source';
import { openPolarityDb } from '@/utils/domain/db/schema';
import { browserReader } from '@/utils/shared/i18n/browser-reader';
import { render } from '@/utils/shared/i18n/render';
import type { ToastNudge } from '@/utils/shared/nudge';

/** A toast nudge as an English page would show it. */
export type ShownNudge = { [K in keyof ToastNudge]: string };

export interface Calls {
  notify: { id: string; title: string; message: string; buttons: string[] }[];
  clear: string[];
  toast: { nudges: ShownNudge[]; tabId?: number; account: number }[];
  closed: string[];
  open: string[];
}

/**
 * Channels that only remember what they were asked to do, in words: the
 * sentences rendered as a browser set to English (tests/setup.ts) shows them.
 */
export function fakeChannels(): { channels: NudgeChannels; calls: Calls } {
  const calls: Calls = { notify: [], clear: [], toast: [], closed: [], open: [] };
  const t = (m: Parameters<typeof render>[0]) => render(m, browserReader());
  const shown = (n: ToastNudge): ShownNudge => ({
    key: n.key,
    title: t(n.title),
    message: t(n.message),
    rebookLabel: t(n.rebookLabel),
    openLabel: t(n.openLabel),
  });
  const channels: NudgeChannels = {
    notify: async (id, text, buttons) =>
      void calls.notify.push({
        id,
        title: t(text.title),
        message: t(text.message),
        buttons: buttons.map(t),
      }),
    clear: async (id) => void calls.clear.push(id),
    toast: async (nudges, to) => void calls.toast.push({ nudges: nudges.map(shown), ...to }),
    closed: async (key) => void calls.closed.push(key),
    openTab: async (url) => void calls.open.push(url),
  };
  return { channels, calls };
}

export const fromTab = (id: number) => ({ tab: { id } }) as Browser.runtime.MessageSender;

let n = 0;

/**
 * A background on a fresh database (or `dbName`'s), with a clock the test
 * moves, a badge that only remembers, and nudge channels that only record.
 */
export function setupBackground(
  clock: { now: number },
  dbName = `background-${++n}`,
  {
    notifyTabs = async () => undefined,
    askStructure,
  }: {
    notifyTabs?: () => Promise<void>;
    askStructure?: (tabId: number) => Promise<unknown>;
  } = {},
) {
  const sink = { text: '', color: '', title: '' };
  const badge = {
    setBadgeText: ({ text }: { text: string }) => void (sink.text = text),
    setBadgeBackgroundColor: ({ color }: { color: string }) => void (sink.color = color),
    setTitle: ({ title }: { title: string }) => void (sink.title = title),
  };
  const { channels, calls } = fakeChannels();
  const db = openPolarityDb(dbName);
  const bg = createBackground({
    db,
    badge,
    now: () => clock.now,
    source: googleCalendar,
    notifyTabs,
    nudgeChannels: channels,
    ...(askStructure && { askStructure }),
    version: '0.1.0-test',
  });
  return { bg, db, sink, calls, dbName };
}
