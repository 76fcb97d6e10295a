import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildWeekPage } from '../fixtures/gcal-page.ts';
import { mondayOf, moveEvents, weekPath } from '../fixtures/this-week.ts';
import { WEEK_EN_EVENTS, WEEK_EN_EXPECTED, WEEK_EN_OPTIONS } from '../fixtures/week-en.ts';
import { axeViolations } from './axe.ts';
import { launch, openCalendar, waitForBadge, type Session } from './harness.ts';

const OUT = resolve(__dirname, '../../test-results');
const MON = mondayOf();
const EVENTS = moveEvents(WEEK_EN_EVENTS, WEEK_EN_OPTIONS.firstDay, MON);

declare const chrome: {
  runtime: { getContexts(q: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> };
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
};

let s: Session;
let review: Page;

const group = (title: string) => review.getByRole('region', { name: new RegExp(`^${title}`) });

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  s = await launch();
  await openCalendar(
    s,
    buildWeekPage({ ...WEEK_EN_OPTIONS, firstDay: MON, events: EVENTS }),
    weekPath(MON),
  );
  await waitForBadge(s, (b) => b.text === `${WEEK_EN_EXPECTED.splitPercent}%`);
  review = await s.context.newPage();
  await review.setViewportSize({ width: 1000, height: 900 });
  await review.goto(`chrome-extension://${s.extensionId}/review.html#week=0`);
  await review.getByRole('heading', { level: 1, name: 'Review and tag' }).waitFor();
});

afterAll(async () => {
  await s?.close();
});

test('the popup opens the review page on the week it shows', async () => {
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await popup.getByRole('button', { name: 'Previous week' }).click();
  await popup.getByRole('heading', { level: 1, name: 'Last week' }).waitFor();
  await popup.getByRole('button', { name: 'Review and tag this week' }).click();
  // A tab the extension opens escapes the test's events: ask the browser. Without
  // the "tabs" permission a tab's URL is hidden, even the extension's own page's;
  // the extension's own documents in tabs are listed by runtime.getContexts.
  await expect
    .poll(() =>
      popup.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['TAB'] })).map(
          (c) => c.documentUrl ?? '',
        ),
      ),
    )
    .toContainEqual(expect.stringMatching(/\/review\.html#week=-1$/));
  await popup.close();
});

test('the week’s events by title and series, each with its category and reason', async () => {
  const inbox = group('Inbox & priorities');
  await inbox.waitFor();
  expect(await inbox.getByRole('heading', { level: 2 }).textContent()).toBe(
    'Inbox & priorities 4 this week',
  );
  expect(await inbox.getByRole('listitem').count()).toBe(4);
  const text = (await inbox.textContent())!;
  expect(text).toContain('Execution');
  expect(text).toContain('Auto: no innovation keyword · decided by default');
  expect(await inbox.getByRole('combobox', { name: /^Every event in this series/ }).count()).toBe(
    1,
  );
  // Declined events do not count and are not listed.
  expect(await review.getByRole('region', { name: /^Vendor pitch/ }).count()).toBe(0);
});

test('tag one event; the filter then leaves it out; all from the keyboard', async () => {
  const wrap = group('Week wrap-up');
  const select = wrap.getByRole('combobox', { name: /^Week wrap-up, / });
  await select.focus();
  await select.selectOption('innovation');
  await expect.poll(() => wrap.textContent()).toContain('Tagged by you');
  expect(await review.getByRole('status').textContent()).toBe('Saved. Week wrap-up');

  const filter = review.getByRole('checkbox', { name: 'Only events decided by default' });
  await filter.focus();
  await review.keyboard.press('Space');
  expect(await filter.isChecked()).toBe(true);
  await expect.poll(() => group('Week wrap-up').count()).toBe(0);
  expect(await group('Inbox & priorities').count()).toBe(1);
  await review.keyboard.press('Space');
  await expect.poll(() => group('Week wrap-up').count()).toBe(1);
});

test('every event titled like this: a rule, first in the list, shown as a rule, on the badge', async () => {
  const inbox = group('Inbox & priorities');
  await inbox
    .getByRole('combobox', { name: 'Every event titled like this: Inbox & priorities' })
    .selectOption('innovation');
  await expect
    .poll(() => inbox.getByTestId('title-rule').textContent())
    .toBe('Saved as rule 1: title matches /^\\s*Inbox & priorities\\s*$/i');
  await expect.poll(() => inbox.textContent()).not.toContain('decided by default');
  expect(await inbox.textContent()).toContain('Rule 1: title matches');
  const rules = await review.evaluate(async () => (await chrome.storage.sync.get('rules')).rules);
  expect(rules).toEqual([
    {
      id: expect.any(String),
      when: { type: 'regex', pattern: '^\\s*Inbox & priorities\\s*$' },
      category: 'innovation',
    },
  ]);
  // 4 × 30 min and the tagged wrap-up move to innovation: the badge follows at once.
  const wrapUp = WEEK_EN_EVENTS.find((e) => e.title === 'Week wrap-up')!;
  const minutes = (e: { start?: string; end?: string }) => {
    const [h1, m1] = e.start!.split(':').map(Number);
    const [h2, m2] = e.end!.split(':').map(Number);
    return h2! * 60 + m2! - (h1! * 60 + m1!);
  };
  const moved = 120 + minutes(wrapUp);
  const total = WEEK_EN_EXPECTED.executionMinutes + WEEK_EN_EXPECTED.innovationMinutes;
  const percent = Math.round(((WEEK_EN_EXPECTED.innovationMinutes + moved) / total) * 100);
  await waitForBadge(s, (b) => b.text === `${percent}%`);
});

test.each(['light', 'dark'] as const)(
  'the review page in the %s theme: a screenshot, and no axe violations',
  async (colorScheme) => {
    await review.emulateMedia({ colorScheme });
    await review.reload();
    await group('Inbox & priorities').waitFor();
    await review.screenshot({ path: resolve(OUT, `review-${colorScheme}.png`) });
    expect(await axeViolations(review)).toEqual([]);
  },
);
