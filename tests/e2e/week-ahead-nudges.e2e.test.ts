import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDay, buildWeekPage, type PageEvent } from '../fixtures/gcal-page.ts';
import { plannedWeek } from '../fixtures/planned-week.ts';
import { mondayOf, weekPath } from '../fixtures/this-week.ts';
import { WEEK_EN_OPTIONS } from '../fixtures/week-en.ts';
import {
  CALENDAR,
  launch,
  openCalendar,
  setWorkerClock,
  waitForBadge,
  type Session,
} from './harness.ts';

// Issue 17 points 4 and 5 on the built extension: the streak-at-risk nudge
// and the after-hours-pattern nudge, each said once (notification and toast)
// and not again. History comes from reading the two weeks before this one;
// the worker's clock is moved, and the kind's own alarm is fired by hand
// (an unpacked extension's alarms may fire at once), so the kind runs as it
// does when Chrome wakes it.

declare const chrome: {
  alarms: {
    create(name: string, info: { when: number }): Promise<void>;
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
  };
  notifications: { getAll(): Promise<Record<string, boolean>> };
};

// The worker's "this week" is the real next one: every time a kind arms its
// alarm for (later this week, next week) is then ahead of the browser's real
// clock, so an alarm never fires by itself during the test, on any day it runs.
const MON = addDay(mondayOf(), 7);
const [y, m, d] = MON.split('-').map(Number) as [number, number, number];
/** This week's day `i` (0 Monday) at `hour`, in the browser's zone. */
const at = (i: number, hour: number) => new Date(y, m - 1, d + i, hour).getTime();
const ymd = (t: number) => {
  const x = new Date(t);
  return `${x.getFullYear()}${String(x.getMonth() + 1).padStart(2, '0')}${String(x.getDate()).padStart(2, '0')}`;
};
const FRIDAY_9_TO_12 = `${ymd(at(4, 9))}T090000/${ymd(at(4, 9))}T120000`;

const page = (monday: string, events: PageEvent[]) =>
  buildWeekPage({ ...WEEK_EN_OPTIONS, firstDay: monday, events });

/** The badge shows this week only: a past week is read once its days are stored. */
async function storedDay(s: Session, day: string): Promise<boolean> {
  const ext = await s.extensionPage();
  return ext.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('polarity');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const found = await new Promise<unknown>((ok) => {
      const r = db.transaction('days').objectStore('days').get([0, key]);
      r.onsuccess = () => ok(r.result);
      r.onerror = () => ok(undefined);
    });
    db.close();
    return found !== undefined;
  }, day);
}

/** Polls outside a test (beforeAll), failing with what it waited for. */
async function until(ok: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await ok().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`waited for ${what}; it never happened`);
}

/** Two past weeks read from their pages, then this week's page, left open. */
async function readHistory(s: Session, past: PageEvent[][], thisWeek: PageEvent[]): Promise<Page> {
  const calendar = await openCalendar(s, '<!doctype html><title>empty</title>', '/');
  for (const [i, events] of past.entries()) {
    const monday = addDay(MON, -7 * (past.length - i));
    s.serve(page(monday, events));
    await calendar.goto(`${CALENDAR}${weekPath(monday)}`);
    await until(() => storedDay(s, addDay(monday, 4)), `the week of ${monday} stored`);
  }
  s.serve(page(MON, thisWeek));
  await calendar.goto(`${CALENDAR}${weekPath(MON)}`);
  await waitForBadge(s, (b) => b.text === '3%');
  return calendar;
}

/** Polarity's notifications of one nudge kind (`streak`, `after-hours`). */
async function notifications(s: Session, kind: string): Promise<string[]> {
  const ext = await s.extensionPage();
  const all = Object.keys(await ext.evaluate(() => chrome.notifications.getAll()));
  return all.filter((id) => id.startsWith(`polarity:["${kind}",0,`));
}

const alarmAt = async (s: Session, name: string) =>
  (await s.extensionPage()).evaluate(
    async (n) => (await chrome.alarms.get(n))?.scheduledTime,
    name,
  );

/**
 * Fires a kind's alarm now and waits until the kind has run to its end: it
 * always arms its alarm again last, for `next` (a time the test knows).
 */
async function runKind(s: Session, calendar: Page, name: string, next: number) {
  const ext = await s.extensionPage();
  // Toasts go to the account's active calendar tab.
  await calendar.bringToFront();
  await ext.evaluate((n) => chrome.alarms.create(n, { when: Date.now() + 50 }), name);
  await expect.poll(() => alarmAt(s, name), { timeout: 15_000 }).toBe(next);
}

