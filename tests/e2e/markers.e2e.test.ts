import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { MARKER_COLORS } from '@/utils/shared/category-colors';
import { cssRgb } from '../support/colour.ts';
import { addDay, buildWeekPage, type PageEvent } from '../fixtures/gcal-page.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import { launch, openCalendar, waitForBadge, type Session } from './harness.ts';

const OUT = resolve(__dirname, '../../test-results');
const MON = mondayOf();
const EVENTS: PageEvent[] = [
  { title: 'Standup', day: MON, start: '09:00', end: '09:30' },
  { title: 'Prototype lab', day: addDay(MON, 1), start: '14:00', end: '16:00' },
];

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

let s: Session;
let page: Page;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  s = await launch();
  page = await openCalendar(
    s,
    buildWeekPage({ lang: 'en', hour12: true, firstDay: MON, events: EVENTS }),
    weekPath(MON),
  );
  await waitForBadge(s, (b) => b.text === '80%'); // 120 of 150 minutes
});

afterAll(async () => {
  await s?.close();
});

/** Event ids of the chips whose hidden text names `title`. */
const eidsOf = (p: Page, title: string): Promise<string[]> =>
  p.evaluate(
    (t) =>
      [...document.querySelectorAll('[data-eventchip][data-eventid]')]
        .filter((c) => c.textContent?.includes(`, ${t},`))
        .map((c) => c.getAttribute('data-eventid')!),
    title,
  );

/**
 * What the marker stylesheet paints on a chip, as the browser computed it: the
 * bar (the first inset shadow's colour and width), its white rule, the ring
 * (a 2px inset spread), and whether the title kept its place.
 */
const markerOf = (eid: string) =>
  page.evaluate((id) => {
    const chip = [...document.querySelectorAll('[data-eventchip]')].find(
      (c) => c.getAttribute('data-eventid') === id,
    )!;
    const style = getComputedStyle(chip);
    const shadows = style.boxShadow.split(/,(?![^(]*\))/).map((s) => s.trim());
    const bar = /^(rgb\([^)]*\)) (\d+px) 0px 0px 0px inset$/.exec(shadows[0] ?? '');
    return {
      width: bar?.[2] ?? `none in ${style.boxShadow}`,
      color: bar?.[1] ?? '',
      frame: shadows[1] ?? '',
      ring: shadows.find((s) => s.endsWith(' 0px 0px 0px 2px inset')) ?? '',
      paddingLeft: style.paddingLeft,
    };
  }, eid);

test('each chip carries its category’s bar: colour from the table, width by category, framed', async () => {
  const [lab] = await eidsOf(page, 'Prototype lab');
  const [standup] = await eidsOf(page, 'Standup');
  await expect.poll(async () => (await markerOf(lab!)).width).toBe('6px');
  const innovation = await markerOf(lab!);
  expect(innovation.color).toBe(cssRgb(MARKER_COLORS.innovation));
  expect(innovation.frame).toContain('rgb(255, 255, 255)');
  expect(innovation.ring).toContain(cssRgb(MARKER_COLORS.innovation));
  const execution = await markerOf(standup!);
  expect(execution).toMatchObject({ width: '3px', color: cssRgb(MARKER_COLORS.execution) });
  // Paint only: the title stays where Calendar put it (the fixture's 5px).
  expect([innovation.paddingLeft, execution.paddingLeft]).toEqual(['5px', '5px']);
  expect(execution.ring).toBe(''); // no ring: that is innovation's
});

const legend = () => page.locator('polarity-legend aside');

test('the first markers bring the legend, text only and axe-clean, in light and dark', async () => {
  await legend().waitFor();
  expect(await legend().getAttribute('aria-label')).toBe('Polarity markers');
  expect(await legend().locator('li').allTextContents()).toEqual([
    'wide bar and ring: innovation',
    'narrow bar: execution',
    'striped bar: excluded, not counted',
  ]);
  const axeSource = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  await page.evaluate(`${axeSource}\n;void 0`);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await legend().screenshot({ path: resolve(OUT, `legend-${colorScheme}.png`) });
    const result = await page.evaluate(async () => {
      type Result = { violations: { id: string }[]; passes: { id: string }[] };
      const axe = (globalThis as unknown as { axe: { run(ctx: object): Promise<Result> } }).axe;
      const r = await axe.run({ fromShadowDom: ['polarity-legend', 'aside'] });
      return { violations: r.violations.map((v) => v.id), passes: r.passes.map((p) => p.id) };
    });
    expect(result.violations).toEqual([]);
    expect(result.passes).toContain('color-contrast'); // it did look at the legend
  }
});

test('dismissed from the keyboard, and not shown again after a reload', async () => {
  await legend().getByRole('button', { name: 'Got it' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => legend().count()).toBe(0);
  const ext = await s.extensionPage();
  expect(
    await ext.evaluate(async () => (await chrome.storage.local.get('legendSeen')).legendSeen),
  ).toBe(true);
  await page.reload();
  const [lab] = await eidsOf(page, 'Prototype lab');
  await expect.poll(async () => (await markerOf(lab!)).width).toBe('6px');
  // Remembered as seen (above), so this page's markers bring none.
  expect(await page.locator('polarity-legend').count()).toBe(0);
});
