import { addDays, format, startOfDay, startOfWeek } from 'date-fns';
import type { DayKey } from '@/utils/shared/types';

export type WeekStartsOn = 0 | 1 | 6;

export interface WeekRange {
  /** Local midnight of the first day, epoch ms. */
  start: number;
  /** Local midnight after the last day (exclusive), epoch ms. */
  end: number;
  /** The seven days, each `yyyy-MM-dd`. */
  days: DayKey[];
}

export const dayKey = (date: Date | number): DayKey => format(date, 'yyyy-MM-dd');

export function parseDayKey(day: DayKey): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!);
}

/**
 * The week containing `at`, in the browser's zone. Days come from calendar
 * arithmetic, not 24-hour steps, so a daylight-saving change keeps 7 days.
 */
export function weekRange(at: Date | number, weekStartsOn: WeekStartsOn, offset = 0): WeekRange {
  const first = addDays(startOfWeek(startOfDay(at), { weekStartsOn }), offset * 7);
  const days = Array.from({ length: 7 }, (_, i) => addDays(first, i));
  return {
    start: first.getTime(),
    end: addDays(first, 7).getTime(),
    days: days.map(dayKey),
  };
}
