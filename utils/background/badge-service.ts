import { badgeFor, type Badge } from '../badge';
import { getLastAccount, getPageStatus } from '../db/meta';
import type { Db } from '../db/schema';
import { loadWeek } from '../week/load-week';

/** The part of `browser.action` the badge needs (chrome.action / browserAction). */
export interface BadgeSink {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle(details: { title: string }): Promise<void> | void;
}

export const DEFAULT_TARGET_PERCENT = 20;
export const DEFAULT_WEEK_STARTS_ON = 1;

/** The badge for the account last viewed, from stored data only. */
export async function computeBadge(db: Db, now: number): Promise<Badge> {
  const account = (await getLastAccount(db)) ?? 0;
  const status = await getPageStatus(db, account);
  const week = await loadWeek(db, {
    account,
    at: now,
    weekStartsOn: status?.weekStartsOn ?? DEFAULT_WEEK_STARTS_ON,
  });
  return badgeFor({
    count: week.count,
    targetPercent: DEFAULT_TARGET_PERCENT,
    daysSeen: week.daysSeen.length,
    openOverrides: 0,
    ...(status?.status === 'unreadable' && {
      unreadable: status.reason ?? 'unknown page',
    }),
  });
}

export async function showBadge(sink: BadgeSink, badge: Badge): Promise<void> {
  await Promise.all([
    sink.setBadgeText({ text: badge.text }),
    sink.setBadgeBackgroundColor({ color: badge.color }),
    sink.setTitle({ title: badge.title }),
  ]);
}
