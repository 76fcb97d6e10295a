import { format } from 'date-fns';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURE_PAGES, WEEK_EN_EXPECTED, WEEK_EN_URL } from '../fixtures/pages.ts';
import { thisWeekPage } from '../fixtures/this-week.ts';
import {
  CALENDAR,
  EXTENSION_ORIGIN,
  chipShadow,
  eidsOf,
  fixturePage,
  INNOVATION_RGB,
  launch,
  readBadge,
  waitForBadge,
  type Session,
} from './harness.ts';

// The Firefox build reads the page, marks the chips and sets the badge, in two
// languages; English ships in the content script, German's tables come from
// the background. Then a live edit, and the popup's split.
let s: Session;

beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const optionsOf = (file: string) =>
  FIXTURE_PAGES.find((p) => p.file === file)!.options as Parameters<typeof thisWeekPage>[0];

test.each(['week-en.html', 'week-de.html'])(
  'the committed %s page: every chip marked by its category',
  async (file) => {
    const page = await s.openCalendar(fixturePage(file), new URL(WEEK_EN_URL).pathname);
    const [think] = await eidsOf(page, 'Think time'); // innovation by keyword
    const [ops] = await eidsOf(page, '1:1 with Sam'); // execution
    expect(think && ops).toBeTruthy();
    await expect.poll(() => chipShadow(page, think!)).toContain(INNOVATION_RGB);
    expect(await chipShadow(page, ops!)).not.toContain(INNOVATION_RGB);
    const css = await page.$eval('#polarity-chip-markers', (n) => n.textContent ?? '');
    expect(css).toContain('[data-eventchip][data-polarity-mark="innovation"]');
    const mark = await page.$eval(`[data-eventchip][data-eventid="${think}"]`, (n) =>
      n.getAttribute('data-polarity-mark'),
    );
    expect(mark).toBe('innovation');
    await page.close();
  },
);

test.each(['week-en.html', 'week-de.html'])(
  '%s on the current week: the badge shows its split',
  async (file) => {
    const week = thisWeekPage(optionsOf(file));
    const page = await s.openCalendar(week.html, week.path);
    const badge = await waitForBadge(s, (b) => b.text === `${WEEK_EN_EXPECTED.splitPercent}%`);
    expect(badge.title).toContain('7 of 7 days seen');
    expect(badge.title).not.toContain("can't read");
    await page.close();
  },
);

test('a chip added to the page moves the classification and the badge', async () => {
  const week = thisWeekPage();
  const page = await s.openCalendar(week.html, week.path);
  await waitForBadge(s, (b) => b.text === '33%');
  const [y, m, d] = week.monday.split('-').map(Number);
  const saturdayText = format(new Date(y!, m! - 1, d! + 5), 'MMMM d, yyyy');
  const eid = await page.evaluate((saturdayText) => {
    // Clone a real chip into Saturday as a new three-hour innovation event.
    const source = document.querySelector<HTMLElement>('[data-eventchip][data-eventid]')!;
    const saturday = document.querySelectorAll('[role=gridcell][data-column-index]')[5]!;
    const chip = source.cloneNode(true) as HTMLElement;
    const id = btoa('addedbyfirefox jordan.lee@example.com').replace(/=+$/, '');
    chip.querySelectorAll('[data-eventid]').forEach((n) => n.setAttribute('data-eventid', id));
    chip.setAttribute('data-eventid', id);
    const title = 'Prototype spike';
    const hidden = [...chip.children].find((c) => c.getAttribute('aria-hidden') !== 'true')!;
    hidden.textContent = `10am to 1pm, ${title}, Jordan Lee, No location, ${saturdayText}`;
    chip.querySelectorAll('[aria-hidden=true] span').forEach((n) => (n.textContent = title));
    saturday.appendChild(chip);
    return id;
  }, saturdayText);
  await expect.poll(() => chipShadow(page, eid)).toContain(INNOVATION_RGB);
  // 480 + 180 innovation of 960 + 660.
  await waitForBadge(s, (b) => b.text === '41%');

  // Renamed to an execution title: the marker goes and the badge comes back.
  await page.evaluate((id) => {
    const chip = document.querySelector(`[data-eventchip][data-eventid="${id}"]`)!;
    const hidden = [...chip.children].find((c) => c.getAttribute('aria-hidden') !== 'true')!;
    hidden.textContent = hidden.textContent!.replace('Prototype spike', 'Budget sign-off');
  }, eid);
  await expect.poll(() => chipShadow(page, eid)).not.toContain(INNOVATION_RGB);
  // 480 innovation of 960 + 180 + 480: 29.6%.
  await waitForBadge(s, (b) => b.text === '30%');
  await page.close();
});

