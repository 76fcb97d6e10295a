interface Tx {
  abort(): void;
  done: Promise<void>;
  error: DOMException | null;
}

/**
 * Ends a transaction whose code failed, and returns the error worth
 * reporting. IndexedDB commits a transaction whose requests all succeeded
 * even when the code around them threw, so a write that fails halfway must
 * abort by hand. When the browser aborted it (a full disk, at commit), each
 * pending request fails with a bare AbortError, but the transaction's own
 * error says why: QuotaExceededError.
 */
export function rollback(tx: Tx, error: unknown): unknown {
  // The abort makes `done` reject; nobody else is waiting for it.
  tx.done.catch(() => undefined);
  const cause = tx.error ?? error;
  try {
    tx.abort();
  } catch {
    // already committed or aborted
  }
  return cause;
}
