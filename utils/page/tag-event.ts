import type { TaggableEvent } from '../classify/tag-state';
import { decodeEventId } from '../gcal/event-id';
import type { OpenPopover } from '../gcal/popover';
import type { CalEvent, EventKind } from '../types';

const KIND: Record<string, EventKind> = {
  task: 'task',
  birthday: 'birthday',
  holiday: 'holiday',
};

/** Only what classification and tagging need: the wire carries no more than that. */
export function taggableOf(e: CalEvent): TaggableEvent {
  const { eid, id, seriesId, title, kind, calendarId, calendarName, color, colorName, hasGuests } =
    e;
  return {
    eid,
    id,
    seriesId,
    title,
    kind,
    calendarId,
    hasGuests,
    ...(calendarName !== undefined && { calendarName }),
    ...(color !== undefined && { color }),
    ...(colorName !== undefined && { colorName }),
  };
}

/**
 * The open popover's event when the last page read did not include it (a
 * chip from "N more", or a read still pending): ids from data-eventid, title
 * and calendar from the popover. Null when the id is not one Calendar writes.
 */
export function taggableFromPopover(pop: OpenPopover): TaggableEvent | null {
  const decoded = decodeEventId(pop.eid);
  if (!decoded) return null;
  return {
    eid: pop.eid,
    id: decoded.id,
    seriesId: decoded.seriesId,
    title: pop.title,
    // Unknown from the popover alone; a timed event is by far the most common.
    kind: KIND[decoded.kind] ?? 'timed',
    calendarId: pop.calendarId ?? decoded.calendarId,
    ...(pop.calendarName !== undefined && { calendarName: pop.calendarName }),
  };
}
