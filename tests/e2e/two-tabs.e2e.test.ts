import { MARKER_COLORS } from '@/utils/shared/category-colors';
import { cssRgb } from '../support/colour.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { addDay, buildWeekPage, type PageEvent } from '../fixtures/gcal-page.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import { launch, openCalendar, waitForBadge, type Session, chipShadow } from './harness.ts';

// Three Google Calendar tabs open at once: account 0 this week, account 0
// last week, account 1 this week. Each tab reads and tags its own week while
// the others keep theirs; nothing one tab sends may overwrite another's.
const MON = mondayOf();
const LAST_MON = addDay(MON, -7);

// One recurring series in every tab: the same series id in both accounts.
const weekly = (monday: string): PageEvent => ({
  title: 'Weekly 1:1',
  day: addDay(monday, 4),
  start: '11:00',
  end: '11:30',
  recurring: true,
});
const A_EVENTS: PageEvent[] = [
  { title: 'Ops review', day: MON, start: '09:00', end: '12:00' },
  { title: 'Hiring sync', day: addDay(MON, 1), start: '10:00', end: '11:00' },
  weekly(MON),
];
const B_EVENTS: PageEvent[] = [
  { title: 'Quarter planning', day: LAST_MON, start: '09:00', end: '11:00' },
  { title: 'Vision memo', day: addDay(LAST_MON, 2), start: '14:00', end: '16:00' },
  weekly(LAST_MON),
];
const C_EVENTS: PageEvent[] = [
  { title: 'Board prep', day: addDay(MON, 2), start: '13:00', end: '15:00' },
  { title: 'Research hour', day: addDay(MON, 3), start: '08:00', end: '09:00' },
  weekly(MON),
];
// Added in tab a while the test runs.
const BUDGET: PageEvent = {
  title: 'Budget call',
  day: addDay(MON, 2),
  start: '15:00',
  end: '16:00',
};
const DEMO: PageEvent = {
  title: 'Prototype demo',
  day: addDay(MON, 3),
  start: '14:00',
  end: '15:00',
};
const INNOVATION_RGB = cssRgb(MARKER_COLORS.innovation);
const page = (firstDay: string, events: PageEvent[], openPopoverFor: string) =>
  buildWeekPage({ lang: 'en', hour12: true, firstDay, events, openPopoverFor });

let s: Session;
let a: Page;
let b: Page;
let c: Page;

declare const chrome: {
  runtime: {
    sendMessage(m: unknown): Promise<{ state: string; split?: { innovationPercent: number } }>;
  };
};

interface Stored {
  days: { account: number; day: string; events: { title: string }[] }[];
  tags: { account: number; scope: string; title: string; category: string }[];
}

/** The background's IndexedDB, read from an extension page. */
async function stored(): Promise<Stored> {
  const ext = await s.extensionPage();
  return ext.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('polarity');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((ok) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result as T[]);
      });
    const result = {
      days: await all<Stored['days'][0]>('days'),
      tags: await all<Stored['tags'][0]>('tags'),
    };
    db.close();
    return result;
  });
}

const titlesOf = (st: Stored, account: number, from: string) =>
  st.days
    .filter((d) => d.account === account && d.day >= from && d.day <= addDay(from, 6))
    .flatMap((d) => d.events.map((e) => e.title))
    .sort();

/** The popup's figures for account 0's week at `offset`, straight from the background. */
const innovationPercent = async (offset: number) => {
  const ext = await s.extensionPage();
  const r = await ext.evaluate(
    (o) => chrome.runtime.sendMessage({ type: 'getWeekReport', data: { offset: o } }),
    offset,
  );
  return r.state === 'week' ? r.split?.innovationPercent : undefined;
};

const tagAs = async (p: Page, name: string) => {
  await p.getByRole('button', { name, exact: true }).click();
  await expect
    .poll(() => p.locator('polarity-tag-control .reason').textContent())
    .toBe('Tagged by you');
};

