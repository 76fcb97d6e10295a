import type { ReviewEvent } from '@/utils/domain/report/week-events';
import type { Category } from '@/utils/shared/types';
import { titleKey } from './title-rule';

export interface SeriesGroup {
  seriesId: string;
  /** More than one event, or an event that names a series other than itself. */
  recurring: boolean;
  seriesTag?: Category;
  events: ReviewEvent[];
}

export interface TitleGroup {
  key: string;
  /** The title as first seen in the week. */
  title: string;
  series: SeriesGroup[];
  count: number;
  byDefault: number;
}

/**
 * The week's events grouped by title (any case), and within a title by
 * series: the three things one change can apply to. With `onlyDefault`, only
 * the events the built-in defaults decided. Most events first, then by title.
 */
export function groupEvents(events: readonly ReviewEvent[], onlyDefault = false): TitleGroup[] {
  const groups = new Map<string, TitleGroup>();
  for (const e of events) {
    if (onlyDefault && e.source !== 'default') continue;
    const key = titleKey(e.title);
    let g = groups.get(key);
    if (!g) {
      g = { key, title: e.title.trim(), series: [], count: 0, byDefault: 0 };
      groups.set(key, g);
    }
    let s = g.series.find((x) => x.seriesId === e.seriesId);
    if (!s) {
      s = { seriesId: e.seriesId, recurring: false, events: [] };
      g.series.push(s);
    }
    s.events.push(e);
    if (e.seriesTag) s.seriesTag = e.seriesTag;
    s.recurring = s.events.length > 1 || e.seriesId !== e.id;
    g.count++;
    if (e.source === 'default') g.byDefault++;
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