describe('streak at risk', () => {
  const STREAK_ALARM = 'polarity-streak';
  const TITLE = 'Keep your 2 weeks on target';
  // 12 h of execution and 6 h of innovation: 33 %, on a 20 % target.
  const onTarget = (monday: string): PageEvent[] => [
    ...[0, 1, 2, 3].map((i) => ({
      title: 'Ops review',
      day: addDay(monday, i),
      start: '09:00',
      end: '12:00',
    })),
    ...[0, 1].map((i) => ({
      title: 'Prototype lab',
      day: addDay(monday, i),
      start: '14:00',
      end: '17:00',
    })),
  ];
  let s: Session;
  let calendar: Page;

  beforeAll(async () => {
    s = await launch();
    await setWorkerClock(s, at(2, 10));
    calendar = await readHistory(
      s,
      [onTarget(addDay(MON, -14)), onTarget(addDay(MON, -7))],
      plannedWeek(MON),
    );
  });

  afterAll(async () => {
    await s?.close();
  });

  test('on Wednesday it is not late in the week yet: nothing is said, it waits for Thursday 14:00', async () => {
    await setWorkerClock(s, at(2, 10));
    await runKind(s, calendar, STREAK_ALARM, at(3, 14));
    expect(await notifications(s, 'streak')).toEqual([]);
    expect(await calendar.getByRole('region', { name: TITLE }).count()).toBe(0);
  });

  test('late in the week, below target after two weeks on target: one nudge with a free slot', async () => {
    await setWorkerClock(s, at(3, 15));
    await runKind(s, calendar, STREAK_ALARM, at(10, 14));
    await expect.poll(() => notifications(s, 'streak')).toHaveLength(1);
    const toast = calendar.getByRole('region', { name: TITLE });
    await expect.poll(() => toast.count()).toBe(1);
    const text = (await toast.textContent()) ?? '';
    expect(text).toContain('This week is planned at 3% against a 20% target. Book 7 h more:');
    // The longest free time in working hours from now on: Friday morning.
    expect(text).toMatch(/Book 7 h more: Fri, \w+ \d+, 9:00\sAM\s–\s12:00\sPM is free\./);
    expect(await toast.getByRole('button', { name: 'Book the slot' }).count()).toBe(1);
  });

  test('said once: dismissed, and the next run this week says nothing', async () => {
    const toast = calendar.getByRole('region', { name: TITLE });
    await toast.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notifications(s, 'streak')).toEqual([]);
    await expect.poll(() => toast.count()).toBe(0);

    await setWorkerClock(s, at(4, 10));
    await runKind(s, calendar, STREAK_ALARM, at(10, 14));
    expect(await notifications(s, 'streak')).toEqual([]);
    expect(await toast.count()).toBe(0);
  });
});

describe('after-hours innovation as a pattern', () => {
  const PATTERN_ALARM = 'polarity-after-hours-pattern';
  const TITLE = 'Innovation after hours, two weeks running';
  // 6 h of the week's 7 h of innovation in the evenings (working hours end at 18:00).
  const evenings = (monday: string): PageEvent[] => [
    ...[0, 1, 2, 3].map((i) => ({
      title: 'Ops review',
      day: addDay(monday, i),
      start: '09:00',
      end: '12:00',
    })),
    ...[0, 1, 2].map((i) => ({
      title: 'Prototype lab',
      day: addDay(monday, i),
      start: '19:00',
      end: '21:00',
    })),
    { title: 'Prototype lab', day: addDay(monday, 3), start: '14:00', end: '15:00' },
  ];
  let s: Session;
  let calendar: Page;

  beforeAll(async () => {
    s = await launch();
    await setWorkerClock(s, at(0, 10));
    calendar = await readHistory(
      s,
      [evenings(addDay(MON, -14)), evenings(addDay(MON, -7))],
      plannedWeek(MON),
    );
  });

  afterAll(async () => {
    await s?.close();
  });

  test('two weeks running mostly after hours: said once, with the reason', async () => {
    await setWorkerClock(s, at(0, 10));
    // Checked again when next week starts, at its first working hour.
    await runKind(s, calendar, PATTERN_ALARM, at(7, 9));
    await expect.poll(() => notifications(s, 'after-hours')).toHaveLength(1);
    const toast = calendar.getByRole('region', { name: TITLE });
    await expect.poll(() => toast.count()).toBe(1);
    expect(await toast.textContent()).toContain(
      'Most of your innovation was outside working hours for two weeks. That path leads to burnout: book it inside the working day.',
    );
  });

  test("its slot is inside working hours: the button opens Calendar's new-event page there", async () => {
    const toast = calendar.getByRole('region', { name: TITLE });
    const opened = s.context.waitForEvent('page');
    await toast.getByRole('button', { name: 'Book the slot' }).click();
    const booking = await opened;
    await booking.waitForURL((u) => u.href.startsWith(CALENDAR));
    const url = new URL(booking.url());
    expect(url.pathname).toBe('/calendar/u/0/r/eventedit');
    // Monday to Thursday are full until 17:00; Friday morning, not an evening.
    expect(url.searchParams.get('dates')).toBe(FRIDAY_9_TO_12);
    await booking.close();
    // Acted on: the notification and the toast go.
    await expect.poll(() => notifications(s, 'after-hours')).toEqual([]);
    await expect.poll(() => toast.count()).toBe(0);
  });

  test('not said again: the next run of the same weeks says nothing', async () => {
    await setWorkerClock(s, at(2, 11));
    await runKind(s, calendar, PATTERN_ALARM, at(7, 9));
    expect(await notifications(s, 'after-hours')).toEqual([]);
    expect(await calendar.getByRole('region', { name: TITLE }).count()).toBe(0);
  });
});
