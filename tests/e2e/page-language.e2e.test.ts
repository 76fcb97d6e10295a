import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { overrideToast } from '../../utils/background/nudges/innovation-taken/text.ts';
import { classify } from '../../utils/domain/classify/classify.ts';
import type { OverrideRecord } from '../../utils/domain/db/schema.ts';
import { bestLocale } from '../../utils/shared/i18n/locales.ts';
import { CATALOGUES } from '../../utils/shared/i18n/messages/index.ts';
import { catalogueReader, fill, render } from '../../utils/shared/i18n/render.ts';
import { addDay, buildWeekPage, type PageEvent } from '../fixtures/gcal-page.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import { launch, openCalendar, setWorkerClock, type Session } from './harness.ts';

// The tag control (its "Serves…" choice too), the toast and the first-run
// legend speak the Calendar page's language, not the browser's (this Chromium's is English): every name and sentence expected here
// comes from the catalogue of the language under test. Right-to-left pages
// get the control and the toast mirrored.

const MON = mondayOf();
const PATH = weekPath(MON);
const [y, m, d] = MON.split('-').map(Number) as [number, number, number];
const MONDAY_10 = new Date(y, m - 1, d, 10).getTime();

// The override scenario (tests/fixtures/override-week.ts), without RSVP words:
// no capture shows them in every language.
const EVENTS: PageEvent[] = [
  { title: 'Ops review', day: MON, start: '09:00', end: '12:00' },
  { title: 'Strategy offsite prep', day: addDay(MON, 1), start: '15:00', end: '17:00' },
];
const CULPRIT: PageEvent = {
  title: 'Budget approvals',
  day: addDay(MON, 1),
  start: '16:00',
  end: '16:45',
};

// Extension globals, as seen inside `evaluate` in an extension page.
declare const chrome: {
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: unknown): Promise<unknown>;
  };
};

/** The override a meeting over the block makes, as the background records it. */
const RECORD = {
  key: 'rtl-override',
  account: 0,
  block: {
    title: 'Strategy offsite prep',
    start: MONDAY_10 + 29 * 3600_000,
    end: MONDAY_10 + 31 * 3600_000,
  },
  cause: 'overlap',
  by: { title: 'Budget approvals' },
  minutesLost: 45,
} as unknown as OverrideRecord;

const SHOTS = 'test-results/page-language';
mkdirSync(SHOTS, { recursive: true });

/** A week page in `lang`, the Ops review popover open; `html` rewrites the root for RTL. */
function weekIn(lang: 'de' | 'ja' | 'en', events: PageEvent[], root?: string) {
  const html = buildWeekPage({
    lang,
    hour12: lang !== 'de',
    firstDay: MON,
    events,
    openPopoverFor: 'Ops review',
  });
  return root ? html.replace(/<html lang="[^"]*">/, root) : html;
}

/** Calendar adds the new chip to Tuesday's column: taken from the page that has it. */
const addChip = (page: Page, withIt: string) =>
  page.evaluate((html) => {
    const next = new DOMParser().parseFromString(html, 'text/html');
    const chip = [...next.querySelectorAll('[data-eventchip][data-eventid]')].find((c) =>
      c.textContent?.includes('Budget approvals'),
    )!;
    const key = chip.closest('[data-datekey]')!.getAttribute('data-datekey');
    const column = document.querySelector(`[role=gridcell][data-datekey="${key}"] .chips`)!;
    column.appendChild(document.importNode(chip, true));
  }, withIt);

