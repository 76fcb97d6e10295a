import type { TaggableEvent } from '@/utils/domain/classify/tag-state';
import { decodeEventId } from './event-id';
import type { PopoverEvent } from '@/utils/calendar/source';
import type { EventKind } from '@/utils/shared/types';

const KIND: Record<string, EventKind> = {
  task: 'task',
  birthday: 'birthday',
  holiday: 'holiday',
};

/**
 * The open popover's event when the last page read did not include it (a
 * chip from "N more", or a read still pending): ids from data-eventid, title
 * and calendar from the popover. Null when the id is not one Calendar writes.
 */
export type { PopoverEvent };

export function taggableFromPopover(pop: PopoverEvent): TaggableEvent | null {
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
