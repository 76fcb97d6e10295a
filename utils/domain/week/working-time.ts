import { addDays, startOfDay } from 'date-fns';
import type { WorkingHours } from './count-week';

const at = (day: Date, min: number) =>
  new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, min).getTime();

/** Inside the user's working hours: the only time a nudge may interrupt, by default. */
export function isWorkingTime(t: number, hours: WorkingHours): boolean {
  const day = startOfDay(t);
  return hours.days.includes(day.getDay()) && t >= at(day, hours.start) && t < at(day, hours.end);
}

/** `t` itself when it is working time, else the start of the next working period (two weeks ahead at most). */
export function nextWorkingTime(t: number, hours: WorkingHours): number | undefined {
  if (isWorkingTime(t, hours)) return t;
  if (hours.end <= hours.start) return undefined;
  for (let i = 0; i <= 14; i++) {
    const day = addDays(startOfDay(t), i);
    if (!hours.days.includes(day.getDay())) continue;
    const start = at(day, hours.start);
    if (start > t) return start;
  }
  return undefined;
}

/** Default: late in the working week, 14:00 on its second-to-last day (Thursday for Monday-Friday). */
export const LATE_WEEK_MINUTE = 14 * 60;

/**
 * The next late-week moment after `t`. The working days are read in the
 * order of the week that starts the day after the last one off, so a
 * Sunday-Thursday week gets Wednesday.
 */
export function nextLateWeekTime(t: number, hours: WorkingHours): number | undefined {
  const days = [...new Set(hours.days)].filter((d) => d >= 0 && d <= 6);
  if (days.length === 0) return undefined;
  const ordered = [0, 1, 2, 3, 4, 5, 6]
    .map((i) => (firstWorkingDay(days) + i) % 7)
    .filter((d) => days.includes(d));
  const late = ordered[Math.max(0, ordered.length - 2)]!;
  for (let i = 0; i <= 7; i++) {
    const day = addDays(startOfDay(t), i);
    if (day.getDay() !== late) continue;
    const when = at(day, LATE_WEEK_MINUTE);
    if (when > t) return when;
  }
  return undefined;
}

/** The first working day after a day off (Monday for Monday-Friday); any day when all are worked. */
function firstWorkingDay(days: readonly number[]): number {
  for (let d = 0; d < 7; d++) if (days.includes(d) && !days.includes((d + 6) % 7)) return d;
  return 1;
}

/** The essay: innovation pushed to the evenings burns people out. Flag more than a third. */
export const isAfterHoursHigh = (count: {
  innovationMin: number;
  afterHoursInnovationMin: number;
}) => count.innovationMin > 0 && count.afterHoursInnovationMin * 3 > count.innovationMin;

/**
 * Whether quiet hours hold a nudge back at `t`: false when it may be said
 * now, else the next working moment to try again (none when that is not
 * before `until`).
 */
export function heldBack(
  quiet: boolean,
  t: number,
  hours: WorkingHours,
  until = Infinity,
): false | { at: number | undefined } {
  if (!quiet || isWorkingTime(t, hours)) return false;
  const at = nextWorkingTime(t, hours);
  return { at: at !== undefined && at < until ? at : undefined };
}
