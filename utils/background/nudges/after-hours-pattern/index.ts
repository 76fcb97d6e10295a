import { browser } from '#imports';
import { getMeta, setMeta } from '@/utils/domain/db/meta';
import { blockNameOf } from '@/utils/background/report-handlers';
import { workingHoursOf } from '@/utils/domain/settings/settings';
import { afterHoursPattern } from '@/utils/domain/week/after-hours-pattern';
import { weekRange, weekStartingAt } from '@/utils/domain/week/week-range';
import { heldBack, nextWorkingTime } from '@/utils/domain/week/working-time';
import { browserReader } from '@/utils/shared/i18n/browser-reader';
import { msg } from '@/utils/shared/i18n/msg';
import type { NudgeKindFactory } from '../nudge-kind';
import { loadAheadWeeks, parseWeekKey, weekKey } from '../streak-at-risk/load-weeks';
import { gapSlots } from '../streak-at-risk/streak-nudge';
import { patternDecision } from './pattern-state';
import { sayNudge } from '../say-nudge';

export const PATTERN_ALARM = 'polarity-after-hours-pattern';
const KIND = 'after-hours';

/**
 * Issue 17 "After-hours innovation as a pattern": when the last two finished
 * weeks' innovation was mostly outside working hours, say so once, with the
 * essay's reason, and offer a slot inside working hours. Once per run of
 * such weeks: `meta` keeps the newest week it covered.
 */
export const afterHoursPatternKind: NudgeKindFactory = ({
  db,
  now,
  settings,
  channels,
  urls,
  notificationId,
}) => {
  async function arm(at?: number) {
    // Checked again when the next week starts (at its first working hour).
    const s = await settings();
    const hours = workingHoursOf(s);
    const next = at ?? nextWorkingTime(weekRange(now(), 1, 1).start, hours);
    if (next !== undefined) await browser.alarms.create(PATTERN_ALARM, { when: next });
  }

  async function run(): Promise<void> {
    const t = now();
    const s = await settings();
    const hours = workingHoursOf(s);
    const store = await db;
    const weeks = s.nudges.afterHours ? await loadAheadWeeks(store, t, s) : undefined;
    if (!weeks) return arm();
    const sentFor = `nudge:after-hours:${weeks.account}`;
    const last = weeks.finished.slice(-2);
    const decision = patternDecision(
      afterHoursPattern(last.map((w) => w.count)),
      last.map((w) => w.range.start),
      await getMeta<number>(store, sentFor),
    );
    if (decision.remember !== undefined) await setMeta(store, sentFor, decision.remember);
    if (!decision.say) return arm();
    const held = heldBack(s.nudges.quietOutsideWorkingHours, t, hours);
    if (held) {
      // Not remembered as said: held for the next working hour.
      await setMeta(store, sentFor, 0);
      return arm(held.at);
    }
    await arm();
    const key = weekKey(KIND, weeks.account, weeks.thisWeek.range.start);
    const text = {
      title: msg('nudge_pattern_title'),
      message: msg('nudge_pattern_message'),
    };
    const labels = {
      rebookLabel: msg('nudge_book_slot'),
      openLabel: msg('nudge_open_week'),
    };
    await sayNudge(channels, notificationId, { key, ...text, ...labels }, weeks.account);
  }

  return {
    alarms: { [PATTERN_ALARM]: run },
    start: run,
    owns: (key) => parseWeekKey(KIND, key) !== undefined,
    async act(key, action) {
      const week = parseWeekKey(KIND, key);
      if (!week) return false;
      const range = weekStartingAt(week.weekStart);
      if (action === 'open') await channels.openTab(urls.week(week.account, range.days[0]!));
      if (action === 'rebook') {
        const s = await settings();
        const weeks = await loadAheadWeeks(await db, now(), s);
        const minutes = weeks?.finished.at(-1)?.count.afterHoursInnovationMin ?? 60;
        const [slot] = weeks ? gapSlots(weeks.thisWeek, now(), minutes, workingHoursOf(s)) : [];
        await channels.openTab(
          urls.newEvent(week.account, blockNameOf(s, browserReader()), slot, weeks?.zone),
        );
      }
      return true;
    },
  };
};
