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
