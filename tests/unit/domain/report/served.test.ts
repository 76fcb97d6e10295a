import { msg } from '@/utils/shared/i18n/msg';
import { expect, test } from 'vitest';
import type { ServesRecord } from '@/utils/domain/db/schema';
import {
  beforeAfter,
  linkLookup,
  servedInWeek,
  servedSummary,
  servesChoices,
} from '@/utils/domain/report/served';
import type { ClassifiedEvent, WeekData } from '@/utils/domain/week/load-week';
import { countWeek } from '@/utils/domain/week/count-week';
import { weekRange } from '@/utils/domain/week/week-range';
import type { Category } from '@/utils/shared/types';

// Monday 23 November 2026, weeks starting on Monday.
const MONDAY = new Date(2026, 10, 23).getTime();
const HOUR = 3_600_000;

function ev(
  id: string,
  category: Category,
  weekOffset: number,
  day: number,
  from: number,
  to: number,
  over: Partial<ClassifiedEvent> = {},
): ClassifiedEvent {
  const base = MONDAY + weekOffset * 7 * 24 * HOUR + day * 24 * HOUR;
  return {
    eid: `e-${id}`,
    id,
    seriesId: id,
    calendarId: 'me',
    title: id,
    day: '2026-11-23',
    start: base + from * HOUR,
    end: base + to * HOUR,
    kind: 'timed',
    declined: false,
    hasGuests: false,
    category,
    source: 'tag',
    reason: 'Tagged by you',
    because: msg('reason_tag'),
    ...over,
  };
}

function week(offset: number, events: ClassifiedEvent[], seen = true): WeekData {
  const range = weekRange(MONDAY, 1, offset);
  return {
    account: 0,
    range,
    events,
    count: countWeek(events, range),
    daysSeen: seen ? range.days : [],
  };
}

const opsSeries = (offset: number, hours: number) =>
  ev(`ops_${offset}`, 'execution', offset, 0, 9, 9 + hours, {
    seriesId: 'ops',
    title: 'Weekly ops review',
  });
const link = (over: Partial<ServesRecord>): ServesRecord => ({
  account: 0,
  scope: 'series',
  id: 'lab',
  target: { kind: 'series', key: 'ops', title: 'Weekly ops review' },
  at: 0,
  ...over,
});

test('served time: innovation linked to execution, counted like the week, by what it served', () => {
  const w = week(0, [
    opsSeries(0, 2),
    ev('lab_1', 'innovation', 0, 1, 9, 11, { seriesId: 'lab' }),
    ev('fix', 'innovation', 0, 2, 14, 15),
    ev('free', 'innovation', 0, 3, 9, 12),
    // Linked but execution by then: no served time.
    ev('lab_2', 'execution', 0, 4, 9, 10, { seriesId: 'lab' }),
    // Half of it overlaps execution, which takes the shared minutes.
    ev('meeting', 'execution', 0, 2, 14.5, 16),
  ]);
  const linkOf = linkLookup([
    link({}),
    link({
      scope: 'event',
      id: 'fix',
      target: { kind: 'title', key: 'incident process', title: 'Incident process' },
    }),
  ]);
  expect(servedInWeek(w, linkOf)).toEqual({
    innovationMin: 330,
    servedMin: 150,
    items: [
      { target: { kind: 'series', key: 'ops', title: 'Weekly ops review' }, minutes: 120 },
      {
        target: { kind: 'title', key: 'incident process', title: 'Incident process' },
        minutes: 30,
      },
    ],
  });
});

test('an event link wins over its series link', () => {
  const linkOf = linkLookup([
    link({}),
    link({ scope: 'event', id: 'lab_1', target: { kind: 'title', key: 'x', title: 'X' } }),
  ]);
  expect(linkOf({ id: 'lab_1', seriesId: 'lab' })?.key).toBe('x');
  expect(linkOf({ id: 'lab_2', seriesId: 'lab' })?.key).toBe('ops');
  expect(linkOf({ id: 'other', seriesId: 'other' })).toBeUndefined();
});

test('before/after: means of the weeks before and after the first served week; unread weeks left out', () => {
  expect(beforeAfter([120, 120, 90, 60, 60], 2)).toEqual({
    before: 120,
    after: 60,
    change: 'down',
  });
  expect(beforeAfter([60, null, 0, 90, null], 2)).toEqual({ before: 60, after: 90, change: 'up' });
  expect(beforeAfter([60, 60, 60], 1)).toEqual({ before: 60, after: 60, change: 'same' });
  // Served in the first week: nothing before to compare with.
  expect(beforeAfter([60, 30], 0)).toEqual({ before: null, after: 30, change: 'unknown' });
  // Served in the last week: nothing after yet.
  expect(beforeAfter([60, 30], 1)).toEqual({ before: 60, after: null, change: 'unknown' });
  expect(beforeAfter([null, 30, null], 1)).toEqual({
    before: null,
    after: null,
    change: 'unknown',
  });
  expect(beforeAfter([10, 20], -1).change).toBe('unknown');
  // Means are rounded to whole minutes.
  expect(beforeAfter([10, 11, 0, 5], 2)).toEqual({ before: 11, after: 5, change: 'down' });
});

test('over eight weeks: the served series took less execution time after the work', () => {
  const weeks = Array.from({ length: 8 }, (_, i) => {
    const offset = i - 7;
    const events = [opsSeries(offset, i < 3 ? 3 : 1)];
    if (i === 3) events.push(ev('lab_w3', 'innovation', offset, 1, 9, 12, { seriesId: 'lab' }));
    return week(offset, events, i !== 5);
  });
  const summary = servedSummary(weeks, linkLookup([link({})]));
  expect(summary.trend).toEqual([
    {
      target: { kind: 'series', key: 'ops', title: 'Weekly ops review' },
      before: 180,
      after: 60,
      change: 'down',
    },
  ]);
  // The section's numbers are the last week's: nothing served in it.
  expect(summary).toMatchObject({ innovationMin: 0, servedMin: 0, items: [] });
});

test('a title target matches execution events by their folded title', () => {
  const weeks = [
    week(-1, [ev('a', 'execution', -1, 0, 9, 11, { title: 'Incident  Process ' })]),
    week(0, [
      ev('b', 'execution', 0, 0, 9, 10, { title: 'incident process' }),
      ev('fix', 'innovation', 0, 1, 9, 10),
    ]),
  ];
  const linkOf = linkLookup([
    link({
      scope: 'event',
      id: 'fix',
      target: { kind: 'title', key: 'incident process', title: 'Incident process' },
    }),
  ]);
  expect(servedSummary(weeks, linkOf).trend[0]).toMatchObject({ before: 120, after: null });
});

test('the choices: the week’s execution series and titles, most time first, once each', () => {
  const w = week(0, [
    opsSeries(0, 1),
    ev('ops_b', 'execution', 0, 2, 9, 10, { seriesId: 'ops', title: 'Weekly ops review' }),
    ev('triage', 'execution', 0, 3, 9, 12, { title: 'Triage ' }),
    ev('lab', 'innovation', 0, 1, 9, 12),
    ev('holiday', 'execution', 0, 4, 0, 24, { kind: 'allday' }),
  ]);
  expect(servesChoices(w)).toEqual([
    { kind: 'title', key: 'triage', title: 'Triage' },
    { kind: 'series', key: 'ops', title: 'Weekly ops review' },
  ]);
  expect(servesChoices(w, 1)).toHaveLength(1);
});
