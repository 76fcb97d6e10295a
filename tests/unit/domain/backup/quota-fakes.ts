// "The disk is full", the two ways a browser says it, on fake-indexeddb
// (tests/setup.ts). Both reach into its queued requests: the public API has
// no way to make a write fail.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

interface FakeTx {
  _requests: { operation: () => unknown }[];
  _state: string;
  _start(): void;
  _abort(name: string): void;
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * The n-th put (counting from now) fails with QuotaExceededError: its request
 * errors and the browser aborts the transaction, rolling back what it wrote.
 */
export function putFailsWithQuota(n: number) {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    const request = put.apply(this, args);
    if (++calls === n) {
      const queue = (this.transaction as unknown as FakeTx)._requests;
      queue[queue.length - 1]!.operation = () => {
        throw quota();
      };
    }
    return request;
  });
}

/**
 * Every write succeeds, then the transaction aborts at commit with
 * QuotaExceededError (how Chrome reports a full disk for IndexedDB).
 */
export function commitFailsWithQuota() {
  const transaction = IDBDatabase.prototype.transaction;
  return vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const tx = transaction.apply(this, args) as unknown as FakeTx;
    if (args[1] !== 'readwrite') return tx as unknown as IDBTransaction;
    const start = tx._start.bind(tx);
    tx._start = () => {
      // Nothing left to run: this is where it would commit.
      if (tx._requests.length === 0 && tx._state !== 'finished') tx._abort('QuotaExceededError');
      start();
    };
    return tx as unknown as IDBTransaction;
  });
}

/** Sync storage refuses every write, as Chrome does past its per-item quota. */
export function syncStorageFull() {
  return vi
    .spyOn(fakeBrowser.storage.sync, 'set')
    .mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
}
