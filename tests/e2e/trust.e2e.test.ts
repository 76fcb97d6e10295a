import { MARKER_COLORS } from '@/utils/shared/category-colors';
import { cssRgb } from '../support/colour.ts';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDay, buildWeekPage, type PageEvent } from '../fixtures/gcal-page.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import {
  CALENDAR,
  launch,
  openCalendar,
  waitForBadge,
  type Session,
  chipShadow,
  setWorkerClock,
} from './harness.ts';

// One whole session with hostile event titles: the page, a tag through the
// popover control, a nudge (toast and notification), the popup, its exports,
// the options page and a backup. Titles come from anyone who can send an
// invitation: everywhere they must be text, and nothing they carry may run.
// And nothing but the routed calendar page may leave the browser.
const IMG = '<img src=x onerror=window.__pwned=1> prototype'; // an innovation block
const STYLE = '</style><script>window.__pwned=2</script>'; // execution
const CSS = '"]{} [data-eventchip]{display:none} [x="'; // execution, then tagged in the popover
const SVG = '<svg onload=window.__pwned=3>'; // booked over the innovation block
const TITLES = [IMG, STYLE, CSS, SVG];

const MON = mondayOf();
const PATH = weekPath(MON);
const [y, m, d] = MON.split('-').map(Number) as [number, number, number];
const MONDAY_10 = new Date(y, m - 1, d, 10).getTime();

const EVENTS: PageEvent[] = [
  { title: STYLE, day: MON, start: '13:00', end: '16:00', rsvp: 'accepted' },
  { title: IMG, day: addDay(MON, 1), start: '15:00', end: '17:00' },
  { title: CSS, day: addDay(MON, 2), start: '10:00', end: '11:00', rsvp: 'accepted' },
];
const CULPRIT: PageEvent = { title: SVG, day: addDay(MON, 1), start: '16:00', end: '16:45' };
const page = (events: PageEvent[]) =>
  buildWeekPage({ lang: 'en', hour12: true, firstDay: MON, events, openPopoverFor: CSS });
const HTML = page(EVENTS);
const SENTINEL = 'https://polarity-request-monitor.invalid/';
const INNOVATION_RGB = cssRgb(MARKER_COLORS.innovation);

let s: Session;
let calendar: Page;

declare const chrome: {
  notifications: { create(...args: unknown[]): unknown };
};

/** Nothing from a title ran, in this page. */
const pwned = (p: Page) => p.evaluate(() => (window as { __pwned?: unknown }).__pwned);

/** Elements a title would have brought with it, anywhere in the document or its open shadow roots. */
const injected = (p: Page) =>
  p.evaluate(() => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        if (tag === 'img' || tag === 'iframe' || (tag === 'script' && !el.hasAttribute('src'))) {
          found.push(tag);
        }
        if (tag === 'svg' && el.closest('[data-eventchip]')) found.push('svg in a chip');
        for (const a of el.getAttributeNames()) if (a.startsWith('on')) found.push(`${tag}[${a}]`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });

beforeAll(async () => {
  s = await launch();
  await setWorkerClock(s, MONDAY_10);
  calendar = await openCalendar(s, HTML, PATH);
});

afterAll(async () => {
  await s?.close();
});

test('the request log sees every context: page, worker, extension pages', async () => {
  const tryFetch = (p: { evaluate: Page['evaluate'] }, where: string) =>
    p.evaluate(
      (url) =>
        fetch(url).then(
          () => 'sent',
          () => 'failed',
        ),
      `${SENTINEL}${where}`,
    );
  expect(await tryFetch(calendar, 'page')).toBe('failed'); // routed to nowhere
  expect(await tryFetch(await s.worker(), 'worker')).toBe('failed');
  expect(await tryFetch(await s.extensionPage(), 'options')).toBe('failed');
  await expect
    .poll(() => s.requests.filter((u) => u.startsWith(SENTINEL)).sort())
    .toEqual([`${SENTINEL}options`, `${SENTINEL}page`, `${SENTINEL}worker`]);
});

