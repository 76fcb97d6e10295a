import { titleKey } from '@/utils/domain/backup/check-records';
import type { ServesRecord, ServesTarget } from '@/utils/domain/db/schema';
import type { ClassifiedEvent, WeekData } from '@/utils/domain/week/load-week';
import { countWeek } from '@/utils/domain/week/count-week';

// "Innovation that serves execution" (issue 17, point 3): innovation time an
// event's "serves" link ties to an execution series or title, and whether that
// execution's time went down in the weeks after the work.

export interface ServedItem {
  target: ServesTarget;
  /** Innovation minutes that served it, counted like the week's. */
  minutes: number;
}

export type Change = 'down' | 'up' | 'same' | 'unknown';

export interface BeforeAfter {
  /** Mean execution minutes a week before the work began; null with no week read before it. */
  before: number | null;
  after: number | null;
  change: Change;
}

export interface ServedTrend extends BeforeAfter {
  target: ServesTarget;
}

export interface ServedSummary {
  innovationMin: number;
  servedMin: number;
  /** Most served first. */
  items: ServedItem[];
  trend: ServedTrend[];
}

type Event = Pick<ClassifiedEvent, 'id' | 'seriesId' | 'title' | 'category'>;
export type LinkOf = (e: Pick<Event, 'id' | 'seriesId'>) => ServesTarget | undefined;

/** An event's link: its own first, else its series'. */
export function linkLookup(links: readonly ServesRecord[]): LinkOf {
  const event = new Map<string, ServesTarget>();
  const series = new Map<string, ServesTarget>();
  for (const l of links) (l.scope === 'event' ? event : series).set(l.id, l.target);
  return (e) => event.get(e.id) ?? series.get(e.seriesId);
}

const targetId = (t: ServesTarget) => `${t.kind}:${t.key}`;

/** Whether an event is the execution item a target names. */
export const isTarget = (t: ServesTarget, e: Pick<Event, 'seriesId' | 'title'>): boolean =>
  t.kind === 'series' ? e.seriesId === t.key : titleKey(e.title) === t.key;

/** Innovation minutes of these events, counted with the week's execution (which takes shared minutes). */
function innovationOf(week: WeekData, events: readonly ClassifiedEvent[]): number {
  const execution = week.events.filter((e) => e.category === 'execution');
  return countWeek([...execution, ...events], week.range).innovationMin;
}

/** The week's served innovation, in total and by what it served. */
export function servedInWeek(week: WeekData, linkOf: LinkOf): Omit<ServedSummary, 'trend'> {
  const groups = new Map<string, { target: ServesTarget; events: ClassifiedEvent[] }>();
  for (const e of week.events) {
    const target = e.category === 'innovation' ? linkOf(e) : undefined;
    if (!target) continue;
    const g = groups.get(targetId(target)) ?? { target, events: [] };
    g.events.push(e);
    groups.set(targetId(target), g);
  }
  const items = [...groups.values()]
    .map(({ target, events }) => ({ target, minutes: innovationOf(week, events) }))
    .filter((i) => i.minutes > 0)
    .sort((a, b) => b.minutes - a.minutes || a.target.title.localeCompare(b.target.title));
  return {
    innovationMin: week.count.innovationMin,
    servedMin: innovationOf(
      week,
      [...groups.values()].flatMap((g) => g.events),
    ),
    items,
  };
}

/**
 * Before and after the work: the mean of the weeks before the first week with
 * served time, against the mean of the weeks after it (that week itself is
 * neither). Weeks not read (null) are left out, never counted as zero.
 */
export function beforeAfter(minutes: readonly (number | null)[], first: number): BeforeAfter {
  const mean = (xs: (number | null)[]) => {
    const read = xs.filter((x) => x !== null);
    return read.length === 0 ? null : Math.round(read.reduce((a, b) => a + b, 0) / read.length);
  };
  const before = mean(minutes.slice(0, Math.max(0, first)));
  const after = first < 0 ? null : mean(minutes.slice(first + 1));
  const change: Change =
    before === null || after === null
      ? 'unknown'
      : after < before
        ? 'down'
        : after > before
          ? 'up'
          : 'same';
  return { before, after, change };
}

/** The popup's section: the last week's served time, and each served item's before/after over the weeks. */
export function servedSummary(weeks: readonly WeekData[], linkOf: LinkOf): ServedSummary {
  const byWeek = weeks.map((w) => servedInWeek(w, linkOf));
  const targets = new Map<string, ServesTarget>();
  for (const w of byWeek) for (const i of w.items) targets.set(targetId(i.target), i.target);
  const trend = [...targets.values()].map((target): ServedTrend => {
    const first = byWeek.findIndex((w) =>
      w.items.some((i) => targetId(i.target) === targetId(target)),
    );
    const minutes = weeks.map((w) =>
      w.daysSeen.length === 0
        ? null
        : countWeek(
            w.events.filter((e) => e.category === 'execution' && isTarget(target, e)),
            w.range,
          ).executionMin,
    );
    return { target, ...beforeAfter(minutes, first) };
  });
  const last = byWeek.at(-1) ?? { innovationMin: 0, servedMin: 0, items: [] };
  return { ...last, trend };
}

/** The "Serves…" choices: the week's execution series and titles, most time first. */
export function servesChoices(week: WeekData, max = 30): ServesTarget[] {
  const found = new Map<string, { target: ServesTarget; minutes: number }>();
  for (const e of week.events) {
    if (e.category !== 'execution' || e.kind !== 'timed') continue;
    const target: ServesTarget =
      e.seriesId !== e.id
        ? { kind: 'series', key: e.seriesId, title: e.title }
        : { kind: 'title', key: titleKey(e.title), title: e.title.trim() };
    if (target.key === '') continue;
    const seen = found.get(targetId(target));
    const minutes = (seen?.minutes ?? 0) + (e.end - e.start) / 60_000;
    found.set(targetId(target), { target: seen?.target ?? target, minutes });
  }
  return [...found.values()]
    .sort((a, b) => b.minutes - a.minutes || a.target.title.localeCompare(b.target.title))
    .slice(0, max)
    .map((f) => f.target);
}
