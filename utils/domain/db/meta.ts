import type { Snapshot } from '@/utils/shared/types';
import type { Msg } from '@/utils/shared/i18n/msg';
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

export async function getMeta<T>(db: Db, key: string): Promise<T | undefined> {
  return (await db.get('meta', key))?.value as T | undefined;
}

export async function setMeta(db: Db, key: string, value: unknown): Promise<void> {
  await db.put('meta', { key, value });
}

export const getLastAccount = (db: Db) => getMeta<number>(db, 'lastAccount');

export const getPageStatus = (db: Db, account: number) =>
  getMeta<PageStatus>(db, `status:${account}`);

export async function recordPageStatus(db: Db, snap: Snapshot): Promise<void> {
  const status: PageStatus = {
    account: snap.account,
    status: snap.status,
    view: snap.view,
    at: snap.readAt,
    ...(snap.reason !== undefined && { reason: snap.reason }),
    ...(snap.because !== undefined && { because: snap.because }),
    ...(snap.weekStartsOn !== undefined && { weekStartsOn: snap.weekStartsOn }),
  };
  const tx = db.transaction('meta', 'readwrite');
  await tx.store.put({ key: `status:${snap.account}`, value: status });
  await tx.store.put({ key: 'lastAccount', value: snap.account });
  await tx.done;
}

/** Every account index a page was read for (`/u/0`, `/u/1`, ...), in order. */
export async function accountsSeen(db: Db): Promise<number[]> {
  const keys = await db.getAllKeys('meta', IDBKeyRange.bound('status:', 'status:\uffff'));
  return keys
    .map((k) => Number(k.slice('status:'.length)))
    .filter(Number.isInteger)
    .sort((a, b) => a - b);
}

/** How the badge and popup name an account, only needed when there are several. */
