/**
 * True for "storage is full" from IndexedDB (a QuotaExceededError, usually as
 * the transaction's abort reason) or from extension storage (Chrome:
 * "QUOTA_BYTES_PER_ITEM quota exceeded", Firefox: "QuotaExceededError: …").
 */
export function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { name, message } = e as { name?: unknown; message?: unknown };
  if (name === 'QuotaExceededError') return true;
  return typeof message === 'string' && /quota/i.test(message);
}

/** The cause of a failed write, for the user, without a final full stop. */
export function storageErrorText(e: unknown): string {
  if (isQuotaError(e)) return 'the browser’s storage for Polarity is full';
  const text = (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');
  return text === '' ? 'an unknown storage error' : text;
}
