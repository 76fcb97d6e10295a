import { storage } from '#imports';
import type { ReadSummary } from '@/utils/domain/report/read-summary';
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
