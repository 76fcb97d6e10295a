import { badgeFor, type Badge } from '@/utils/domain/badge';
import { unreadableText } from './unreadable-text';
import type { Reader } from '@/utils/shared/i18n/render';
import { accountsSeen, getLastAccount, getPageStatus } from '@/utils/domain/db/meta';
import { countOpenOverrides } from '@/utils/domain/db/overrides';
import type { Db } from '@/utils/domain/db/schema';
import { getSettings, resolveWeekStart, workingHoursOf } from '@/utils/domain/settings/settings';
import { loadWeek } from '@/utils/domain/week/load-week';
import { planWeek } from '@/utils/domain/week/plan';

/** The part of `browser.action` the badge needs (chrome.action / browserAction). */
export interface BadgeSink {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle(details: { title: string }): Promise<void> | void;
  /** Chrome 110+, Firefox 63+; older browsers keep their default (white). */
  setBadgeTextColor?(details: { color: string }): Promise<void> | void;
}

/** The badge for the account last viewed, from stored data only. */
export async function computeBadge(db: Db, now: number, reader?: Reader): Promise<Badge> {
  const account = (await getLastAccount(db)) ?? 0;
  const [status, settings, accounts] = await Promise.all([
    getPageStatus(db, account),
    getSettings(),
    accountsSeen(db),
  ]);
  const hours = workingHoursOf(settings);
  const week = await loadWeek(db, {
    account,
    at: now,
    weekStartsOn: resolveWeekStart(settings, status?.weekStartsOn),
    workingHours: hours,
  });
  const plan = planWeek(week.events, week.range, now, settings.targetPercent, hours);
  return badgeFor(
    {
      count: week.count,
      targetPercent: settings.targetPercent,
      daysSeen: week.daysSeen.length,
      openOverrides: await countOpenOverrides(db, account, week.range),
      plan,
      ...(accounts.length > 1 && { account }),
      ...(status?.status === 'unreadable' && {
        unreadable: unreadableText(status, reader),
      }),
    },
    reader,
  );
}

export async function showBadge(sink: BadgeSink, badge: Badge): Promise<void> {
  await Promise.all([
    sink.setBadgeText({ text: badge.text }),
    sink.setBadgeBackgroundColor({ color: badge.color }),
    sink.setTitle({ title: badge.title }),
    sink.setBadgeTextColor?.({ color: badge.textColor }),
  ]);
}
