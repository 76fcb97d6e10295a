import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { overrideWeek } from '../fixtures/override-week.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import { axeViolations } from './axe.ts';
import { launch, openCalendar, setWorkerClock, waitForBadge, type Session } from './harness.ts';

// The popup as the toolbar shows it: its CSS width (380 px) and the 600 px a
// browser gives a popup at most. The week has an override, the thing the
// first screen is for.
const POPUP = { width: 380, height: 600 };
const OUT = resolve(__dirname, '../../test-results');
const MON = mondayOf();
const PATH = weekPath(MON);
const [y, m, d] = MON.split('-').map(Number) as [number, number, number];
const MONDAY_10 = new Date(y, m - 1, d, 10).getTime();
const week = overrideWeek(MON);

declare const chrome: {
  i18n: { getUILanguage(): string };
  runtime: { getContexts(q: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> };
};

let s: Session;
let popup: Page;

async function openPopup(): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize(POPUP);
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await page.getByTestId('split-percent').waitFor();
  return page;
}

const bottomOf = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((n) => n.getBoundingClientRect().bottom);

/** Opens (or closes) every section; one at a time, as each click changes the list. */
async function toggleAll(page: Page, expanded: 'true' | 'false') {
  const left = page.locator(`button[aria-expanded="${expanded}"]`);
  while ((await left.count()) > 0) await left.first().click();
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  s = await launch();
  await setWorkerClock(s, MONDAY_10);
  const calendar = await openCalendar(s, week.before, PATH);
  await waitForBadge(s, (b) => b.text === '40%');
  // The meeting lands on the block: an override, as in the nudge tests.
  await setWorkerClock(s, MONDAY_10);
  s.serve(week.after);
  await calendar.reload();
  await waitForBadge(s, (b) => b.title.includes('override of innovation time open'));
  popup = await openPopup();
});

afterAll(async () => {
  await s?.close();
});

