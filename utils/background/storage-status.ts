import type { Badge } from '@/utils/domain/badge';
import { en } from '@/utils/shared/i18n/messages/en';
import { msg } from '@/utils/shared/i18n/msg';
import { catalogueReader, render, type Reader } from '@/utils/shared/i18n/render';
import { isQuotaError } from '@/utils/shared/quota';
import { storageProblemItem, type StorageProblem } from '@/utils/shared/storage-problem';
import type { Handlers, MessageType } from '@/utils/shared/messages';

export { storageProblemItem, type StorageProblem };

export const STORAGE_FULL_TITLE = en.badge_storage_full;

/** The badge, with the problem first in its title; the number and colour keep their meaning. */
export function badgeWithProblem(
  badge: Badge,
  problem: StorageProblem | null,
  reader: Reader = catalogueReader(en, 'en'),
): Badge {
  if (!problem) return badge;
  return { ...badge, title: `${render(msg('badge_storage_full'), reader)} ${badge.title}` };
}

// What each writing handler stores, for the problem's wording. Page reads are
// guarded where they are saved (`guard.write`), whichever way they arrive.
const WRITES: Partial<Record<MessageType, string>> = {
  setTag: 'a tag',
  nudgeAction: 'a nudge you answered',
};

/**
 * Guards writes: a quota error is recorded (for the badge title and the
 * options page) and still thrown to the caller; the next write that succeeds
 * clears it. `onChange` redraws the badge.
 */
export function storageGuard({
  now,
  onChange,
}: {
  now: () => number;
  onChange: () => Promise<void>;
}) {
  // Known state, so a healthy write costs no storage read.
  let known: boolean | undefined;
  const set = async (problem: StorageProblem | null) => {
    known ??= (await storageProblemItem.getValue()) !== null;
    if (problem === null && !known) return; // healthy and already known to be
    known = problem !== null;
    await storageProblemItem.setValue(problem);
    await onChange();
  };

  function write<A extends unknown[], R>(what: string, fn: (...args: A) => Promise<R>) {
    return async (...args: A): Promise<R> => {
      try {
        const result = await fn(...args);
        await set(null);
        return result;
      } catch (e) {
        if (isQuotaError(e)) await set({ at: now(), what }).catch(() => undefined);
        throw e;
      }
    };
  }

  /** The handlers, with every writing one guarded. */
  function handlers(all: Partial<Handlers>): Partial<Handlers> {
    const guarded: Record<string, unknown> = { ...all };
    for (const [type, what] of Object.entries(WRITES) as [MessageType, string][]) {
      const handler = all[type] as ((d: unknown, s: unknown) => Promise<unknown>) | undefined;
      if (handler) guarded[type] = write(what, handler);
    }
    return guarded as Partial<Handlers>;
  }

  return { write, handlers };
}
