import type { CalEvent } from '@/utils/shared/types';

// The tests' sample week: Monday 23 November 2026, local time.
// Hours may be fractional: 9.5 is 09:30.
export const at = (d: number, h: number) => new Date(2026, 10, d, 0, Math.round(h * 60)).getTime();

/** A timed event on day `d` of November 2026; `over` changes any field. */
export function calEvent(
  id: string,
  title: string,
  d: number,
  h1: number,
  h2: number,
  over: Partial<CalEvent> = {},
): CalEvent {
  return {
    eid: id,
    id,
    seriesId: id,
    calendarId: 'me',
    title,
    day: `2026-11-${String(d).padStart(2, '0')}`,
    start: at(d, h1),
    end: at(d, h2),
    kind: 'timed',
    declined: false,
    hasGuests: false,
    ...over,
  };
}
