import { englishOf } from './check';
import { msg, type Msg, type Sub } from './i18n/msg';

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

/**
 * The cause of a failed write, for the user, without a final full stop: a
 * sentence of the catalogue when Polarity knows it, else the browser's own
 * words (they come in the browser's language, or in English).
 */
export function storageProblem(e: unknown): Sub {
  if (isQuotaError(e)) return msg('check_storage_full');
  const text = (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');
  return text === '' ? msg('check_storage_unknown') : text;
}

/** The same in English (logs, tests, the English `reason`). */
export const storageErrorText = (e: unknown): string => {
  const problem = storageProblem(e);
  return typeof problem === 'string' ? problem : englishOf(problem as Msg);
};
