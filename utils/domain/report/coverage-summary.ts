import type { DayKey } from '@/utils/shared/types';
import type { CoverageSummary } from './week-report';

export function coverageSummary(
  days: readonly DayKey[],
  daysSeen: readonly DayKey[],
  weekUrl: (day: DayKey) => string,
): CoverageSummary {
  const seen = new Set(daysSeen);
  const missing = days.filter((d) => !seen.has(d));
  return {
    seen: days.length - missing.length,
    total: days.length,
    missing,
    calendarUrl: weekUrl(missing[0] ?? days[0]!),
  };
}
