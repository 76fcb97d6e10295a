// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { classify } from '@/utils/domain/classify/classify';
import { DEFAULT_INNOVATION_KEYWORDS } from '@/utils/domain/classify/default-keywords';
import { interpretView } from '@/utils/gcal/interpret-view';
import type { PageRead, RawChip } from '@/utils/gcal/page-read';
import { readView } from '../../support/read-view';
import type { Rule } from '@/utils/domain/rules/types';
import type { CalEvent } from '@/utils/shared/types';
import { renderMain } from '../../fixtures/gcal-page';
import { REAL_WEEK_EXPECTED, REAL_WEEK_OPTIONS } from '../../fixtures/real-week';
import { committedPage, pageDom, WEEK_URL } from './page-dom';

const minutes = (e: CalEvent) => (e.end - e.start) / 60_000;
const timed = (events: CalEvent[]) => events.filter((e) => e.kind === 'timed' && !e.declined);

describe('a week shaped like the real page', () => {
  const s = readView(pageDom(committedPage('week-real-shapes.html')), WEEK_URL, 0);

  test('every timed event, time blocks included, with titles as the page shows them', () => {
    expect(s.status).toBe('ok');
    expect(s.partialDays).toEqual([]);
    expect(s.fullDays).toHaveLength(7);
    const counted = timed(s.events);
    expect(counted.map((e) => e.title)).toEqual(REAL_WEEK_EXPECTED.titles);
    expect(counted.reduce((n, e) => n + minutes(e), 0)).toBe(REAL_WEEK_EXPECTED.timedMinutes);
  });

  test('time blocks: their real start and end, flagged so rules can find them', () => {
    const blocks = s.events.filter((e) => e.timeBlock);
    expect(blocks.map((e) => [e.title, e.kind, minutes(e)])).toEqual([
      ['Deep work', 'timed', 120],
      ['Focus time', 'timed', 90],
    ]);
    const deep = blocks[0]!;
    expect(new Date(deep.start).getHours()).toBe(10);
    expect(new Date(deep.end).getHours()).toBe(12);
    // The jslog carries no calendar id; the id itself does.
    expect(deep.calendarId).toBe('jordan.lee@example.com');
    expect(blocks.reduce((n, e) => n + minutes(e), 0)).toBe(REAL_WEEK_EXPECTED.timeBlockMinutes);
  });

  test('the unscheduled task and the pending-tasks chip stay excluded', () => {
    const tasks = s.events.filter((e) => e.kind === 'task');
    expect(tasks.map((e) => e.eid.startsWith('ttb_') || e.eid === 'tasks_rollover_view')).toEqual([
      true,
      true,
    ]);
    expect(tasks.every((e) => !e.timeBlock)).toBe(true);
    expect(s.events.filter((e) => e.declined).map((e) => e.title)).toEqual(['Vendor pitch']);
  });

  test("another extension's inline !important styles and data-* leave the read intact", () => {
    const deep = s.events.find((e) => e.title === 'Deep work')!;
    expect(deep.color).toBe('rgb(213, 0, 0)');
    expect(s.events.some((e) => e.color?.includes('!'))).toBe(false);
  });

  test('a page fragment without the app shell (no lang, no view key, no zone) reads the same', () => {
    const fragment = pageDom(renderMain(REAL_WEEK_OPTIONS));
    expect(fragment.documentElement.getAttribute('lang')).toBeNull();
    expect(fragment.body.getAttribute('data-viewkey')).toBeNull();
    const f = readView(fragment, WEEK_URL, 0);
    expect(f.status).toBe('ok');
    expect(timed(f.events).map((e) => [e.title, minutes(e), !!e.timeBlock])).toEqual(
      timed(s.events).map((e) => [e.title, minutes(e), !!e.timeBlock]),
    );
  });
});