test('the fixture carries the titles as escaped text; on the page they are text and nothing runs', async () => {
  for (const t of TITLES.slice(0, 3)) {
    expect(HTML).not.toContain(t);
    expect(HTML).toContain(
      t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    );
  }
  const chips = await calendar.evaluate(() =>
    [...document.querySelectorAll('[data-eventchip] .WBi6vc')].map((c) => c.textContent),
  );
  expect(chips).toEqual(expect.arrayContaining([STYLE, IMG, CSS]));
  expect(await pwned(calendar)).toBeUndefined();
  expect(await injected(calendar)).toEqual([]);
});

test("the chip markers' stylesheet and marks hold no title: fixed rules, one of three words per chip", async () => {
  // 3 h execution, 2 h innovation (the block's keyword), 1 h execution.
  await waitForBadge(s, (b) => b.text === '33%');
  const sheet = calendar.locator('#polarity-chip-markers');
  await expect.poll(() => sheet.count()).toBe(1);
  const css = (await sheet.textContent())!;
  for (const bit of ['pwned', '<', 'script', 'svg', 'display', 'onerror', '</style']) {
    expect(css).not.toContain(bit);
  }
  // Every rule's selectors: what stands before each "{".
  const selectors = css
    .split('}')
    .filter((rule) => rule.includes('{'))
    .flatMap((rule) => rule.split('{')[0]!.split(','))
    .map((sel) => sel.trim());
  expect(selectors.length).toBeGreaterThan(0);
  for (const sel of selectors) {
    expect(sel).toMatch(
      /^\[data-eventchip\]\[data-polarity-mark="(innovation|execution|excluded)"\]( > \[data-stacked-layout-chip\])?$/,
    );
  }
  // The marks on the chips: only the category words, on every chip read.
  await expect
    .poll(() =>
      calendar.evaluate(() =>
        [...document.querySelectorAll('[data-eventchip][data-eventid]')].map((c) =>
          c.getAttribute('data-polarity-mark'),
        ),
      ),
    )
    .toEqual(expect.not.arrayContaining([null]));
  const marks = await calendar.evaluate(() =>
    [...document.querySelectorAll('[data-polarity-mark]')].map((c) =>
      c.getAttribute('data-polarity-mark'),
    ),
  );
  for (const m of marks) expect(['innovation', 'execution', 'excluded']).toContain(m);
  // The CSS-shaped title hid nothing.
  const hidden = await calendar.evaluate(
    () =>
      [...document.querySelectorAll('[data-eventchip]')].filter(
        (c) => getComputedStyle(c).display === 'none',
      ).length,
  );
  expect(hidden).toBe(0);
});

test('the popover control tags a hostile event; the tag keeps the title as text, the control holds none of it', async () => {
  const control = calendar.locator('polarity-tag-control');
  await expect
    .poll(() => control.locator('.reason').textContent())
    .toBe('Auto: no innovation keyword');
  await calendar.getByRole('button', { name: 'Innovation', exact: true }).click();
  await expect.poll(() => control.locator('.reason').textContent()).toBe('Tagged by you');
  await waitForBadge(s, (b) => b.text === '50%'); // 3 h of 6 h
  const eid = await calendar.evaluate(
    (t) =>
      [...document.querySelectorAll('[data-eventchip][data-eventid]')]
        .find((c) => c.querySelector('.WBi6vc')?.textContent === t)!
        .getAttribute('data-eventid')!,
    CSS,
  );
  await expect.poll(() => chipShadow(calendar, eid)).toContain(INNOVATION_RGB);
  // "Serves…" (innovation events) lists the week's execution titles: as option text only.
  await expect.poll(() => control.locator('.serves option').count()).toBeGreaterThan(1);
  const { text, optionsPlain } = await control.evaluate((el) => {
    const root = el.shadowRoot!;
    const options = [...root.querySelectorAll('.serves option')];
    const rest = [...root.children].filter((c) => !c.matches('.serves'));
    const inner = [...root.querySelectorAll('section > *')].filter((c) => !c.matches('.serves'));
    return {
      text: [...rest.filter((c) => !c.matches('section')), ...inner]
        .map((c) => c.textContent)
        .join(' '),
      optionsPlain: options.every((o) => o.children.length === 0),
    };
  });
  for (const t of TITLES) expect(text).not.toContain(t);
  expect(optionsPlain).toBe(true);
  expect(await injected(calendar)).toEqual([]);
  const ext = await s.extensionPage();
  const tags = await ext.evaluate(
    () =>
      new Promise<{ title: string }[]>((ok) => {
        const open = indexedDB.open('polarity');
        open.onsuccess = () => {
          const r = open.result.transaction('tags').objectStore('tags').getAll();
          r.onsuccess = () => ok(r.result);
        };
      }),
  );
  expect(tags.map((t) => t.title)).toEqual([CSS]);
});

