import { vi } from 'vitest';
import type { SetTagRequest } from '@/utils/domain/classify/tag-state';
import type { ReviewEvent, WeekEvents } from '@/utils/domain/report/week-events';
import type { Rule } from '@/utils/domain/rules/types';
import type { ReviewEffects } from '@/components/review/store';
import type { ServesTarget } from '@/utils/domain/db/schema';
import type { Request } from '@/utils/shared/messages';

const at = (d: number, h: number) => new Date(2026, 10, d, h).getTime();
const days = [23, 24, 25, 26, 27, 28, 29].map((d) => `2026-11-${d}`);

export const ev = (
  over: Partial<ReviewEvent> & Pick<ReviewEvent, 'id' | 'title'>,
): ReviewEvent => ({
  seriesId: over.id,
  day: '2026-11-24',
  start: at(24, 9),
  end: at(24, 10),
  category: 'execution',
  source: 'default',
  reason: 'Auto: no innovation keyword',
  ...over,
});

export const WEEK_EVENTS: ReviewEvent[] = [
  ev({ id: 's1', seriesId: 'st', title: 'Standup', start: at(23, 9), end: at(23, 10) }),
  ev({ id: 's2', seriesId: 'st', title: 'Standup', start: at(24, 9), end: at(24, 10) }),
  ev({ id: 's3', seriesId: 'st', title: 'standup ', start: at(25, 9), end: at(25, 10) }),
  ev({
    id: 'v1',
    title: 'Vision <b>memo</b>',
    category: 'innovation',
    source: 'tag',
    reason: 'Tagged by you',
    eventTag: 'innovation',
    start: at(26, 14),
    end: at(26, 16),
  }),
  ev({
    id: 'o1',
    title: 'Ops review',
    category: 'execution',
    source: 'rule',
    reason: "Rule 1: keyword 'ops'",
  }),
];

/**
 * A background in memory: tags and rules change what the next read returns,
 * as the real one does (a title rule makes its events "rule" events).
 */
export function fakeReview(events: ReviewEvent[] = WEEK_EVENTS) {
  let rules: Rule[] = [];
  const tags: SetTagRequest[] = [];
  let ids = 0;
  // "Serves" links by scope and id, like the background's store.
  const links = new Map<string, { scope: 'event' | 'series'; target: ServesTarget }>();
  const served: Request<'setServes'>[] = [];
  const choices = (): ServesTarget[] =>
    events
      .filter((e) => e.category === 'execution')
      .map((e): ServesTarget => ({
        kind: 'title',
        key: e.title.trim().toLowerCase(),
        title: e.title.trim(),
      }))
      .filter((t, i, all) => all.findIndex((x) => x.key === t.key) === i);
  const week = (offset: number): WeekEvents => ({
    state: 'week',
    account: 0,
    offset,
    isoWeek: '2026-W48',
    days,
    calendarUrl: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/23',
    events: events.map((e) => {
      const rule = rules.findIndex(
        (r) => r.when.type === 'regex' && new RegExp(r.when.pattern, 'i').test(e.title),
      );
      if (e.source !== 'default' || rule < 0) return e;
      return { ...e, source: 'rule', category: rules[rule]!.category, reason: `Rule ${rule + 1}` };
    }),
  });
  const effects: ReviewEffects = {
    weekEvents: vi.fn(async (offset: number) => week(offset)),
    setTag: vi.fn(async (req: SetTagRequest) => {
      tags.push(req);
      return { ok: true };
    }),
    rules: async () => rules,
    saveRules: vi.fn(async (next: Rule[]) => {
      rules = next;
    }),
    servesChoices: vi.fn(async ({ event }: Request<'getServesChoices'>) => ({
      choices: choices(),
      current: links.get(`event:${event.id}`) ?? links.get(`series:${event.seriesId}`) ?? null,
      words: { label: 'Serves…', none: 'Nothing in particular' },
    })),
    setServes: vi.fn(async (req: Request<'setServes'>) => {
      served.push(req);
      const key = `${req.scope}:${req.scope === 'series' ? req.event.seriesId : req.event.id}`;
      if (req.scope === 'series') links.delete(`event:${req.event.id}`);
      if (req.target) links.set(key, { scope: req.scope, target: req.target });
      else links.delete(key);
      return { ok: true };
    }),
    openOptions: vi.fn(),
    newId: () => `r${++ids}`,
  };
  return {
    effects,
    tags,
    served,
    links,
    rules: () => rules,
    setRules: (r: Rule[]) => void (rules = r),
  };
}
