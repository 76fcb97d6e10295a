import type { Slot } from '@/utils/domain/week/free-slot';
import { splitPercent, type WorkingHours } from '@/utils/domain/week/count-week';
import type { WeekData } from '@/utils/domain/week/load-week';
import { bookableMinutes, planWeek } from '@/utils/domain/week/plan';
import { slotsForGap } from '@/utils/domain/week/plan-slots';
import { streakAtRisk, streakState } from '@/utils/domain/week/streak';
import { dayKey } from '@/utils/domain/week/week-range';
import { msg, plural, type Msg } from '@/utils/shared/i18n/msg';

export interface StreakNudge {
  weeks: number;
  plannedPercent?: number;
  gapMin: number;
  /** Where to book it, inside working hours, from now on; absent when none is free. */
  slot?: Slot;
}

/** The free time that closes this week's gap, longest first, on days seen. */
export function gapSlots(week: WeekData, now: number, gapMin: number, hours: WorkingHours): Slot[] {
  return slotsForGap({
    minutes: gapMin,
    days: week.range.days.filter((d) => d >= dayKey(now) && week.daysSeen.includes(d)),
    events: week.events,
    hours,
    notBefore: now,
  });
}

/** A run of weeks on target about to break this week; undefined when it is safe (or there is none). */
export function streakNudge(
  finished: readonly WeekData[],
  thisWeek: WeekData,
  now: number,
  targetPercent: number,
  hours: WorkingHours,
): StreakNudge | undefined {
  const plan = planWeek(thisWeek.events, thisWeek.range, now, targetPercent, hours);
  const state = streakState(
    finished.map((w) => {
      const p = splitPercent(w.count);
      return p === undefined ? {} : { innovationPercent: p };
    }),
    plan.plannedPercent,
    targetPercent,
  );
  if (!streakAtRisk(state) || plan.gapMin === undefined || plan.gapMin <= 0) return undefined;
  const [slot] = gapSlots(thisWeek, now, plan.gapMin, hours);
  return {
    weeks: state.weeks,
    ...(plan.plannedPercent !== undefined && { plannedPercent: plan.plannedPercent }),
    gapMin: plan.gapMin,
    ...(slot && { slot }),
  };
}

/** The nudge's words, as data for the reader's language. */
export function streakText(n: StreakNudge, targetPercent: number): { title: Msg; message: Msg } {
  const gap = { minutes: bookableMinutes(n.gapMin) };
  const planned = n.plannedPercent ?? 0;
  return {
    title: plural('nudge_streak_title', n.weeks),
    message: n.slot
      ? msg('nudge_streak_message', planned, targetPercent, gap, {
          range: [n.slot.start, n.slot.end],
        })
      : msg('nudge_streak_message_no_slot', planned, targetPercent, gap),
  };
}
