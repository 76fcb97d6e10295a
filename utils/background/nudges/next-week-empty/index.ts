import { browser } from '#imports';
import { daysInRange } from '@/utils/domain/db/days';
import { getAccountZone } from '@/utils/domain/db/overrides';
import { getLastAccount, getMeta, getPageStatus, setMeta } from '@/utils/domain/db/meta';
import { resolveWeekStart, workingHoursOf } from '@/utils/domain/settings/settings';
import { findFreeSlot } from '@/utils/domain/week/free-slot';
import { loadWeek } from '@/utils/domain/week/load-week';
import { weekRange, weekStartingAt } from '@/utils/domain/week/week-range';
import { heldBack, nextLateWeekTime } from '@/utils/domain/week/working-time';
import type { NudgeAction } from '@/utils/shared/nudge';
import type { NudgeKindFactory } from '../nudge-kind';
import {
  NEXT_WEEK_BLOCK_MIN,
  NEXT_WEEK_BLOCK_TITLE,
  nextWeekKey,
  nextWeekState,
  parseNextWeekKey,
} from './next-week-state';
import { nextWeekText, nextWeekToast } from './text';
import { sayNudge } from '../say-nudge';

export const NEXT_WEEK_ALARM = 'polarity-next-week';

/**
 * product.md "Nudges": late in the working week (Thursday 14:00 for
 * Monday-Friday), one nudge when next week has no innovation booked in the
 * days seen, or has not been seen at all. Once per week: the week it was
 * sent for is kept in `meta`.
 */
export const nextWeekEmpty: NudgeKindFactory = ({
  db,
  now,
  settings,
  channels,
  urls,
  notificationId,
}) => {
  async function arm(at?: number) {
    const when = at ?? nextLateWeekTime(now(), workingHoursOf(await settings()));
    if (when !== undefined) await browser.alarms.create(NEXT_WEEK_ALARM, { when });
  }

  /** The alarm fired (or a missed one fired at browser start). */
  async function run(): Promise<void> {
    const t = now();
    const s = await settings();
    const hours = workingHoursOf(s);
    const store = await db;
    const account = await getLastAccount(store);
    const status = account === undefined ? undefined : await getPageStatus(store, account);
    const week = weekRange(t, resolveWeekStart(s, status?.weekStartsOn));
    const late = nextLateWeekTime(week.start - 1, hours);
    // Only late in this week: a missed alarm delivered on Monday is stale.
    if (account === undefined || !s.nudges.nextWeek || late === undefined || t < late) {
      return arm();
    }
    const sentFor = `nudge:next-week:${account}`;
    if ((await getMeta<number>(store, sentFor)) === week.start) return arm();
    // Held, not lost: the next working moment of this same week, else nothing.
    const held = heldBack(s.nudges.quietOutsideWorkingHours, t, hours, week.end);
    if (held) return arm(held.at);
    await setMeta(store, sentFor, week.start);
    await arm();
    const next = await loadWeek(store, {
      account,
      at: t,
      weekStartsOn: resolveWeekStart(s, status?.weekStartsOn),
      offset: 1,
      workingHours: hours,
    });
    const state = nextWeekState(next);
    const key = nextWeekKey(account, next.range.start);
    const text = nextWeekText(state);
    const toast = nextWeekToast(key, state);
    if (!text || !toast) return;
    await sayNudge(channels, notificationId, toast, account, text);
  }

  /** Book time: Calendar's new-event page at next week's first free slot. Open: next week's view. */
  async function act(
    { account, weekStart }: { account: number; weekStart: number },
    action: NudgeAction,
  ): Promise<void> {
    const s = await settings();
    // The week the nudge was about, starting on its own first day.
    const week = weekStartingAt(weekStart);
    if (action === 'open') await channels.openTab(urls.week(account, week.days[0]!));
    if (action === 'rebook') {
      const store = await db;
      const days = await daysInRange(store, account, week.days[0]!, week.days[6]!);
      const slot = findFreeSlot({
        minutes: NEXT_WEEK_BLOCK_MIN,
        days: week.days,
        events: days.flatMap((d) => d.events),
        hours: workingHoursOf(s),
        notBefore: now(),
      });
      const zone = await getAccountZone(store, account);
      await channels.openTab(urls.newEvent(account, NEXT_WEEK_BLOCK_TITLE, slot, zone));
    }
  }

  return {
    alarms: { [NEXT_WEEK_ALARM]: run },
    // The check runs itself (it re-arms, and sends only when it is late in the
    // week and this week's nudge has not gone out), so a browser closed at
    // Thursday 14:00 still nudges when it opens on Friday.
    start: run,
    owns: (key) => parseNextWeekKey(key) !== undefined,
    async act(key, action) {
      const week = parseNextWeekKey(key);
      if (!week) return false;
      await act(week, action);
      return true;
    },
  };
};
