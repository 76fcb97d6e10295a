import type { OverrideRecord } from '@/utils/domain/db/schema';

/**
 * The identity of an override: the same block losing time the same way to the
 * same event is one override, however often (and from however many tabs) it is
 * seen. Recurring instances carry their date in their id, so each is its own.
 */
export function overrideKey(
  account: number,
  blockId: string,
  cause: OverrideRecord['cause'],
  byId?: string,
): string {
  return JSON.stringify([account, blockId, cause, byId ?? '']);
}

/** Whether `key` has the shape `overrideKey` writes. */
export function isOverrideKey(key: string): boolean {
  try {
    const v: unknown = JSON.parse(key);
    return Array.isArray(v) && v.length === 4 && Number.isInteger(v[0]);
  } catch {
    return false;
  }
}
