import type { HistoryGap, TrendPoint } from './week-report';

/**
 * The trend's earlier weeks that were not seen in full, oldest first. History
 * fills only as weeks are opened in the calendar, so each comes with its link.
 * The shown week itself is the coverage line's business.
 */
export function historyGaps(trend: readonly TrendPoint[], weekDays = 7): HistoryGap[] {
  return trend
    .slice(0, -1)
    .filter((p) => p.daysSeen < weekDays && p.calendarUrl !== undefined)
    .map((p) => ({
      isoWeek: p.isoWeek,
      firstDay: p.firstDay,
      daysSeen: p.daysSeen,
      calendarUrl: p.calendarUrl!,
    }));
}
