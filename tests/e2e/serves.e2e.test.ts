import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDay, buildWeekPage, type PageEvent } from '../fixtures/gcal-page.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import { launch, openCalendar, waitForBadge, type Session } from './harness.ts';

// "Serves" (issue 17, point 3): an innovation event linked to the execution
// series it improves, set in the tag control on the page, shown in the popup,
// kept across a browser restart and through backup → reset → restore; then
// changed and removed from the review page, and seen on the page's control.
const MON = mondayOf();
const PATH = weekPath(MON);

// Execution: the weekly ops review (a series, 5 × 1 h) and a budget review;
// innovation: a 2 h prototype lab (keyword), the popover open on it.
const EVENTS: PageEvent[] = [
  ...[0, 1, 2, 3, 4].map((i): PageEvent => ({
    title: 'Weekly ops review',
    day: addDay(MON, i),
    start: '09:00',
    end: '10:00',
    recurring: true,
  })),
  { title: 'Budget review', day: addDay(MON, 1), start: '10:00', end: '12:00', rsvp: 'accepted' },
  { title: 'Prototype lab', day: addDay(MON, 2), start: '14:00', end: '16:00' },
];
const HTML = buildWeekPage({
  lang: 'en',
  hour12: true,
  firstDay: MON,
  events: EVENTS,
  openPopoverFor: 'Prototype lab',
});

let s: Session;

beforeAll(async () => {
  s = await launch();
});

afterAll(async () => {
  await s?.close();
});

async function openPopup(): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 380, height: 640 });
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  return page;
}

const servedSection = (popup: Page) =>
  popup.getByRole('region', { name: 'Innovation that serves execution' });

async function servedText(): Promise<string> {
  const popup = await openPopup();
  try {
    // A section of the popup, opened on demand (and remembered open).
    const fold = popup.getByRole('button', {
      name: 'Innovation that serves execution',
      exact: true,
    });
    await fold.waitFor();
    if ((await fold.getAttribute('aria-expanded')) === 'false') await fold.click();
    await servedSection(popup).waitFor();
    return (await servedSection(popup).textContent()) ?? '';
  } finally {
    await popup.close();
  }
}

test('"Serves…" on the innovation event offers the week’s execution and saves a choice', async () => {
  const page = await openCalendar(s, HTML, PATH);
  const innovation = page.getByRole('button', { name: 'Innovation', exact: true });
  await expect.poll(() => innovation.getAttribute('aria-pressed')).toBe('true');
  const serves = page.getByRole('combobox', { name: 'Serves…' });
  await serves.waitFor();
  // Most execution time first: 5 h of ops review, then the 2 h budget review.
  await expect
    .poll(() => serves.locator('option').allTextContents())
    .toEqual(['Nothing in particular', 'Weekly ops review', 'Budget review']);
  await serves.selectOption({ label: 'Weekly ops review' });
  await waitForBadge(s, (b) => b.text !== '');

  await expect.poll(servedText, { timeout: 20_000 }).toContain('Weekly ops review: 2 h');
  expect(await servedText()).toContain('2 h of this week’s 2 h of innovation served execution.');
  await page.close();
});

test('the link survives a browser restart', async () => {
  await s.close({ keepProfile: true });
  s = await launch({ userDataDir: s.userDataDir });
  await waitForBadge(s, (b) => b.text !== '');
  expect(await servedText()).toContain('Weekly ops review: 2 h');
  // And the control shows it chosen again.
  const page = await openCalendar(s, HTML, PATH);
  const serves = page.getByRole('combobox', { name: 'Serves…' });
  await expect
    .poll(() => serves.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent))
    .toBe('Weekly ops review');
  await page.close();
});

test('backup, reset, restore: the link goes with the data and comes back with it', async () => {
  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  const [file] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Back up all data' }).click(),
  ]);
  const text = readFileSync(await file.path(), 'utf8');
  const backup = JSON.parse(text) as { dbVersion: number; serves: unknown[] };
  expect(backup.dbVersion).toBe(3);
  expect(backup.serves).toEqual([
    expect.objectContaining({
      scope: 'event',
      target: expect.objectContaining({ kind: 'series', title: 'Weekly ops review' }),
    }),
  ]);

  await options.getByRole('button', { name: 'Delete all data…' }).click();
  await options.getByRole('button', { name: 'Delete everything' }).click();
  await waitForBadge(s, (b) => b.text === '');
  const empty = await openPopup();
  await empty.getByRole('heading', { name: 'Welcome to Polarity' }).waitFor();
  expect(await servedSection(empty).count()).toBe(0);
  await empty.close();

  // A file whose link is broken is refused whole, with the reason.
  const broken = JSON.parse(text) as { serves: { target: { kind: string } }[] };
  broken.serves[0]!.target.kind = 'person';
  const restoreFrom = (name: string, body: string) =>
    options.getByLabel('Restore from a backup file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(body),
    });
  await restoreFrom('broken.json', JSON.stringify(broken));
  await expect
    .poll(() => options.getByRole('alert').textContent())
    .toContain('serves[0].target.kind');
  expect(await options.getByRole('button', { name: 'Replace my data' }).count()).toBe(0);

  await restoreFrom('my-backup.json', text);
  await options.getByRole('button', { name: 'Replace my data' }).click();
  await expect
    .poll(() => options.getByRole('status').filter({ hasText: 'Restored my-backup.json.' }).count())
    .toBe(1);
  await waitForBadge(s, (b) => b.text !== '');
  expect(await servedText()).toContain('Weekly ops review: 2 h');
  await options.close();
});

test('from the review page: link to another execution item, see it in the popup and on the page, remove it', async () => {
  const review = await s.context.newPage();
  await review.goto(`chrome-extension://${s.extensionId}/review.html#week=0`);
  const lab = review.getByRole('region', { name: /^Prototype lab/ });
  const serves = lab.getByRole('combobox', { name: /^Serves…: Prototype lab, / });
  // The link made on the page is shown; the week's execution items are offered.
  await expect
    .poll(() => serves.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent))
    .toBe('Weekly ops review');
  expect(await serves.locator('option').allTextContents()).toEqual([
    'Nothing in particular',
    'Weekly ops review',
    'Budget review',
  ]);
  // Only the innovation event has the choice.
  expect(await review.getByRole('combobox', { name: /^Serves…/ }).count()).toBe(1);

  // From the keyboard: focus it, choose.
  await serves.focus();
  await serves.selectOption({ label: 'Budget review' });
  await expect.poll(() => review.getByRole('status').textContent()).toBe('Saved. Prototype lab');
  await expect
    .poll(() => serves.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent))
    .toBe('Budget review');

  const popupText = await servedText();
  expect(popupText).toContain('Budget review: 2 h');
  expect(popupText).not.toContain('Weekly ops review: 2 h');
  // The page's tag control, opened afresh, shows the same link.
  const page = await openCalendar(s, HTML, PATH);
  const onPage = page.getByRole('combobox', { name: 'Serves…' });
  await expect
    .poll(() => onPage.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent))
    .toBe('Budget review');
  await page.close();

  // "Nothing in particular" removes it: nothing served any more.
  await review.bringToFront();
  await serves.selectOption({ label: 'Nothing in particular' });
  await expect.poll(() => serves.inputValue()).toBe('');
  await expect.poll(servedText).toContain('None of this week’s innovation is linked to execution.');
  await review.close();
});

test('no request leaves the machine', () => {
  const foreign = s.requests.filter((u) => !u.startsWith('https://calendar.google.com/'));
  expect(foreign).toEqual([]);
});
