import { MAX_ACCOUNT } from '@/utils/shared/check';
import type { Snapshot } from '@/utils/shared/types';
import type { Msg } from '@/utils/shared/i18n/msg';
import { readableMetaValue } from './heal';
import type { Db } from './schema';

/** What the last read of each account's page said, for the badge and the popup. */
export interface PageStatus {
  account: number;
  status: Snapshot['status'];
  reason?: string;
  /** The reason as a sentence (the reader's "can't read this view", as data). */
  because?: Msg;
  view: Snapshot['view'];
  weekStartsOn?: Snapshot['weekStartsOn'];
  at: number;
}

/** A meta value; one that can't be read is skipped (undefined) and noted (heal.ts). */
export async function getMeta<T>(db: Db, key: string): Promise<T | undefined> {
  return readableMetaValue<T>(await db.get('meta', key));
}

export async function setMeta(db: Db, key: string, value: unknown): Promise<void> {
  await db.put('meta', { key, value });
}

/**
 * The account last viewed. When its record can't be read, the first account a
 * page was read for stands in (the unreadable record is noted), so the popup
 * and badge go on working.
 */
export async function getLastAccount(db: Db): Promise<number | undefined> {
  const last = await getMeta<number>(db, 'lastAccount');
  if (last !== undefined) return last;
  return (await db.count('meta', 'lastAccount')) > 0 ? (await accountsSeen(db))[0] : undefined;
}

export const getPageStatus = (db: Db, account: number) =>
  getMeta<PageStatus>(db, `status:${account}`);

/** What a read says about its account's page, as stored under `status:<account>`. */
export const pageStatusOf = (snap: Snapshot): PageStatus => ({
  account: snap.account,
  status: snap.status,
  view: snap.view,
  at: snap.readAt,
  ...(snap.reason !== undefined && { reason: snap.reason }),
  ...(snap.because !== undefined && { because: snap.because }),
  ...(snap.weekStartsOn !== undefined && { weekStartsOn: snap.weekStartsOn }),
});

/** The status alone (tests; the background stores it with the days, `storeRead`). */
export async function recordPageStatus(db: Db, snap: Snapshot): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await tx.store.put({ key: `status:${snap.account}`, value: pageStatusOf(snap) });
  await tx.store.put({ key: 'lastAccount', value: snap.account });
  await tx.done;
}

/** Every account index a page was read for (`/u/0`, `/u/1`, ...), in order. */
export async function accountsSeen(db: Db): Promise<number[]> {
  return accountsOf(await db.getAllKeys('meta', statusKeys()));
}

/** The keys of every account's page status. */
export const statusKeys = () => IDBKeyRange.bound('status:', 'status:\uffff');

/** Accounts from their status keys, in order. */
export function accountsOf(keys: readonly string[]): number[] {
  return keys
    .map((k) => Number(k.slice('status:'.length)))
    .filter((n) => Number.isInteger(n) && n >= 0 && n <= MAX_ACCOUNT)
    .sort((a, b) => a - b);
}

/** How the badge and popup name an account, only needed when there are several. */
