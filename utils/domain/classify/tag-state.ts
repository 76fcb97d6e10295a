import type { TagScope } from '@/utils/domain/db/tags';
import type { CalEvent, Category } from '@/utils/shared/types';
import {
  classify,
  type Classification,
  type ClassifyContext,
  type ClassifyInput,
} from './classify';

/** An event as the page knows it, with the ids its tags are keyed on. */
export type TaggableEvent = ClassifyInput & { eid: string; id: string; seriesId: string };

/** An event's classification plus the hand tags behind it, for the tag control. */
export interface TagState extends Classification {
  eventTag?: Category;
  seriesTag?: Category;
}

export interface SetTagRequest {
  account: number;
  scope: TagScope;
  event: Pick<TaggableEvent, 'id' | 'seriesId' | 'title'>;
  /** null goes back to Auto: the tag of that scope is removed. */
  category: Category | null;
}

export function tagStateOf(event: TaggableEvent, ctx: ClassifyContext): TagState {
  const eventTag = ctx.tags?.event.get(event.id);
  const seriesTag = ctx.tags?.series.get(event.seriesId);
  return {
    ...classify(event, ctx),
    ...(eventTag && { eventTag }),
    ...(seriesTag && { seriesTag }),
  };
}

/** Only what classification and tagging need: the wire carries no more than that. */
export function taggableOf(e: CalEvent): TaggableEvent {
  const { eid, id, seriesId, title, kind, calendarId, calendarName, color, colorName, hasGuests } =
    e;
  const { timeBlock } = e;
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
    ...(timeBlock && { timeBlock }),
  };
}