describe('time blocks are classified like any timed event', () => {
  const s = readView(pageDom(committedPage('week-real-shapes.html')), WEEK_URL, 0);
  const deep = s.events.find((e) => e.title === 'Deep work')!;
  const roadmap = s.events.find((e) => e.title === 'Roadmap review')!;
  const ctx = { innovationKeywords: DEFAULT_INNOVATION_KEYWORDS };

  test('by default: execution, no keyword in the title', () => {
    expect(classify(deep, ctx)).toMatchObject({ category: 'execution', source: 'default' });
  });

  test('a "time block" rule makes focus time innovation, and nothing else', () => {
    const rules: Rule[] = [{ id: 'r1', when: { type: 'timeBlock' }, category: 'innovation' }];
    expect(classify(deep, { ...ctx, rules })).toEqual({
      category: 'innovation',
      source: 'rule',
      because: { key: 'reason_rule', subs: [1, { key: 'rule_why_time_block' }] },
      reason: 'Rule 1: time block',
    });
    expect(classify(roadmap, { ...ctx, rules })).toMatchObject({ category: 'execution' });
  });

  test('keywords and hand tags apply to time blocks too', () => {
    expect(classify({ ...deep, title: 'Deep work: strategy' }, ctx).category).toBe('innovation');
    const tags = { event: new Map([[deep.id, 'excluded' as const]]), series: new Map() };
    expect(classify(deep, { ...ctx, tags }).category).toBe('excluded');
  });
});

describe('a ttb_ chip in the task form', () => {
  const TTB = 'ttb_' + btoa('3kq2blockid0000000000000a jordan.lee@m').replace(/=+$/, '');
  const readWith = (chip: Omit<RawChip, 'eid'>) => {
    const read: PageRead = {
      href: WEEK_URL.href,
      readAt: 0,
      lang: 'en',
      main: true,
      anyChips: 0,
      grid: {
        kind: 'columns',
        range: ['29047', '29047'],
        columns: [{ key: '29047', chips: [{ eid: TTB, ...chip }] }],
        allDayCells: 1,
        allDay: [],
      },
    };
    return interpretView(read).events[0]!;
  };
  const SYNC: RawChip = {
    eid: btoa('sync1 jordan.lee@m').replace(/=+$/, ''),
    hidden: '9am to 10am, Sync, Jordan Lee, No location, November 23, 2026',
    visible: ['Sync', '9 – 10am'],
  };
  const snapWith = (chip: Omit<RawChip, 'eid'>) =>
    interpretView({
      href: WEEK_URL.href,
      readAt: 0,
      lang: 'en',
      main: true,
      anyChips: 0,
      grid: {
        kind: 'columns',
        range: ['29047', '29047'],
        columns: [{ key: '29047', chips: [SYNC, { eid: TTB, ...chip }] }],
        allDayCells: 1,
        allDay: [],
      },
    });

  test('with a time range on its label: a time block of that length', () => {
    const ev = readWith({
      hidden: 'task: Write the brief, Not completed, November 23, 2026, 9am',
      visible: ['Write the brief', '9 – 10:30am'],
    });
    expect([ev.kind, ev.title, minutes(ev), ev.timeBlock]).toEqual([
      'timed',
      'Write the brief',
      90,
      true,
    ]);
  });

  test('with a start time only: a task, excluded as before', () => {
    const ev = readWith({
      hidden: 'task: Send invoices, Not completed, November 23, 2026, 10am',
      visible: ['Send invoices', '10am'],
    });
    expect([ev.kind, ev.timeBlock]).toEqual(['task', undefined]);
  });

  test('with text that reads as neither: unreadable (its day partial), never a task', () => {
    const s = snapWith({ hidden: 'Deep wo', visible: ['Deep wo'] });
    expect(s.events.map((e) => e.title)).toEqual(['Sync']);
    expect(s.partialDays).toEqual(['2026-11-23']);
    expect(s.chips).toEqual({ found: 2, unread: 1 });
  });
});
