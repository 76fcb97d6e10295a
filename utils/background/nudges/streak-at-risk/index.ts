import { browser } from '#imports';
import { getMeta, setMeta } from '@/utils/domain/db/meta';
import { blockNameOf } from '@/utils/background/report-handlers';
import { workingHoursOf } from '@/utils/domain/settings/settings';
import { weekStartingAt } from '@/utils/domain/week/week-range';
import { heldBack, nextLateWeekTime } from '@/utils/domain/week/working-time';
import { browserReader } from '@/utils/shared/i18n/browser-reader';
import { msg } from '@/utils/shared/i18n/msg';
import type { Reader } from '@/utils/shared/i18n/render';
import type { NudgeKindFactory } from '../nudge-kind';
import { loadAheadWeeks, parseWeekKey, weekKey } from './load-weeks';
import { gapSlots, streakNudge, streakText } from './streak-nudge';
import { sayNudge } from '../say-nudge';

export const STREAK_ALARM = 'polarity-streak';
const KIND = 'streak';

/**
 * Issue 17 "Weeks on target": late in the working week, when there is a run
 * of weeks on target and this week is planned below it, one gentle nudge
 * with a free slot that closes the gap. Once per week (kept in `meta`).
 */
export const streakAtRisk: NudgeKindFactory = ({
  db,
  now,
  settings,
  channels,
  urls,
  notificationId,
}) => {
  const reader = (): Reader => browserReader();

  async function arm(at?: number) {
    const when = at ?? nextLateWeekTime(now(), workingHoursOf(await settings()));
    if (when !== undefined) await browser.alarms.create(STREAK_ALARM, { when });
  }

  async function run(): Promise<void> {
    const t = now();
    const s = await settings();
    const hours = workingHoursOf(s);
    const store = await db;
    const weeks = s.nudges.streak ? await loadAheadWeeks(store, t, s) : undefined;
    if (!weeks) return arm();
    const { account, thisWeek } = weeks;
    const late = nextLateWeekTime(thisWeek.range.start - 1, hours);
    if (late === undefined || t < late) return arm();
    const sentFor = `nudge:streak:${account}`;
    if ((await getMeta<number>(store, sentFor)) === thisWeek.range.start) return arm();
    const held = heldBack(s.nudges.quietOutsideWorkingHours, t, hours, thisWeek.range.end);
    if (held) return arm(held.at);
    const nudge = streakNudge(weeks.finished, thisWeek, t, s.targetPercent, hours);
    await setMeta(store, sentFor, thisWeek.range.start);
    await arm();
    if (!nudge) return;
    // Words as data: the notification renders them in the browser's language, the toast in the page's.
    const text = streakText(nudge, s.targetPercent);
    const key = weekKey(KIND, account, thisWeek.range.start);
    const labels = {
      rebookLabel: msg(nudge.slot ? 'nudge_book_slot' : 'nudge_book_time'),
      openLabel: msg('nudge_open_week'),
    };
    await sayNudge(channels, notificationId, { key, ...text, ...labels }, account);
  }

  return {
    alarms: { [STREAK_ALARM]: run },
    start: run,
    owns: (key) => parseWeekKey(KIND, key) !== undefined,
    async act(key, action) {
      const week = parseWeekKey(KIND, key);
      if (!week) return false;
      const range = weekStartingAt(week.weekStart);
      if (action === 'open') await channels.openTab(urls.week(week.account, range.days[0]!));
      if (action === 'rebook') {
        // A fresh slot at click time: the week may have filled since.
        const s = await settings();
        const weeks = await loadAheadWeeks(await db, now(), s);
        const nudge =
          weeks &&
          streakNudge(weeks.finished, weeks.thisWeek, now(), s.targetPercent, workingHoursOf(s));
        const [slot] =
          weeks && nudge ? gapSlots(weeks.thisWeek, now(), nudge.gapMin, workingHoursOf(s)) : [];
        await channels.openTab(
          urls.newEvent(week.account, blockNameOf(s, reader()), slot, weeks?.zone),
        );
      }
      return true;
    },
  };
};
