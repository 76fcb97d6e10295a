import type { CalEvent, DayKey } from '@/utils/shared/types';
import { decodeDateKey } from './date-key';
import type { RawChip } from './page-read';

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
  /** Every chip of the grid (all-day ones too), and those that gave no event. */
  found: number;
  unread: number;
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

export function rangeOf(range: [string, string] | undefined): [DayKey, DayKey] | null {
  const first = decodeDateKey(range?.[0]);
  const last = decodeDateKey(range?.[1]);
  return first && last && first <= last ? [first, last] : null;
}

/** Days a stacked chip covers: from its left/width share of the row, else its cell's date. */
export function chipSpan(chip: RawChip, days: DayKey[]): DayKey[] {
  if (chip.left !== undefined) {
    const share = 100 / days.length;
    const first = Math.max(0, Math.round(chip.left / share));
    const span = chip.width === undefined ? 1 : Math.max(1, Math.round(chip.width / share));
    return days.slice(first, first + span);
  }
  const day = decodeDateKey(chip.cellKey);
  return day && days.includes(day) ? [day] : [];
}
