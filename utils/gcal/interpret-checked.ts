import { checkEvent } from '@/utils/domain/backup/check-records';
import { attempt, MAX_ACCOUNT } from '@/utils/shared/check';
import type { Snapshot } from '@/utils/shared/types';
import { checkPageRead } from './check-page-read';
import { interpretView } from './interpret-view';
import { isPageRead } from './page-read';
import { viewFromUrl } from './view-from-url';

function unreadable(href: string, readAt: number, why: string): Snapshot {
  let account = 0;
  try {
    account = viewFromUrl(new URL(href)).account;
  } catch {
    // not a URL: account 0
  }
  return {
    account: Number.isInteger(account) && account >= 0 && account <= MAX_ACCOUNT ? account : 0,
    view: 'other',
    fullDays: [],
    partialDays: [],
    events: [],
    status: 'unreadable',
    reason: `can't read this view: ${why}`,
    readAt: Number.isFinite(readAt) ? readAt : 0,
  };
}

/**
 * What the background does with a page read from the content script: null
 * when it is not a read at all (nothing is stored); a read that fails the deep
 * check, or that the reader cannot take, is "can't read this view" (its days
 * are left as they were). Never throws.
 */
export function interpretChecked(read: unknown): Snapshot | null {
  if (!isPageRead(read)) return null;
  const checked = checkPageRead(read);
  if (!checked.ok)
    return unreadable(read.href, read.readAt, `the page read is malformed (${checked.reason})`);
  let snap: Snapshot;
  try {
    snap = interpretView(checked.read);
  } catch {
    return unreadable(read.href, read.readAt, 'the page read could not be taken apart');
  }
  // What is stored is what a backup may hold: the same checks, on the way in.
  if (!Number.isInteger(snap.account) || snap.account < 0 || snap.account > MAX_ACCOUNT)
    return unreadable('', read.readAt, 'the address names no account Polarity knows');
  for (const [i, e] of snap.events.entries()) {
    const ok = attempt(() => checkEvent(e, `events[${i}]`));
    if (!ok.ok) return unreadable(read.href, read.readAt, `an event is malformed (${ok.reason})`);
  }
  return snap;
}
