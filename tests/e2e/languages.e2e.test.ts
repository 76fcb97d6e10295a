import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURE_PAGES } from '../fixtures/pages.ts';
import { thisWeekPage } from '../fixtures/this-week.ts';
import { WEEK_EN_EXPECTED } from '../fixtures/week-en.ts';
import { launch, openCalendar, waitForBadge, type Session } from './harness.ts';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

// The same week in other UI languages: only English ships in the content
// script, so German and Japanese also prove the tables arrive from the background.
test.each(['week-de.html', 'week-ja.html', 'week-en-gb-24h.html'])(
  '%s counts like the English week',
  async (file) => {
    const fixture = FIXTURE_PAGES.find((p) => p.file === file)!;
    const week = thisWeekPage(fixture.options as Parameters<typeof thisWeekPage>[0]);
    const page = await openCalendar(s, week.html, week.path);
    const badge = await waitForBadge(s, (b) => b.text === `${WEEK_EN_EXPECTED.splitPercent}%`);
    expect(badge.title).toContain('7 of 7 days seen');
    expect(badge.title).not.toContain("can't read");
    await page.close();
  },
);
