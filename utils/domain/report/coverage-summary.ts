import type { DayKey } from '@/utils/shared/types';
import { calendarWeekUrl } from './calendar-week-url';
import type { CoverageSummary } from './week-report';

export function coverageSummary(
  account: number,
  days: readonly DayKey[],
  daysSeen: readonly DayKey[],
): CoverageSummary {
  const seen = new Set(daysSeen);
  const missing = days.filter((d) => !seen.has(d));
  return {
    seen: days.length - missing.length,
    total: days.length,
    missing,
    calendarUrl: calendarWeekUrl(account, missing[0] ?? days[0]!),
  };
}
