import {
  checkDay,
  checkMeta,
  checkOverride,
  checkServes,
  checkTag,
} from '@/utils/domain/backup/check-records';
import { attempt } from '@/utils/shared/check';
import type { DayRecord, MetaRecord, OverrideRecord, ServesRecord, TagRecord } from './schema';

// Healing readers: a stored record that can't be read or counted (a bug, a
// disk error, an older build's mistake) is skipped and remembered, and the
// rest keeps working. The checks are the backup validator's: what is read is
// exactly what a backup may hold, so an export of what is read always
// restores. The popup and options say "some stored data could not be read".

type Store = 'days' | 'tags' | 'serves' | 'overrides' | 'meta';

const unreadable = new Set<string>();
let onChange: ((count: number) => void) | undefined;

function note(store: Store, key: unknown): void {
  const id = `${store}:${JSON.stringify(key) ?? String(key)}`;
  if (unreadable.has(id)) return;
  unreadable.add(id);
  onChange?.(unreadable.size);
}

/** How many stored records were skipped since the worker started (or the data was replaced). */
export const unreadableCount = (): number => unreadable.size;

/** Everything stored was replaced or deleted (restore, reset): nothing skipped is left. */
export function forgetUnreadable(): void {
  if (unreadable.size === 0) return;
  unreadable.clear();
  onChange?.(0);
}

/** Told whenever the count changes (the background keeps it where options can read it). */
export function watchUnreadable(listener: (count: number) => void): void {
  onChange = listener;
}

const keyOf = (store: Store, v: unknown): unknown => {
  const r = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  if (store === 'days') return [r.account, r.day];
  if (store === 'tags' || store === 'serves') return [r.account, r.scope, r.id];
  return r.key;
};

function readable<T>(store: Store, check: (v: unknown, p: string) => T) {
  return (records: readonly unknown[]): T[] => {
    const kept: T[] = [];
    for (const r of records) {
      const ok = attempt(() => check(r, store));
      if (ok.ok) kept.push(ok.value);
      else note(store, keyOf(store, r));
    }
    return kept;
  };
}

export const readableDays = readable<DayRecord>('days', checkDay);
export const readableTags = readable<TagRecord>('tags', checkTag);
export const readableServes = readable<ServesRecord>('serves', checkServes);
export const readableOverrides = readable<OverrideRecord>('overrides', checkOverride);

/**
 * Meta records Polarity knows and can read; a known key whose value is
 * malformed is skipped and noted, a key it does not know is left out quietly.
 */
export function readableMeta(records: readonly unknown[]): MetaRecord[] {
  const kept: MetaRecord[] = [];
  for (const r of records) {
    const ok = attempt(() => checkMeta(r, 'meta'));
    if (!ok.ok) note('meta', keyOf('meta', r));
    else if (ok.value) kept.push(ok.value);
  }
  return kept;
}

/** One meta value, checked: undefined when absent or unreadable (then noted). */
export function readableMetaValue<T>(record: MetaRecord | undefined): T | undefined {
  if (record === undefined) return undefined;
  return readableMeta([record])[0]?.value as T | undefined;
}
