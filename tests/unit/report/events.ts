import type { OverrideRecord } from '@/utils/db/schema';
import type { CalEvent, Category } from '@/utils/types';
import type { ClassifiedEvent } from '@/utils/week/load-week';

// Week of Monday 23 November 2026, local time.
// Fractional hours allowed: 9.5 is 09:30.
export const at = (d: number, h: number) => new Date(2026, 10, d, 0, Math.round(h * 60)).getTime();

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

export function classified(
  id: string,
  title: string,
  category: Category,
  d: number,
  h1: number,
  h2: number,
  over: Partial<CalEvent> = {},
): ClassifiedEvent {
  return {
    ...calEvent(id, title, d, h1, h2, over),
    category,
    source: 'default',
    reason: category === 'innovation' ? "keyword 'strategy'" : 'no innovation keyword',
  };
}

export function override(block: CalEvent, over: Partial<OverrideRecord> = {}): OverrideRecord {
  return {
    key: `o-${block.id}`,
    account: 0,
    block,
    cause: 'overlap',
    by: { id: 'x', eid: 'x', title: 'Budget fire', start: block.start, end: block.end },
    minutesLost: 60,
    detectedAt: block.start,
    state: 'open',
    weekStart: at(23, 0),
    ...over,
  };
}
