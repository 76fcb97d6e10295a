import { format } from 'date-fns';
import type { DayKey } from '@/utils/shared/types';
import { parseDayKey } from '@/utils/domain/week/week-range';

/** `23–29 Nov 2026`, `30 Nov – 6 Dec 2026`, `28 Dec 2026 – 3 Jan 2027`. */
export function weekTitle(days: readonly DayKey[]): string {
  const first = parseDayKey(days[0]!);
  const last = parseDayKey(days[days.length - 1]!);
  if (first.getFullYear() !== last.getFullYear()) {
    return `${format(first, 'd MMM yyyy')} – ${format(last, 'd MMM yyyy')}`;
  }
  if (first.getMonth() !== last.getMonth()) {
    return `${format(first, 'd MMM')} – ${format(last, 'd MMM yyyy')}`;
  }
  return `${format(first, 'd')}–${format(last, 'd MMM yyyy')}`;
}
