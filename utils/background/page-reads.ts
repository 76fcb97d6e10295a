import { storage, type Browser } from '#imports';
import { jsonPatch } from '@/utils/shared/json-delta';
import type { ReadSummary } from '@/utils/domain/report/read-summary';
import type { TaggableEvent } from '@/utils/domain/classify/tag-state';
import { serial } from '@/utils/shared/serial';

interface Stored {
  /** By tab id: what that tab showed last. */
  tabs: Record<string, ReadSummary>;
  /** By account index: the last read of any tab on that account. */
  accounts: Record<string, ReadSummary>;
}

/**
 * Session storage: the summaries outlive the worker stopping between a read
 * and the popup opening, and go when the browser closes. Nothing of it is
 * written to disk by Polarity.
 */
export const pageReadsItem = storage.defineItem<Stored>('session:pageReads', {
  fallback: { tabs: {}, accounts: {} },
});

// A few dozen Calendar tabs is far more than anyone keeps open.
const MAX_TABS = 24;

/** The last read summary per tab and per account, for "Show what Polarity read". */
export function pageReads() {
  const queue = serial();
  return {
    remember: (s: ReadSummary) =>
      queue(async () => {
        const stored = await pageReadsItem.getValue();
        const tabs = { ...stored.tabs };
        if (s.tabId !== undefined) {
          delete tabs[s.tabId];
          tabs[s.tabId] = s;
          const ids = Object.keys(tabs);
          // Object keys that look like numbers iterate in numeric order: drop the oldest read.
          while (ids.length > MAX_TABS) {
            const oldest = ids.reduce((a, b) => (tabs[a]!.readAt <= tabs[b]!.readAt ? a : b));
            delete tabs[oldest];
            ids.splice(ids.indexOf(oldest), 1);
          }
        }
        await pageReadsItem.setValue({ tabs, accounts: { ...stored.accounts, [s.account]: s } });
      }),
    /** The tab's own last read, else the account's. */
    lookup: async (tabId: number | undefined, account: number): Promise<ReadSummary | null> => {
      const stored = await pageReadsItem.getValue();
      return (tabId !== undefined && stored.tabs[tabId]) || stored.accounts[account] || null;
    },
  };
}

/** One frame of one tab: what the page-side memories are keyed on. */
const tabKey = (sender?: Browser.runtime.MessageSender) =>
  `${sender?.tab?.id ?? '-'}:${sender?.frameId ?? 0}`;

function keepLatest<V>(map: Map<string, V>, key: string, value: V, limit: number) {
  map.delete(key);
  map.set(key, value);
  // Maps iterate in insertion order: the first key is the tab read longest ago.
  while (map.size > limit) map.delete(map.keys().next().value!);
}

/**
 * The events of each tab's last readable read (in memory only), by eid: a
 * popover's tag control asks for one, so the read's answer carries only
 * categories. A worker that restarted holds none; the popover describes itself.
 */
export function tabEvents(limit = MAX_TABS) {
  const tabs = new Map<string, { account: number; byEid: Map<string, TaggableEvent> }>();
  return {
    keep(
      sender: Browser.runtime.MessageSender | undefined,
      account: number,
      events: TaggableEvent[],
    ) {
      keepLatest(
        tabs,
        tabKey(sender),
        { account, byEid: new Map(events.map((e) => [e.eid, e])) },
        limit,
      );
    },
    forget: (sender?: Browser.runtime.MessageSender) => void tabs.delete(tabKey(sender)),
    find(sender: Browser.runtime.MessageSender | undefined, account: number, eid: string) {
      const held = tabs.get(tabKey(sender));
      return held?.account === account ? held.byEid.get(eid) : undefined;
    },
  };
}

/**
 * The last whole read of each tab (in memory only), the base its next change
 * is applied to. A worker that restarted holds none: the tab is asked for
 * the read whole. Bounded like the summaries.
 */
export function readBases(limit = MAX_TABS) {
  const bases = new Map<string, { seq: number; read: unknown }>();
  const keep = (key: string, seq: number, read: unknown) =>
    keepLatest(bases, key, { seq, read }, limit);
  return {
    /**
     * The whole read a message stands for, remembered as that tab's base; undefined
     * when it is a change to a base not held (or does not fit it). Synchronous, so
     * messages from one tab are taken in the order they came.
     */
    resolve(msg: unknown, sender?: Browser.runtime.MessageSender): unknown {
      const m = msg as Partial<{ seq: unknown; base: unknown; read: unknown; ops: unknown }>;
      if (typeof m !== 'object' || m === null || typeof m.seq !== 'number') return undefined;
      const key = tabKey(sender);
      if ('read' in m) {
        keep(key, m.seq, m.read);
        return m.read;
      }
      const base = bases.get(key);
      if (!base || base.seq !== m.base) return undefined;
      const read = jsonPatch(base.read, m.ops);
      if (read === undefined) return undefined;
      keep(key, m.seq, read);
      return read;
    },
  };
}