describe.each(['de', 'ja'] as const)('a Calendar page in %s', (lang) => {
  const words = CATALOGUES[bestLocale(lang)]!;
  const reader = catalogueReader(words, lang);
  let s: Session;
  let page: Page;
  const button = (name: string) => page.getByRole('button', { name, exact: true });
  const reason = () => page.locator('polarity-tag-control .reason');

  beforeAll(async () => {
    s = await launch();
    await setWorkerClock(s, MONDAY_10);
    page = await openCalendar(s, weekIn(lang, EVENTS), PATH);
  });
  afterAll(async () => {
    await s?.close();
  });

  test('the tag control: its names, its reason, and tagging, in the page language', async () => {
    await expect
      .poll(() => button(words.page_execution!).getAttribute('aria-pressed'))
      .toBe('true');
    expect(await button(words.page_auto!).getAttribute('aria-pressed')).toBe('true');
    const auto = classify({ kind: 'timed', title: 'Ops review' });
    expect(await reason().textContent()).toBe(render(auto.because, reader));
    for (const name of [words.page_innovation!, words.page_exclude!])
      expect(await button(name).count()).toBe(1);
    // None of the English names: the page never got them, not even first.
    for (const name of ['Execution', 'Exclude']) expect(await button(name).count()).toBe(0);
    const region = page.getByRole('region', { name: words.page_control_label! });
    expect(await region.locator('[role=group]').getAttribute('aria-label')).toBe(
      words.page_category_group,
    );

    await button(words.page_innovation!).click();
    await expect
      .poll(() => button(words.page_innovation!).getAttribute('aria-pressed'))
      .toBe('true');
    await expect.poll(() => reason().textContent()).toBe(words.reason_tag);
    await page
      .locator('[data-chips-dialog="true"]')
      .screenshot({ path: `${SHOTS}/tag-control-${lang}.png` });
    await button(words.page_auto!).click();
    await expect.poll(() => reason().textContent()).toBe(render(auto.because, reader));
  });

  test('the first-run legend of the markers, in the page language', async () => {
    const legend = page.getByRole('complementary', { name: words.page_legend_label! });
    await legend.waitFor();
    expect(await legend.locator('li').allTextContents()).toEqual([
      words.page_legend_innovation,
      words.page_legend_execution,
      words.page_legend_excluded,
    ]);
    expect(await legend.getAttribute('lang')).toBe(lang);
    expect(await page.getByRole('complementary', { name: 'Polarity markers' }).count()).toBe(0);
    await legend.screenshot({ path: `${SHOTS}/legend-${lang}.png` });
    await legend.getByRole('button', { name: words.page_legend_dismiss!, exact: true }).click();
    await expect.poll(() => legend.count()).toBe(0);
  });

  test('the "Serves…" choice of an innovation event, in the page language', async () => {
    await button(words.page_innovation!).click();
    const serves = page.getByRole('combobox', { name: words.serves_label!, exact: true });
    await serves.waitFor();
    expect((await serves.locator('option').allTextContents())[0]).toBe(words.serves_none);
    expect(await page.getByRole('combobox', { name: 'Serves…' }).count()).toBe(0);
    await button(words.page_auto!).click();
    await expect.poll(() => serves.count()).toBe(0);
    await expect.poll(() => button(words.page_auto!).getAttribute('aria-pressed')).toBe('true');
  });

  test('a nudge toast: title, cause, minutes and actions in the page language', async () => {
    await setWorkerClock(s, MONDAY_10);
    await addChip(page, weekIn(lang, [...EVENTS, CULPRIT]));
    const title = fill(words.nudge_taken_title!, ['Strategy offsite prep']);
    const toast = page.getByRole('region', { name: title, exact: true });
    await expect.poll(() => toast.count(), { timeout: 10_000 }).toBe(1);
    const text = (await toast.textContent())!;
    expect(text).toContain(fill(words.nudge_cause_overlap!, ['Budget approvals']));
    expect(text).toContain(fill(words.unit_minutes!, ['45']));
    expect(await toast.getByRole('button').allTextContents()).toEqual([
      words.nudge_rebook,
      words.nudge_open,
      words.page_dismiss,
    ]);
    await toast.hover(); // it stays while hovered
    await toast.screenshot({ path: `${SHOTS}/toast-${lang}.png` });
  });
});

