import type { CalEvent, DayKey } from '@/utils/shared/types';
import {
  crossesMidnight,
  datedDays,
  namedKind,
  spansWholeDays,
  timedEvent,
  wholeDayEvent,
  type ReadChip,
} from './chip-event';
import { addDays, daysBetween, type DayClock } from './date-key';
import type { EventSet } from './grid-read';

export interface PlacedCtx {
  at: DayClock;
  set: EventSet;
  /** Every day the view shows, to place the parts of events drawn on one day only. */
  inGrid: Set<DayKey>;
}

/**
 * Events of a chip placed on days by the page (month cell, schedule row), one
 * per day it covers; null when its times can't be read.
 */
export function placedChipEvents(c: ReadChip, span: DayKey[], x: PlacedCtx): CalEvent[] | null {
  const named = namedKind(c);
  if (named && named !== 'out-of-office') return span.map((d) => wholeDayEvent(c, d, named, x.at));
  if (spansWholeDays(c, x.at)) return span.map((d) => wholeDayEvent(c, d, 'allday', x.at));
  const kind = named ?? 'timed';
  if (!c.text?.start)
    return kind === 'timed' ? null : span.map((d) => wholeDayEvent(c, d, kind, x.at));
  // Such a chip may show a midnight-crossing event on its first day only: its
  // other day comes from its dates, or from its times when it has none.
  let days = span;
  const dated = datedDays(c);
  const first = span[0]!;
  let tail = false;
  if (dated) days = daysBetween(dated[0], dated[1]).filter((d) => x.inGrid.has(d));
  else if (crossesMidnight(c)) {
    tail = x.set.has(c.parts.eid, addDays(first, -1));
    if (!tail && span.length === 1 && x.inGrid.has(addDays(first, 1)))
      days = [first, addDays(first, 1)];
  }
  const out: CalEvent[] = [];
  days.forEach((day, i) => {
    const ev = timedEvent(c, day, kind, tail || i > 0, x.at);
    if (ev) out.push(ev);
  });
  return out.length ? out : null;
}