/** Opens a tab that keeps serving its own page on reload, whatever the other tabs show. */
async function openTab(html: string, path: string): Promise<Page> {
  const p = await openCalendar(s, html, path);
  await p.route('https://calendar.google.com/**', (r) =>
    r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  return p;
}

/** Calendar shows a new event in tab `p`: the chip from a page that has it, put in its column. */
const addEvent = (p: Page, firstDay: string, events: PageEvent[], title: string) =>
  p.evaluate(
    ([html, t]) => {
      const next = new DOMParser().parseFromString(html!, 'text/html');
      const chip = [...next.querySelectorAll('[data-eventchip][data-eventid]')].find((el) =>
        el.textContent?.includes(`, ${t},`),
      )!;
      const key = chip.closest('[data-datekey]')!.getAttribute('data-datekey');
      document
        .querySelector(`[role=gridcell][data-datekey="${key}"] .chips`)!
        .appendChild(document.importNode(chip, true));
    },
    [page(firstDay, events, events[0]!.title), title],
  );

beforeAll(async () => {
  s = await launch();
  a = await openTab(page(MON, A_EVENTS, 'Hiring sync'), weekPath(MON, 0));
  b = await openTab(page(LAST_MON, B_EVENTS, 'Quarter planning'), weekPath(LAST_MON, 0));
  c = await openTab(page(MON, C_EVENTS, 'Board prep'), weekPath(MON, 1));
});

afterAll(async () => {
  await s?.close();
});

test('each tab tags its own week and account; every tag and every week survives the others', async () => {
  await expect
    .poll(async () => {
      const st = await stored();
      return [titlesOf(st, 0, MON), titlesOf(st, 0, LAST_MON), titlesOf(st, 1, MON)];
    })
    .toEqual([
      ['Hiring sync', 'Ops review', 'Weekly 1:1'],
      ['Quarter planning', 'Vision memo', 'Weekly 1:1'],
      ['Board prep', 'Research hour', 'Weekly 1:1'],
    ]);
  // Tags from all three tabs, one right after the other.
  await tagAs(a, 'Innovation'); // Hiring sync, account 0
  await tagAs(b, 'Exclude'); // Quarter planning, account 0, last week
  await tagAs(c, 'Innovation'); // Board prep, account 1
  // At the same moment: a new event shows in tab a, tabs b and c load again.
  await Promise.all([
    addEvent(a, MON, [...A_EVENTS, BUDGET], BUDGET.title),
    b.reload(),
    c.reload(),
  ]);

  await expect
    .poll(async () =>
      (await stored()).tags.map((t) => `${t.account} ${t.title} ${t.category}`).sort(),
    )
    .toEqual([
      '0 Hiring sync innovation',
      '0 Quarter planning excluded',
      '1 Board prep innovation',
    ]);
  await expect
    .poll(async () => titlesOf(await stored(), 0, MON))
    .toEqual(['Budget call', 'Hiring sync', 'Ops review', 'Weekly 1:1']);
  const st = await stored();
  expect(titlesOf(st, 0, LAST_MON)).toEqual(['Quarter planning', 'Vision memo', 'Weekly 1:1']);
  expect(titlesOf(st, 1, MON)).toEqual(['Board prep', 'Research hour', 'Weekly 1:1']);
  // Fourteen days of account 0 and seven of account 1, each stored once.
  expect(st.days.filter((d) => d.account === 0)).toHaveLength(14);
  expect(st.days.filter((d) => d.account === 1)).toHaveLength(7);
});

test("each week's figures come from its own tab's page and tags", async () => {
  // Tab a changes last, so the badge describes account 0.
  await addEvent(a, MON, [...A_EVENTS, BUDGET, DEMO], DEMO.title);
  // This week: Hiring sync (tagged) and the demo, 2 h of 6.5 h.
  await waitForBadge(s, (badge) => badge.text === '31%' && !badge.title.includes('u/1'));
  await expect.poll(() => innovationPercent(0)).toBe(31);
  // Last week: planning excluded; the vision memo (2 h) against the 1:1 (30 min).
  await expect.poll(() => innovationPercent(-1)).toBe(80);
});

test('a series tagged in one tab marks it in the other tab of that account, not in the other account', async () => {
  const chipOf = (p: Page) =>
    p.evaluate(() =>
      [...document.querySelectorAll('[data-eventchip][data-eventid]')]
        .find((el) => el.textContent?.includes(', Weekly 1:1,'))!
        .getAttribute('data-eventid')!,
    );
  const [inA, inB, inC] = [await chipOf(a), await chipOf(b), await chipOf(c)];
  // Calendar reuses the open dialog for the next chip: point tab a's at the 1:1.
  await a.evaluate((id) => {
    const det = document.querySelector('[data-chips-dialog="true"] #xDetDlg')!;
    det.setAttribute('data-eventid', id);
    det.querySelector('#rAECCd')!.textContent = 'Weekly 1:1';
  }, inA);
  await expect
    .poll(() => a.locator('polarity-tag-control .reason').textContent())
    .toBe('Auto: no innovation keyword');
  await a.getByRole('radio', { name: 'All events in the series' }).check();
  await a.getByRole('button', { name: 'Innovation', exact: true }).click();
  await expect
    .poll(() => a.locator('polarity-tag-control .reason').textContent())
    .toBe('Series tag');

  await expect.poll(() => chipShadow(a, inA)).toContain(INNOVATION_RGB);
  await expect.poll(() => chipShadow(b, inB)).toContain(INNOVATION_RGB);
  // Account 1 has its own tags: same series id, still execution there.
  await c.waitForTimeout(500);
  expect(await chipShadow(c, inC)).not.toContain(INNOVATION_RGB);
  await expect.poll(() => innovationPercent(0)).toBe(38); // 2.5 h of 6.5 h
  await expect.poll(() => innovationPercent(-1)).toBe(100);
  // And every earlier tag is still there.
  expect((await stored()).tags.map((t) => `${t.account} ${t.scope} ${t.title}`).sort()).toEqual([
    '0 event Hiring sync',
    '0 event Quarter planning',
    '0 series Weekly 1:1',
    '1 event Board prep',
  ]);
});

test('no request leaves the machine', () => {
  const foreign = s.requests.filter(
    (u) => !u.startsWith('https://calendar.google.com/calendar/u/'),
  );
  expect(foreign).toEqual([]);
});
