import type { ReasonSource } from '@/utils/domain/classify/classify';
import type { TagLookup } from '@/utils/domain/db/tags';
import type { WeekData } from '@/utils/domain/week/load-week';
import type { Msg } from '@/utils/shared/i18n/msg';
import type { Category, DayKey } from '@/utils/shared/types';
import { isoWeek } from './iso-week';

/** One counted event of the week, as the review page lists it. */
export interface ReviewEvent {
  id: string;
  seriesId: string;
  title: string;
  day: DayKey;
  start: number;
  end: number;
  category: Category;
  source: ReasonSource;
  reason: string;
  /** The reason as a sentence, for the review page in the browser's language. */
  because?: Msg;
  /** The hand tags behind the category, so the page shows what is set where. */
  eventTag?: Category;
  seriesTag?: Category;
}

export interface WeekEvents {
  state: 'week';
  account: number;
  offset: number;
  isoWeek: string;
  days: DayKey[];
  /** The calendar on this week, to read it when nothing is stored. */
  calendarUrl: string;
  events: ReviewEvent[];
}

export type WeekEventsResult = WeekEvents | { state: 'first-run'; calendarUrl: string };

/**
 * The week's timed events that count (declined ones do not), each with its
 * category, the reason, and the tags set on it and its series. All-day
 * events, tasks and the like are always excluded, so there is nothing to review.
 */
export function weekEvents(
  week: WeekData,
  offset: number,
  tags: TagLookup,
  calendarUrl: string,
): WeekEvents {
  const events: ReviewEvent[] = week.events
    .filter((e) => e.kind === 'timed' && !e.declined)
    .map((e) => {
      const eventTag = tags.event.get(e.id);
      const seriesTag = tags.series.get(e.seriesId);
      return {
        id: e.id,
        seriesId: e.seriesId,
        title: e.title,
        day: e.day,
        start: e.start,
        end: e.end,
        category: e.category,
        source: e.source,
        reason: e.reason,
        because: e.because,
        ...(eventTag && { eventTag }),
        ...(seriesTag && { seriesTag }),
      };
    });
  return {
    state: 'week',
    account: week.account,
    offset,
    isoWeek: isoWeek(week.range.days),
    days: week.range.days,
    calendarUrl,
    events,
  };
}
