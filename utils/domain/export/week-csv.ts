import { format } from 'date-fns';
import type { ReportEvent } from '@/utils/domain/report/week-report';
import { clip, totalMinutes } from '@/utils/domain/week/intervals';
import { toCsv, type CsvValue } from './to-csv';

export const WEEK_CSV_HEADER = [
  'date',
  'start',
  'end',
  'minutes',
  'title',
  'category',
  'reason',
  'counted',
  'calendar',
] as const;

function counted(e: ReportEvent): string {
  if (e.declined) return 'no (declined)';
  if (e.category === 'excluded' || e.kind !== 'timed') return 'no (excluded)';
  return 'yes';
}

/**
 * The week's events, one row each, in the browser's time zone. Minutes are the
 * event's length within the week, so rows of an event crossing the week's
 * edge add up with the neighbouring week's export.
 */
export function weekCsv(
  events: readonly ReportEvent[],
  range: { start: number; end: number },
): string {
  const rows = [...events]
    .sort((a, b) => a.start - b.start || a.title.localeCompare(b.title))
    .map((e): CsvValue[] => {
      const timed = e.kind === 'timed';
      return [
        timed ? format(e.start, 'yyyy-MM-dd') : e.day,
        timed ? format(e.start, 'HH:mm') : '',
        timed ? format(e.end, 'HH:mm') : '',
        timed ? Math.round(totalMinutes(clip([[e.start, e.end]], range.start, range.end))) : 0,
        e.title,
        e.category,
        e.reason,
        counted(e),
        e.calendarName ?? '',
      ];
    });
  return toCsv(WEEK_CSV_HEADER, rows);
}
