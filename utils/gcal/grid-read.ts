import type { CalEvent, DayKey } from '../types';
import { styleValue } from './chip-parts';
import { decodeDateKey } from './date-key';
import { ATTR, DATE_KEY } from './selectors';

/** What one grid of days holds, whatever the view. */
export interface GridRead {
  /** Days the grid shows, in order. */
  days: DayKey[];
  /** Days where a chip could not be read: their stored events must not be replaced. */
  partial: Set<DayKey>;
  events: CalEvent[];
  /** Chips that should have produced an event, and those whose text could be read. */
  chips: number;
  readable: number;
}

/** Collects events once per (event, day): midnight-crossing and transitional duplicates. */
export class EventSet {
  readonly events: CalEvent[] = [];
  private readonly seen = new Map<DayKey, Set<string>>();
  has(eid: string, day: DayKey): boolean {
    return this.seen.get(day)?.has(eid) ?? false;
  }
  add(ev: CalEvent): void {
    let ids = this.seen.get(ev.day);
    if (!ids) this.seen.set(ev.day, (ids = new Set()));
    if (ids.has(ev.eid)) return;
    ids.add(ev.eid);
    this.events.push(ev);
  }
}

export function rangeOf(scope: Element): [DayKey, DayKey] | null {
  const first = decodeDateKey(scope.getAttribute(ATTR.startDateKey));
  const last = decodeDateKey(scope.getAttribute(ATTR.endDateKey));
  return first && last && first <= last ? [first, last] : null;
}

/** A `left`/`width` inline value in percent (`14.29%` or `calc(14.29% + 0px)`). */
function percent(style: string, prop: string): number | undefined {
  const value = styleValue(style, prop);
  if (!value) return undefined;
  const n = parseFloat(value.startsWith('calc(') ? value.slice(5) : value);
  return Number.isFinite(n) && value.includes('%') ? n : undefined;
}

/** Days a stacked chip covers: from its left/width share of the row, else its cell's date. */
export function chipSpan(chip: Element, days: DayKey[]): DayKey[] {
  const style = chip.getAttribute(ATTR.style) ?? '';
  const left = percent(style, 'left');
  if (left !== undefined) {
    const share = 100 / days.length;
    const first = Math.max(0, Math.round(left / share));
    const width = percent(style, 'width');
    const span = width === undefined ? 1 : Math.max(1, Math.round(width / share));
    return days.slice(first, first + span);
  }
  const day = decodeDateKey(chip.closest(DATE_KEY)?.getAttribute(ATTR.dateKey));
  return day && days.includes(day) ? [day] : [];
}