test('the first screen fits 600 px: the split, this week’s override with Rebook, the next step', async () => {
  await popup.getByTestId('overrides').getByText('Strategy offsite prep').waitFor();
  const first = await bottomOf(popup, 'first-screen');
  expect(first).toBeLessThanOrEqual(POPUP.height);
  expect(await bottomOf(popup, 'overrides')).toBeLessThanOrEqual(first);
  expect(await bottomOf(popup, 'next-step')).toBeLessThanOrEqual(first);
  const overrides = popup.getByTestId('overrides');
  expect(await overrides.textContent()).toContain('Overlapped by Budget approvals, 45 min lost');
  const rebook = overrides.getByRole('link', { name: 'Rebook Strategy offsite prep' });
  expect(await rebook.getAttribute('href')).toMatch(/^https:\/\/calendar\.google\.com\//);
  // Earlier weeks were never opened: the step is to open them, with the link.
  const next = popup.getByTestId('next-step');
  expect(await next.textContent()).toContain('Your history has gaps');
  expect(
    await next.getByRole('link', { name: 'Open the oldest missing week' }).getAttribute('href'),
  ).toMatch(/^https:\/\/calendar\.google\.com\/calendar\/u\/0\/r\/week\/\d{4}\/\d{1,2}\/\d{1,2}$/);
});

test('times in the browser’s language and clock, as the Calendar beside it writes them', async () => {
  const lang = await popup.evaluate(() => navigator.language);
  const when = await popup
    .getByTestId('overrides')
    .locator('.overrides__block .small')
    .textContent();
  // Tuesday 15:00–17:00, written by Intl for the browser's language.
  const expected = await popup.evaluate(
    ([yy, mm, dd, l]) =>
      new Intl.DateTimeFormat(l as string, {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        ...(new Intl.DateTimeFormat(l as string, { hour: 'numeric' }).resolvedOptions()
          .hourCycle === 'h12'
          ? {}
          : { minute: '2-digit' }),
      }).formatRange(
        new Date(yy as number, (mm as number) - 1, (dd as number) + 1, 15),
        new Date(yy as number, (mm as number) - 1, (dd as number) + 1, 17),
      ),
    [y, m, d, lang] as const,
  );
  expect(when).toBe(expected);
  if (lang === 'en-US') expect(when!.replace(/\s/g, ' ')).toMatch(/, 3 – 5 PM$/);
});

test('the settings entry opens Options', async () => {
  await popup.getByRole('button', { name: 'Settings' }).click();
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
    .toContainEqual(expect.stringMatching(/^chrome-extension:\/\/[a-z]+\/options\.html/));
});

test('sections open on demand from the keyboard, and stay open the next time', async () => {
  const trend = popup.getByRole('button', { name: 'Last 8 weeks', exact: true });
  expect(await trend.getAttribute('aria-expanded')).toBe('false');
  await trend.focus();
  await popup.keyboard.press('Enter');
  await expect.poll(() => trend.getAttribute('aria-expanded')).toBe('true');
  const gaps = popup.getByTestId('history-gaps');
  expect(await gaps.textContent()).toContain('only from weeks you open in Calendar');
  expect(await gaps.getByRole('link').count()).toBe(7);

  await popup.close();
  popup = await openPopup();
  const again = popup.getByRole('button', { name: 'Last 8 weeks', exact: true });
  await expect.poll(() => again.getAttribute('aria-expanded')).toBe('true');
  expect(
    await popup.getByRole('button', { name: 'Export', exact: true }).getAttribute('aria-expanded'),
  ).toBe('false');
  // Closed again for the screenshots: the first screen as it opens.
  await again.click();
  await expect.poll(() => again.getAttribute('aria-expanded')).toBe('false');
});

test.each(['light', 'dark'] as const)(
  'the first screen in the %s theme: a screenshot at the popup’s size, and no axe violations',
  async (colorScheme) => {
    await popup.emulateMedia({ colorScheme });
    await popup.reload();
    await popup.getByTestId('overrides').getByText('Strategy offsite prep').waitFor();
    await popup.screenshot({ path: resolve(OUT, `popup-first-screen-${colorScheme}.png`) });
    expect(await axeViolations(popup)).toEqual([]);
    await toggleAll(popup, 'false');
    expect(await axeViolations(popup)).toEqual([]);
    await toggleAll(popup, 'true');
  },
);

test('a German browser: the popup speaks German, writes German dates and a 24-hour clock, and still fits', async () => {
  const de = await launch({ uiLanguage: 'de' });
  try {
    await setWorkerClock(de, MONDAY_10);
    const calendar = await openCalendar(de, week.before, PATH);
    await waitForBadge(de, (b) => b.text === '40%');
    await setWorkerClock(de, MONDAY_10);
    de.serve(week.after);
    await calendar.reload();
    await waitForBadge(de, (b) => b.title.includes('Verdrängung'));
    const page = await de.context.newPage();
    await page.setViewportSize(POPUP);
    await page.goto(`chrome-extension://${de.extensionId}/popup.html`);
    await page.getByTestId('split-percent').waitFor();
    expect(await page.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^de/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Diese Woche');
    const overrides = page.getByTestId('overrides');
    expect(await overrides.getByRole('heading').textContent()).toBe('Verdrängungen diese Woche');
    // Tuesday 15:00–17:00 as a German Calendar writes it: "Di., 1. Dez., 15:00–17:00 Uhr".
    expect(await overrides.locator('.overrides__block .small').textContent()).toMatch(
      /^Di\., \d{1,2}\. \S+, 15:00–17:00 Uhr$/,
    );
    expect(
      await overrides.getByRole('link', { name: 'Strategy offsite prep neu buchen' }).count(),
    ).toBe(1);
    const first = await bottomOf(page, 'first-screen');
    expect(first).toBeLessThanOrEqual(POPUP.height);
    expect(await bottomOf(page, 'next-step')).toBeLessThanOrEqual(first);
    await page.screenshot({ path: resolve(OUT, 'popup-first-screen-de.png') });
    // Every section open: German words, hours and week numbers, no English left.
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^de/);
    await toggleAll(page, 'false');
    await page.getByRole('button', { name: 'Diese Woche als CSV' }).waitFor();
    const body = (await page.locator('body').textContent())!.replace(/\s/g, ' ');
    for (const german of ['Tag für Tag', 'Als Tabelle anzeigen', 'Std.', 'KW '])
      expect(body).toContain(german);
    for (const english of [
      'Show what Polarity read',
      'Day by day',
      'Show as a table',
      'Show as a list',
      'Innovation blocks',
      'This week as CSV',
      'A question for the week',
      ' h ',
      ' lost',
    ])
      expect(body).not.toContain(english);
    await page.screenshot({ path: resolve(OUT, 'popup-de-all-sections.png'), fullPage: true });
    await page.getByRole('button', { name: 'Zeigen, was Polarity gelesen hat' }).click();
    await page.getByTestId('read-verdict').waitFor();
    const read = (await page.locator('body').textContent())!.replace(/\s/g, ' ');
    expect(read).toContain('Wochenansicht gelesen');
    expect(read).toContain('Gezählt pro Tag');
    for (const english of ['Event chips', 'Counted per day', 'Back to the week', 'Not counted'])
      expect(read).not.toContain(english);
    await page.screenshot({ path: resolve(OUT, 'popup-de-read.png'), fullPage: true });
  } finally {
    await de.close();
  }
});

test('a Japanese browser: every section in Japanese, no English left', async () => {
  const ja = await launch({ uiLanguage: 'ja' });
  try {
    await setWorkerClock(ja, MONDAY_10);
    const calendar = await openCalendar(ja, week.before, PATH);
    await waitForBadge(ja, (b) => b.text === '40%');
    await setWorkerClock(ja, MONDAY_10);
    ja.serve(week.after);
    await calendar.reload();
    await waitForBadge(ja, (b) => b.title.includes('侵食'));
    const page = await ja.context.newPage();
    await page.setViewportSize(POPUP);
    await page.goto(`chrome-extension://${ja.extensionId}/popup.html`);
    await page.getByTestId('split-percent').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^ja/);
    await toggleAll(page, 'false');
    await page.getByRole('button', { name: '今週を CSV で' }).waitFor();
    const body = (await page.locator('body').textContent())!.replace(/\s/g, ' ');
    for (const japanese of ['表で表示', '時間', '第', 'Polarity が読み取った内容を表示'])
      expect(body).toContain(japanese);
    for (const english of ['Show what Polarity read', 'Day by day', 'Show as a table', ' lost'])
      expect(body).not.toContain(english);
    await page.screenshot({ path: resolve(OUT, 'popup-ja-all-sections.png'), fullPage: true });
  } finally {
    await ja.close();
  }
});
