import { clip, totalMinutes } from '@/utils/domain/week/intervals';
import type { ClassifiedEvent } from '@/utils/domain/week/load-week';
import type { ExecutionItem } from './week-report';

/**
 * Where execution time goes: the week's execution events by series, largest
 * first. Minutes are each event's own length within the week, so a meeting
 * double-booked with another still shows its full weight.
 */
export function largestExecution(
  events: readonly ClassifiedEvent[],
  range: { start: number; end: number },
  limit = 5,
): ExecutionItem[] {
  const bySeries = new Map<string, ExecutionItem & { latest: number }>();
  for (const e of events) {
    if (e.kind !== 'timed' || e.declined || e.category !== 'execution') continue;
    const minutes = totalMinutes(clip([[e.start, e.end]], range.start, range.end));
    if (minutes <= 0) continue;
    const item = bySeries.get(e.seriesId);
    if (!item) {
      bySeries.set(e.seriesId, {
        seriesId: e.seriesId,
        title: e.title,
        minutes,
        occurrences: 1,
        recurring: e.id !== e.seriesId,
        latest: e.start,
      });
      continue;
    }
    item.minutes += minutes;
    item.occurrences += 1;
    item.recurring = true;
    // The newest title wins: a series renamed mid-week shows its current name.
    if (e.start > item.latest) Object.assign(item, { title: e.title, latest: e.start });
  }
  return [...bySeries.values()]
    .sort((a, b) => b.minutes - a.minutes || a.title.localeCompare(b.title))
    .slice(0, limit)
    .map(({ latest: _latest, ...item }) => ({ ...item, minutes: Math.round(item.minutes) }));
}
