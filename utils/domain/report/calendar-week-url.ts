import type { DayKey } from '@/utils/shared/types';

/** Google Calendar's week view on `day`; month and day are not zero-padded there. */
export function calendarWeekUrl(account: number, day: DayKey): string {
  const [y, m, d] = day.split('-').map(Number);
  return `https://calendar.google.com/calendar/u/${account}/r/week/${y}/${m}/${d}`;
}
