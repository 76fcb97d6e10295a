import type { Slot } from '@/utils/domain/week/free-slot';
import { splitPercent, type WorkingHours } from '@/utils/domain/week/count-week';
import { afterHoursPattern } from '@/utils/domain/week/after-hours-pattern';
import type { WeekData } from '@/utils/domain/week/load-week';
import { planWeek } from '@/utils/domain/week/plan';
import { slotsForGap } from '@/utils/domain/week/plan-slots';
import { streakAtRisk, streakState } from '@/utils/domain/week/streak';
import { dayKey } from '@/utils/domain/week/week-range';
import type { AfterHoursPattern, BookableSlot, PlannedWeek, WeekAhead } from './week-report';

/** The calendar's new-event page for a slot (the calendar source builds it). */
export type NewEventUrl = (slot: Slot, weekly: boolean) => string;

/** Offered only when the user asks: the whole day from early to late, every day. */
export const WIDE_HOURS: WorkingHours = {
  days: [0, 1, 2, 3, 4, 5, 6],
  start: 7 * 60,
  end: 21 * 60,
};

export interface WeekAheadInput {
  /** This week, then next week. */
  weeks: readonly [WeekData, WeekData];
  /** Finished weeks before this one, oldest first (the trend's). */
  finished: readonly WeekData[];
  now: number;
  targetPercent: number;
  hours: WorkingHours;
  /** The user's name for a booked block. */
  blockName: string;
  newEventUrl: NewEventUrl;
  weekUrl: (day: string) => string;
}

const bookable = (slots: readonly Slot[], url: NewEventUrl): BookableSlot[] =>
  slots.map((s) => ({ ...s, url: url(s, false), weeklyUrl: url(s, true) }));

/** Days Polarity has seen, from today on: a slot never lands on time it cannot see. */
const searchDays = (week: WeekData, now: number) =>
  week.range.days.filter((d) => d >= dayKey(now) && week.daysSeen.includes(d));

function slotsFor(week: WeekData, minutes: number, input: WeekAheadInput, hours: WorkingHours) {
  return slotsForGap({
    minutes,
    days: searchDays(week, input.now),
    events: week.events,
    notBefore: input.now,
    hours,
  });
}

function plannedWeek(
  which: PlannedWeek['which'],
  week: WeekData,
  input: WeekAheadInput,
): PlannedWeek {
  const plan = planWeek(week.events, week.range, input.now, input.targetPercent, input.hours);
  const gap = plan.gapMin ?? 0;
  return {
    which,
    firstDay: week.range.days[0]!,
    daysSeen: week.daysSeen.length,
    calendarUrl: input.weekUrl(week.range.days[0]!),
    targetPercent: input.targetPercent,
    ...plan,
    slots: bookable(slotsFor(week, gap, input, input.hours), input.newEventUrl),
    otherSlots: bookable(slotsFor(week, gap, input, WIDE_HOURS), input.newEventUrl),
  };
}

function pattern(input: WeekAheadInput): AfterHoursPattern | undefined {
  const last = input.finished.slice(-2);
  if (!afterHoursPattern(last.map((w) => w.count))) return undefined;
  // As much innovation as the last week did after hours, booked inside them instead.
  const minutes = last[last.length - 1]!.count.afterHoursInnovationMin;
  const [thisWeek, nextWeek] = input.weeks;
  const slots = [
    ...slotsFor(thisWeek, minutes, input, input.hours),
    ...slotsFor(nextWeek, minutes, input, input.hours),
  ].slice(0, 3);
  return {
    weeks: last.map((w) => ({
      firstDay: w.range.days[0]!,
      percent: Math.round((w.count.afterHoursInnovationMin * 100) / w.count.innovationMin),
    })),
    slots: bookable(slots, input.newEventUrl),
  };
}

/** This week and next planned against the target, the run of weeks on target, the after-hours pattern. */
export function weekAhead(input: WeekAheadInput): WeekAhead {
  const weeks = [
    plannedWeek('this', input.weeks[0], input),
    plannedWeek('next', input.weeks[1], input),
  ];
  const streak = streakState(
    input.finished.map((w) => {
      const p = splitPercent(w.count);
      return p === undefined ? {} : { innovationPercent: p };
    }),
    weeks[0]!.plannedPercent,
    input.targetPercent,
  );
  const found = pattern(input);
  return {
    blockName: input.blockName,
    weeks,
    streak: { ...streak, atRisk: streakAtRisk(streak) },
    ...(found && { afterHoursPattern: found }),
  };
}
