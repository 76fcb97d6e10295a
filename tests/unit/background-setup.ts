import type { Browser } from '#imports';
import { createBackground } from '@/utils/background/create-background';
import type { NudgeChannels } from '@/utils/background/nudges/channels';
import { googleCalendar } from '@/utils/gcal/source';
import { openPolarityDb } from '@/utils/domain/db/schema';
import type { StructureAnswer } from '@/utils/gcal/page-structure';
import type { ToastNudge } from '@/utils/shared/nudge';

export interface Calls {
  notify: { id: string; title: string; message: string; buttons: string[] }[];
  clear: string[];
  toast: { nudges: ToastNudge[]; tabId?: number; account: number }[];
  closed: string[];
  open: string[];
}

/** Channels that only remember what they were asked to do. */
export function fakeChannels(): { channels: NudgeChannels; calls: Calls } {
  const calls: Calls = { notify: [], clear: [], toast: [], closed: [], open: [] };
  const channels: NudgeChannels = {
    notify: async (id, text, buttons) => void calls.notify.push({ id, ...text, buttons }),
    clear: async (id) => void calls.clear.push(id),
    toast: async (nudges, to) => void calls.toast.push({ nudges, ...to }),
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
    askStructure?: (tabId: number) => Promise<StructureAnswer>;
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
