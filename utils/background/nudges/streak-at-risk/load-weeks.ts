import type { Db } from '@/utils/domain/db/schema';
import { getLastAccount, getPageStatus } from '@/utils/domain/db/meta';
import { getAccountZone } from '@/utils/domain/db/overrides';
import { loadClassifyContext } from '@/utils/domain/classify/load-context';
import { resolveWeekStart, workingHoursOf, type Settings } from '@/utils/domain/settings/settings';
import { loadWeek, type WeekData } from '@/utils/domain/week/load-week';

/** How many finished weeks the week-ahead nudges look back on (the popup's trend: eight in all). */
export const FINISHED_WEEKS = 7;

export interface AheadWeeks {
  account: number;
  /** Finished weeks, oldest first. */
  finished: WeekData[];
  thisWeek: WeekData;
  zone?: string;
}

/** The account last viewed: its finished weeks and this one, counted like the popup counts them. */
export async function loadAheadWeeks(
  db: Db,
  now: number,
  s: Settings,
): Promise<AheadWeeks | undefined> {
  const account = await getLastAccount(db);
  if (account === undefined) return undefined;
  const [status, ctx, zone] = await Promise.all([
    getPageStatus(db, account),
    loadClassifyContext(db, account),
    getAccountZone(db, account),
  ]);
  const query = {
    account,
    at: now,
    weekStartsOn: resolveWeekStart(s, status?.weekStartsOn),
    workingHours: workingHoursOf(s),
    classifyContext: { ...ctx, innovationKeywords: s.innovationKeywords },
  };
  const weeks = await Promise.all(
    Array.from({ length: FINISHED_WEEKS + 1 }, (_, i) =>
      loadWeek(db, { ...query, offset: i - FINISHED_WEEKS }),
    ),
  );
  return {
    account,
    finished: weeks.slice(0, -1),
    thisWeek: weeks[weeks.length - 1]!,
    ...(zone !== undefined && { zone }),
  };
}

/** A week-ahead nudge's key: its kind, the account and the week it is about. */
export const weekKey = (kind: string, account: number, weekStart: number): string =>
  JSON.stringify([kind, account, weekStart]);

export function parseWeekKey(
  kind: string,
  key: string,
): { account: number; weekStart: number } | undefined {
  try {
    const v: unknown = JSON.parse(key);
    if (Array.isArray(v) && v.length === 3 && v[0] === kind) {
      const [, account, weekStart] = v as [string, unknown, unknown];
      if (Number.isInteger(account) && Number.isFinite(weekStart)) {
        return { account: account as number, weekStart: weekStart as number };
      }
    }
  } catch {
    // not this kind's key
  }
  return undefined;
}
