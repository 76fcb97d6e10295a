import { getISOWeek, getISOWeekYear } from 'date-fns';
import type { DayKey } from '@/utils/shared/types';
import { parseDayKey } from '@/utils/domain/week/week-range';

/**
 * `2026-W48` for a seven-day week. The fourth day decides: whichever day the
 * week starts on (Monday, Sunday, Saturday), it falls in the ISO week that
 * holds most of the seven days.
 */
export function isoWeek(days: readonly DayKey[]): string {
  const middle = parseDayKey(days[3] ?? days[0]!);
  return `${getISOWeekYear(middle)}-W${String(getISOWeek(middle)).padStart(2, '0')}`;
}
