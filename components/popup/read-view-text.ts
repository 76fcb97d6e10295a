import { format } from 'date-fns';
import type { ExcludedWhy, ReadSummary } from '@/utils/domain/report/read-summary';

/** `polarity-page-report-week-2026-11-25.json` */
export const pageReportFileName = (view: string, at: number): string =>
  `polarity-page-report-${view}-${format(at, 'yyyy-MM-dd')}.json`;

/** A reason as a sentence: "Can't read this view: …". */
export const sentence = (reason: string): string =>
  reason.charAt(0).toUpperCase() + reason.slice(1);

const WHY_ORDER: ExcludedWhy[] = [
  'declined',
  'task',
  'all-day',
  'holiday',
  'birthday',
  'working location',
  'out of office',
];

/** "1 declined, 2 tasks, 1 all-day": the reasons, most useful first; empty when none. */
export function excludedLine(counts: ReadSummary['excludedCounts']): string {
  return WHY_ORDER.filter((w) => counts[w])
    .map((w) => {
      const n = counts[w]!;
      const plural = n === 1 || w === 'all-day' || w === 'declined' ? w : `${w}s`;
      return `${n} ${plural === 'out of offices' ? 'out of office' : plural}`;
    })
    .join(', ');
}

/** The verdict at the top of the view. */
export function verdict(s: ReadSummary): string {
  if (s.status !== 'ok') return sentence(s.reason ?? "can't read this view");
  const counted = s.days.reduce((n, d) => n + d.counted, 0);
  return `Read the ${s.view} view: ${counted} event${counted === 1 ? '' : 's'} counted.`;
}