test('a nudge about a hostile block: the toast and the notification say both titles as text', async () => {
  const worker = await s.worker();
  await worker.evaluate(() => {
    const g = globalThis as { notes?: unknown[][] };
    g.notes = [];
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = (...args: unknown[]) => {
      g.notes!.push(args);
      return create(...args);
    };
  });
  await setWorkerClock(s, MONDAY_10);
  await calendar.evaluate(
    (html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      const chip = [...next.querySelectorAll('[data-eventchip][data-eventid]')].find(
        (c) => c.querySelector('.WBi6vc')?.textContent === '<svg onload=window.__pwned=3>',
      )!;
      const key = chip.closest('[data-datekey]')!.getAttribute('data-datekey');
      document
        .querySelector(`[role=gridcell][data-datekey="${key}"] .chips`)!
        .appendChild(document.importNode(chip, true));
    },
    page([...EVENTS, CULPRIT]),
  );

  const toast = calendar.getByRole('region', { name: `Innovation time taken: ${IMG}` });
  await toast.waitFor();
  expect(await toast.textContent()).toContain(`“${SVG}” overlaps it: 45 min lost.`);
  await toast.hover(); // keeps it up while the rest is checked
  const notes = await (
    await s.worker()
  ).evaluate(
    () => (globalThis as { notes?: [string, { title: string; message: string }][] }).notes ?? [],
  );
  expect(notes).toHaveLength(1);
  expect(notes[0]![1].title).toBe(`Innovation time taken: ${IMG}`);
  expect(notes[0]![1].message).toMatch(new RegExp(`^“${SVG}” overlaps it: 45 min lost\\.\\n`));
  expect(await pwned(calendar)).toBeUndefined();
  expect(await injected(calendar)).toEqual([]);
});

test('the popup shows the titles as text, runs nothing, and exports them as data', async () => {
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  // The overridden block is on the first screen; the rest opens on demand.
  await popup.getByTestId('overrides').getByText(IMG).waitFor();
  for (const name of ['Innovation blocks', 'Largest execution items', 'Export'])
    await popup.getByRole('button', { name, exact: true }).click();
  const blocks = popup.getByRole('region', { name: 'Innovation blocks' });
  await blocks.waitFor();
  const blockText = (await blocks.textContent())!;
  expect(blockText).toContain(IMG);
  expect(blockText).toContain(CSS);
  expect(blockText).toContain(SVG);
  expect(
    await popup.getByRole('region', { name: 'Largest execution items' }).textContent(),
  ).toContain(STYLE);
  expect(await pwned(popup)).toBeUndefined();
  expect(await injected(popup)).toEqual([]);

  const [csv] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: 'This week as CSV' }).click(),
  ]);
  const csvText = readFileSync(await csv.path(), 'utf8');
  for (const t of [IMG, STYLE]) expect(csvText).toContain(t);
  const [json] = await Promise.all([
    popup.waitForEvent('download'),
    popup.getByRole('button', { name: 'All data as JSON' }).click(),
  ]);
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  const titles = data.days.flatMap((day: { events: { title: string }[] }) =>
    day.events.map((e) => e.title),
  );
  expect(titles).toEqual(expect.arrayContaining(TITLES));
  await popup.close();
});

test('the options page backs everything up, and runs nothing', async () => {
  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  const [file] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Back up all data' }).click(),
  ]);
  const backup = JSON.parse(readFileSync(await file.path(), 'utf8'));
  expect(backup.overrides[0].by.title).toBe(SVG);
  expect(backup.tags[0].title).toBe(CSS);
  expect(await pwned(options)).toBeUndefined();
  expect(await injected(options)).toEqual([]);
  await options.close();
});

test('no request other than the routed calendar page left the browser, in the whole session', async () => {
  expect(await pwned(calendar)).toBeUndefined();
  const sent = s.requests.filter((u) => !u.startsWith(SENTINEL));
  expect(new Set(sent)).toEqual(new Set([`${CALENDAR}${PATH}`]));
});