test("the popup shows the badge's split", async () => {
  const badge = await readBadge(s);
  expect(badge.text).toBe('30%');
  const popup = await s.openExtensionPage('popup.html');
  const split = () =>
    popup.evaluate(() => document.querySelector('[data-testid=split-percent]')?.textContent);
  await expect.poll(split).toBe(badge.text);
  expect(
    await popup.evaluate(() =>
      document.querySelector('[role=img][aria-label^="Innovation"]')?.getAttribute('aria-label'),
    ),
  ).toMatch(/^Innovation 30%, execution 70%/);
  await popup.close();
});

test('a suspended background (an event page) wakes on the next edit and counts the whole stored week', async () => {
  const week = thisWeekPage();
  const page = await s.openCalendar(week.html, week.path);
  await waitForBadge(s, (b) => b.text === '33%');
  expect(await s.backgroundState()).toBe('running');
  expect(await s.suspendBackground()).toBe('stopped');
  // An edit the page sends while nothing runs: Firefox starts the background for it.
  const [weekly] = await eidsOf(page, 'Leadership team weekly'); // 60 min execution
  await page.evaluate(
    (id) => document.querySelector(`[data-eventchip][data-eventid="${id}"]`)!.remove(),
    weekly!,
  );
  // 480 innovation of 900 + 480.
  await waitForBadge(s, (b) => b.text === '35%');
  expect(await s.backgroundState()).toBe('running');
  expect((await readBadge(s)).title).toContain('7 of 7 days seen');
  await page.close();
});

const SENTINEL = 'https://polarity-request-monitor.invalid/';

test('the request log sees every context: page, background, extension page', async () => {
  const page = await s.openCalendar(fixturePage('week-en.html'), new URL(WEEK_EN_URL).pathname);
  const fetchFrom = (url: string) =>
    fetch(url).then(
      () => 'sent',
      () => 'failed',
    );
  expect(await page.evaluate(fetchFrom, `${SENTINEL}page`)).toBe('failed');
  const ext = await s.extensionPage();
  expect(await ext.evaluate(fetchFrom, `${SENTINEL}options`)).toBe('failed');
  expect(
    await ext.evaluate(
      (url) =>
        (globalThis as unknown as AddonGlobal).browser.extension
          .getBackgroundPage()
          .fetch(url)
          .then(
            () => 'sent',
            () => 'failed',
          ),
      `${SENTINEL}background`,
    ),
  ).toBe('failed');
  const seen = (await s.requests()).filter((r) => r.url.startsWith(SENTINEL));
  expect(seen.map((r) => r.url).sort()).toEqual(
    ['background', 'options', 'page'].map((w) => `${SENTINEL}${w}`),
  );
  expect(new Set(seen.map((r) => r.by))).toEqual(new Set([CALENDAR, EXTENSION_ORIGIN]));
  await page.close();
});

test('no request left the browser: the calendar pages were served by the test', async () => {
  const sent = (await s.requests()).filter((r) => !r.url.startsWith(SENTINEL));
  expect(sent.filter((r) => r.url.startsWith(`${CALENDAR}/`)).length).toBeGreaterThan(0);
  // Neither the pages nor the add-on asked for anything else. Firefox's own
  // remote-settings checks (the system's, to Mozilla) were cancelled before
  // they went out, like every request to another host.
  const others = sent.filter((r) => !r.url.startsWith(`${CALENDAR}/`));
  expect(others.filter((r) => r.by !== '[System Principal]')).toEqual([]);
  for (const r of others) expect(new URL(r.url).hostname).toMatch(/\.mozilla\.(com|net|org)$/);
});

// The add-on's own API, inside `evaluate` in an extension page (a global
// named `browser` here would be taken for WXT's by the test transform).
type AddonGlobal = { browser: { extension: { getBackgroundPage(): Window } } };