describe('a right-to-left Calendar page (Hebrew)', () => {
  let s: Session;
  let page: Page;
  const ROOT = '<html lang="he" dir="rtl">';

  beforeAll(async () => {
    s = await launch();
    await setWorkerClock(s, MONDAY_10);
    page = await openCalendar(s, weekIn('en', EVENTS, ROOT), PATH);
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Left edges of the named buttons, in the order the row has them. */
  const lefts = (names: string[]) =>
    Promise.all(
      names.map(
        async (name) => (await page.getByRole('button', { name, exact: true }).boundingBox())!.x,
      ),
    );

  test('the tag control reads right to left: first button rightmost, indent on the right', async () => {
    // No Hebrew catalogue: English words, the page's direction.
    const en = CATALOGUES.en!;
    const names = [en.page_execution!, en.page_innovation!, en.page_exclude!, en.page_auto!];
    await expect
      .poll(() =>
        page.getByRole('button', { name: names[0], exact: true }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    const dir = await page.evaluate(() => {
      const root = document
        .querySelector('polarity-tag-control')!
        .shadowRoot!.querySelector('section')!;
      return { attr: root.getAttribute('dir'), computed: getComputedStyle(root).direction };
    });
    expect(dir).toEqual({ attr: 'rtl', computed: 'rtl' });
    // English words keep their own direction inside, aligned to the page's start (the right).
    const words = await page.evaluate(() => {
      const root = document.querySelector('polarity-tag-control')!.shadowRoot!;
      const p = root.querySelector('.reason')!;
      const r = p.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(p);
      const text = range.getBoundingClientRect();
      return { dir: getComputedStyle(p).direction, gapRight: Math.round(r.right - text.right) };
    });
    expect(words).toEqual({ dir: 'ltr', gapRight: 0 });
    const x = await lefts(names);
    expect([...x].sort((a, b) => b - a)).toEqual(x); // each one left of the one before
    // The indent (52px, under the popover's icon column) is on the right.
    const margins = await page.evaluate(() => {
      const cs = getComputedStyle(document.querySelector('polarity-tag-control')!);
      return { left: cs.marginLeft, right: cs.marginRight };
    });
    expect(margins).toEqual({ left: '16px', right: '52px' });
    // Arrow keys follow the reading direction: Left is the next button.
    await page.getByRole('button', { name: names[0], exact: true }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(
      await page.evaluate(
        () =>
          document.querySelector('polarity-tag-control')!.shadowRoot!.activeElement?.textContent,
      ),
    ).toBe(names[1]);
    await page
      .locator('[data-chips-dialog="true"]')
      .screenshot({ path: `${SHOTS}/tag-control-rtl.png` });
  });

  test('the toast sits bottom-right, its stripe on the right, its actions right to left', async () => {
    // The chips' English words don't read as Hebrew, so no override is found
    // here: the background's nudge is sent to the tab as the background sends it.
    const ext = await s.extensionPage();
    await ext.evaluate(async (nudge) => {
      const [tab] = await chrome.tabs.query({ url: 'https://calendar.google.com/*' });
      await chrome.tabs.sendMessage(tab!.id!, { type: 'showNudges', data: { nudges: [nudge] } });
    }, overrideToast(RECORD));
    const toast = page.getByRole('region', { name: /^Innovation time taken:/ });
    await expect.poll(() => toast.count(), { timeout: 10_000 }).toBe(1);
    await toast.hover();
    const box = (await toast.boundingBox())!;
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect(Math.round(width - (box.x + box.width))).toBe(16);
    const shape = await page.evaluate(() => {
      const root = document.querySelector('polarity-toast')!.shadowRoot!;
      const card = root.querySelector('.toast')!;
      return {
        direction: getComputedStyle(card).direction,
        stripe: getComputedStyle(card).boxShadow,
      };
    });
    expect(shape.direction).toBe('rtl');
    // The inset stripe drawn from the right: a negative offset.
    expect(shape.stripe).toMatch(/^rgb\([^)]*\) -4px 0px 0px 0px inset,/);
    const buttons = await toast.getByRole('button').all();
    const xs = await Promise.all(buttons.map(async (b) => (await b.boundingBox())!.x));
    expect([...xs].sort((a, b) => b - a)).toEqual(xs);
    await toast.screenshot({ path: `${SHOTS}/toast-rtl.png` });
  });
});
