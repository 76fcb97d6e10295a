import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDay, buildWeekPage, type PageEvent } from '../fixtures/gcal-page.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import { launch, openCalendar, waitForBadge, type Session } from './harness.ts';

// This week (Monday start): Monday 3 h ops (execution), Tuesday 17:00-18:00
// strategy and Sunday 2 h research (innovation): 3 h of 6 h, 50%.
const MON = mondayOf();
const EVENTS: PageEvent[] = [
  { title: 'Ops review', day: MON, start: '09:00', end: '12:00' },
  { title: 'Strategy hour', day: addDay(MON, 1), start: '17:00', end: '18:00' },
  { title: 'Research reading', day: addDay(MON, 6), start: '10:00', end: '12:00' },
];
const OUT = resolve(__dirname, '../../test-results');
const AMBER = [246, 194, 107, 255]; // BADGE_COLORS.belowTarget, #f6c26b
const GREEN = [19, 115, 51, 255];
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let s: Session;
let options: Page;

declare const chrome: {
  storage: { sync: { get(k: string): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

async function axeViolations(page: Page) {
  await page.evaluate(`${axeSource}\n;void 0`);
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: Document): Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
  });
}

async function openPopup(): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 380, height: 640 });
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  return page;
}

const storedSettings = () =>
  options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);

beforeAll(async () => {
  s = await launch();
  await openCalendar(
    s,
    buildWeekPage({ lang: 'en', hour12: true, firstDay: MON, events: EVENTS }),
    weekPath(MON),
  );
  await waitForBadge(s, (b) => b.text === '50%');
  options = await s.context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Target' }).waitFor();
});

afterAll(async () => {
  await s?.close();
});

test.each(['light', 'dark'] as const)(
  'the options page: no accessibility violations, and a screenshot, in the %s theme',
  async (colorScheme) => {
    await options.emulateMedia({ colorScheme });
    await options.keyboard.press('Tab'); // a focus ring in the picture
    await options.screenshot({ path: resolve(OUT, `options-${colorScheme}.png`), fullPage: true });
    expect(await axeViolations(options)).toEqual([]);
  },
);

test('a target chosen from the keyboard shows at once on the badge and in the popup', async () => {
  await options.emulateMedia({ colorScheme: 'light' });
  const preset = options.getByRole('radio', { name: '80/20' });
  expect(await preset.isChecked()).toBe(true);
  expect(await preset.getAttribute('aria-describedby')).toBe('target-80-20-fits');
  await preset.focus();
  await options.keyboard.press('ArrowDown'); // 75/25
  await options.keyboard.press('ArrowDown'); // 60/40
  await expect.poll(() => options.getByRole('radio', { name: '60/40' }).isChecked()).toBe(true);
  await waitForBadge(s, (b) => b.title.includes('target 40%') && b.text === '50%');
  await waitForBadge(s, (b) => b.color.join() === GREEN.join());

  await options.getByRole('radio', { name: 'Custom' }).check();
  const percent = options.getByLabel('Innovation share, percent');
  await percent.fill('55');
  await percent.press('Enter');
  await waitForBadge(s, (b) => b.title.includes('target 55%') && b.color.join() === AMBER.join());
  expect(await storedSettings()).toMatchObject({ targetPercent: 55, targetPreset: 'custom' });

  const popup = await openPopup();
  await popup.getByRole('img', { name: /target 55% innovation$/ }).waitFor();
  await popup.close();
});

test('week start and working hours show at once on the badge and in the popup', async () => {
  await options.getByLabel('Week starts on').selectOption({ label: 'Sunday' });
  // Sunday to Saturday: the research block is next Sunday's (or, on a Sunday, the only one).
  const expected = new Date().getDay() === 0 ? '100%' : '25%';
  await waitForBadge(s, (b) => b.text === expected);
  await options.getByLabel('Week starts on').selectOption({ label: 'As Google Calendar shows it' });
  await waitForBadge(s, (b) => b.text === '50%');

  const popup = await openPopup();
  // Below the popup's first screen, opened on demand (and remembered over the reload).
  await popup.getByRole('button', { name: 'After hours', exact: true }).click();
  const afterHours = popup.getByRole('region', { name: 'After hours' });
  // Sunday is no working day: 2 h of 3 h after hours.
  await expect.poll(() => afterHours.textContent()).toContain('2 h of 3 h innovation');
  await options.getByLabel('To', { exact: true }).fill('17:00');
  await expect
    .poll(() => storedSettings().then((v) => (v as { workEnd: number }).workEnd))
    .toBe(17 * 60);
  await popup.reload();
  await expect.poll(() => afterHours.textContent()).toContain('3 h of 3 h innovation');
  await popup.close();
});

