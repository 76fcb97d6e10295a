// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { extractView } from '@/utils/gcal/extract-view';
import type { PageRead } from '@/utils/gcal/page-read';
import { WEEK_EN_EXPECTED, WEEK_EN_URL } from '../../fixtures/pages';
import { committedPage, pageDom } from '../gcal/page-dom';
import { setupBackground } from '../background-setup';

const now = new Date(2026, 10, 24, 12).getTime();

function setup(name: string) {
  return setupBackground({ now }, name);
}

const weekRead = (): PageRead =>
  extractView(pageDom(committedPage('week-en.html')), new URL(WEEK_EN_URL), now);

test('the page as found becomes the stored week and the badge; the tab gets its events back', async () => {
  const { sink, bg, db } = setup('wire-1');
  const answer = await bg.handlers.snapshot!(weekRead(), {});
  expect(sink.text).toBe(`${WEEK_EN_EXPECTED.splitPercent}%`);
  expect(answer.status).toBe('ok');
  expect(answer.account).toBe(0);
  const titles = answer.events.map((e) => e.title);
  expect(titles).toEqual(expect.arrayContaining([...WEEK_EN_EXPECTED.declinedTitles]));
  // Only what tagging needs crosses back: no times, no days.
  expect(answer.events[0]).not.toHaveProperty('start');
  // Already classified: the chips are marked without a second round trip.
  expect(Object.keys(answer.states).sort()).toEqual(
    [...new Set(answer.events.map((e) => e.eid))].sort(),
  );
  expect(answer.markerCss).toContain(`[data-eventid="${answer.events[0]!.eid}"]`);
  const stored = await (await db).getAll('days');
  expect(stored.map((d) => d.day)).toHaveLength(7);
});

test('a malformed read is refused and stores nothing', async () => {
  const { sink, bg, db } = setup('wire-2');
  const answer = await bg.handlers.snapshot!({ href: 42 } as unknown as PageRead, {});
  expect(answer).toEqual({
    status: 'unreadable',
    account: 0,
    events: [],
    states: {},
    categories: {},
    markerCss: '',
  });
  expect(await (await db).getAll('days')).toEqual([]);
  expect(sink.text).toBe('');
});

test("a grid of chips in an unknown language: the badge says it can't read the view", async () => {
  const { sink, bg } = setup('wire-3');
  const read = weekRead();
  if (read.grid?.kind !== 'columns') throw new Error('a week reads as columns');
  for (const column of read.grid.columns)
    for (const chip of column.chips) chip.hidden = 'zzz qqq, www';
  read.grid.allDay = [];
  const answer = await bg.handlers.snapshot!(read, {});
  expect(answer.status).toBe('unreadable');
  expect(sink.title).toContain("can't read this view");
});
