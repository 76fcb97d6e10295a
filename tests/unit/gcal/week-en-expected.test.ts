// @vitest-environment happy-dom
// Cross-checks the hand-computed numbers of the sample week against what the
// reader finds on the page, with a deliberately plain counter written here
// (product.md "Counting a week", default rules), independent of the app's.
import { expect, test } from 'vitest';
import type { CalEvent } from '@/utils/shared/types';
import { readView } from '@/tests/support/read-view';
import { WEEK_EN_EXPECTED } from '../../fixtures/pages';
import { committedPage, pageDom, WEEK_URL } from './page-dom';

const INNOVATION =
  /\b(innovation|innovate|research|explore|exploration|experiment|prototype|brainstorm|ideation|strategy|vision|discovery|think time|hackathon)\b|(^|\W)R&D(\W|$)/i;

function countWeek(events: CalEvent[], weekStart: Date) {
  const from = weekStart.getTime();
  const to = new Date(
    weekStart.getFullYear(),
    weekStart.getMonth(),
    weekStart.getDate() + 7,
  ).getTime();
  const execution = new Set<number>();
  const innovation = new Set<number>();
  for (const e of events) {
    if (e.kind !== 'timed' || e.declined) continue;
    const bucket = INNOVATION.test(e.title) ? innovation : execution;
    for (let t = Math.max(e.start, from); t < Math.min(e.end, to); t += 60_000) bucket.add(t);
  }
  for (const t of execution) innovation.delete(t);
  return { execution: execution.size, innovation: innovation.size };
}

test('the sample week counts to the hand-computed numbers', () => {
  const s = readView(pageDom(committedPage('week-en.html')), WEEK_URL, 0);
  const total = countWeek(s.events, new Date(2026, 10, 23));
  expect(total).toEqual({
    execution: WEEK_EN_EXPECTED.executionMinutes,
    innovation: WEEK_EN_EXPECTED.innovationMinutes,
  });
  const split = Math.round((100 * total.innovation) / (total.innovation + total.execution));
  expect(split).toBe(WEEK_EN_EXPECTED.splitPercent);
  for (const [day, expected] of Object.entries(WEEK_EN_EXPECTED.perDay)) {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const dayEvents = s.events.filter((e) => e.day === day);
    const one = countWeek(dayEvents, new Date(y, m - 1, d));
    expect({ day, ...one }).toEqual({ day, ...expected });
  }
  expect(s.events.filter((e) => e.declined).map((e) => e.title)).toEqual(
    WEEK_EN_EXPECTED.declinedTitles,
  );
});