test('nudges turn off and on from the keyboard', async () => {
  const box = options.getByRole('checkbox', { name: 'When innovation time is taken' });
  await box.focus();
  await options.keyboard.press('Space');
  await expect
    .poll(() => storedSettings().then((v) => (v as { nudges: object }).nudges))
    .toEqual({
      overrides: false,
      nextWeek: true,
      quietOutsideWorkingHours: true,
      streak: true,
      afterHours: true,
    });
  await expect
    .poll(() => options.getByRole('status').filter({ hasText: 'No more nudges' }).count())
    .toBe(1);
});

test('the rules section sits on the same page and still works', async () => {
  await options.getByLabel('Test a title').fill('Prototype review');
  await expect
    .poll(() => options.locator('.test-result').textContent())
    .toBe("Innovation · Auto: keyword 'prototype'");
});

/** A JSON download started by `click`, parsed. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}
const backUp = () =>
  download(options, () => options.getByRole('button', { name: 'Back up all data' }).click());
const withoutTime = (text: string) => ({ ...JSON.parse(text), exportedAt: undefined });
const restoreFrom = (name: string, text: string) =>
  options.getByLabel('Restore from a backup file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });

test('backup, change, restore: everything is as it was, the badge too', async () => {
  const before = await backUp();
  expect(before.name).toMatch(/^polarity-backup-\d{4}-\d\d-\d\d\.json$/);
  const data = JSON.parse(before.text);
  expect(data).toMatchObject({ format: 'polarity-data', version: 2 });
  expect(data.days).toHaveLength(7);
  expect(data.settings).toMatchObject({ targetPercent: 55, workEnd: 17 * 60 });

  // Change things: a rule that makes the research block execution, and the target.
  await options.getByLabel('Condition').selectOption('keywords');
  await options.getByLabel('Keywords, separated by commas').fill('research');
  await options.getByLabel('Then').selectOption('execution');
  await options.getByRole('button', { name: 'Add rule' }).click();
  await options.getByRole('radio', { name: '90/10' }).check();
  await waitForBadge(s, (b) => b.text === '17%' && b.title.includes('target 10%'));

  await restoreFrom('my-backup.json', before.text);
  const panel = options.getByRole('group', { name: 'Replace all your data with my-backup.json?' });
  await expect.poll(() => panel.textContent()).toContain('7 days of history');
  await options.getByRole('button', { name: 'Replace my data' }).click();
  await expect
    .poll(() => options.getByRole('status').filter({ hasText: 'Restored my-backup.json.' }).count())
    .toBe(1);
  await waitForBadge(s, (b) => b.text === '50%' && b.title.includes('target 55%'));
  await expect.poll(() => options.getByRole('radio', { name: 'Custom' }).isChecked()).toBe(true);
  expect(await options.getByRole('listitem').count()).toBe(0); // the rule is gone again
  expect(withoutTime((await backUp()).text)).toEqual(withoutTime(before.text));
});

test('a truncated or foreign file is refused whole, with the reason; nothing changes', async () => {
  const before = await backUp();
  await restoreFrom('cut.json', before.text.slice(0, 2000));
  await expect
    .poll(() => options.getByRole('alert').textContent())
    .toMatch(/^Not restored: The file is not complete JSON \(cut off, or not a backup\)/);
  await restoreFrom('calendar.json', JSON.stringify({ kind: 'calendar#events', items: [] }));
  await expect
    .poll(() => options.getByRole('alert').textContent())
    .toBe(
      'Not restored: The file is not a Polarity backup: it has no "format" field. Nothing was changed.',
    );
  expect(await options.getByRole('button', { name: 'Replace my data' }).count()).toBe(0);
  expect(withoutTime((await backUp()).text)).toEqual(withoutTime(before.text));
  await waitForBadge(s, (b) => b.text === '50%');
});

test('reset asks first in the page, then deletes everything', async () => {
  await options.getByRole('button', { name: 'Delete all data…' }).click();
  await expect
    .poll(() => options.evaluate(() => document.activeElement?.textContent))
    .toBe('Keep my data');
  await options.keyboard.press('Escape');
  await expect
    .poll(() => options.getByRole('status').filter({ hasText: 'Nothing was deleted.' }).count())
    .toBe(1);
  await waitForBadge(s, (b) => b.text === '50%');

  await options.getByRole('button', { name: 'Delete all data…' }).click();
  await options.screenshot({ path: resolve(OUT, 'options-reset-confirm.png') });
  await options.getByRole('button', { name: 'Delete everything' }).click();
  await waitForBadge(
    s,
    (b) => b.text === '' && b.title.includes('open this week in Google Calendar'),
  );
  await expect.poll(() => options.getByRole('radio', { name: '80/20' }).isChecked()).toBe(true);
  const popup = await openPopup();
  await popup.getByRole('heading', { name: 'Welcome to Polarity' }).waitFor();
  await popup.close();
});

test('no request leaves the machine', () => {
  const foreign = s.requests.filter((u) => !u.startsWith('https://calendar.google.com/'));
  expect(foreign).toEqual([]);
});
