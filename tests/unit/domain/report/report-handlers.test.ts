import { googleUrls } from '@/utils/gcal/urls';
import { expect, test } from 'vitest';
import { reportHandlers } from '@/utils/background/report-handlers';
import { saveSnapshot } from '@/utils/domain/db/days';
import { recordPageStatus } from '@/utils/domain/db/meta';
import { setTag } from '@/utils/domain/db/tags';
import { DB_VERSION, openPolarityDb, type Db } from '@/utils/domain/db/schema';
import { DATA_EXPORT_VERSION } from '@/utils/domain/export/data-export';
import type { WeekReport } from '@/utils/domain/report/week-report';
import {
  DEFAULT_SETTINGS,
  rulesItem,
  settingsItem,
  type Settings,
} from '@/utils/domain/settings/settings';
import type { CalEvent, Snapshot } from '@/utils/shared/types';
import { at, calEvent, override } from './events';

const now = at(25, 12);
const weekDays = (first: number) =>
  Array.from({ length: 7 }, (_, i) => {
    const d = new Date(2026, 10, first + i);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

const snap = (events: CalEvent[], over: Partial<Snapshot> = {}): Snapshot => ({
  account: 0,
  view: 'week',
  fullDays: weekDays(23),
  partialDays: [],
  events,
  status: 'ok',
  weekStartsOn: 1,
  readAt: now,
  ...over,
});

async function setup(name: string, ...snaps: Snapshot[]) {
  const db = openPolarityDb(name);
  for (const s of snaps) {
    if (s.status === 'ok') await saveSnapshot(await db, s);
    await recordPageStatus(await db, s);
  }
  return db;
}

const handlers = (db: Promise<Db>, settings: Partial<Settings> = {}) =>
  reportHandlers({
    db,
    now: () => now,
    urls: googleUrls,
    settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
  });

const week = async (db: Promise<Db>, offset = 0, settings: Partial<Settings> = {}) => {
  const r = await handlers(db, settings).getWeekReport({ offset }, {});
  if (r.state !== 'week') throw new Error(`expected a week, got ${r.state}`);
  return r as WeekReport;
};

const thisWeek = [
  calEvent('a', 'Standup', 24, 9, 12),
  calEvent('b', 'Prototype review', 25, 9, 10),
  calEvent('c', 'Research spike', 26, 19, 21),
];

test('nothing ever read is the first run', async () => {
  const db = openPolarityDb('rh-0');
  expect(await handlers(db).getWeekReport({ offset: 0 }, {})).toEqual({
    state: 'first-run',
    calendarUrl: 'https://calendar.google.com/calendar/u/0/r/week',
  });
});

test('the report of the current week matches its events, with an eight-week trend', async () => {
  const db = await setup('rh-1', snap(thisWeek));
  const r = await week(Promise.resolve(db));
  expect(r.isoWeek).toBe('2026-W48');
  expect(r.split).toMatchObject({ innovationPercent: 50, executionMin: 180, innovationMin: 180 });
  expect(r.afterHours).toMatchObject({ afterHoursMin: 120, percent: 67, high: true });
  expect(r.coverage).toMatchObject({ seen: 7, total: 7, missing: [] });
  expect(r.blocks.map((b) => b.title)).toEqual(['Prototype review', 'Research spike']);
  expect(r.largest.map((i) => i.title)).toEqual(['Standup']);
  expect(r.trend).toHaveLength(8);
  expect(r.trend.at(-1)).toMatchObject({ isoWeek: '2026-W48', innovationPercent: 50 });
  expect(r.trend[0]).toMatchObject({ isoWeek: '2026-W41', daysSeen: 0 });
  expect(r.trend[0]).not.toHaveProperty('innovationPercent');
  expect(r.events).toHaveLength(3);
  expect(r.accounts).toEqual([0]);
});

test('another week is read by offset, and an unseen one reports no data', async () => {
  const db = Promise.resolve(
    await setup(
      'rh-2',
      snap([calEvent('p', 'Strategy', 16, 9, 10)], { fullDays: weekDays(16).slice(0, 5) }),
      snap(thisWeek),
    ),
  );
  const last = await week(db, -1);
  expect(last.days[0]).toBe('2026-11-16');
  expect(last.coverage).toMatchObject({ seen: 5, missing: ['2026-11-21', '2026-11-22'] });
  expect(last.split.innovationPercent).toBe(100);
  const next = await week(db, 1);
  expect(next).toMatchObject({ hasData: false, offset: 1 });
  expect(next.coverage.calendarUrl).toBe(
    'https://calendar.google.com/calendar/u/0/r/week/2026/11/30',
  );
});

test('the week start follows the setting, or the page when the setting is "google"', async () => {
  const db = Promise.resolve(await setup('rh-3', snap(thisWeek, { weekStartsOn: 0 })));
  expect((await week(db)).days[0]).toBe('2026-11-22');
  expect((await week(db, 0, { weekStart: 6 })).days[0]).toBe('2026-11-21');
});

test('settings drive the target and the working hours', async () => {
  const db = Promise.resolve(await setup('rh-4', snap(thisWeek)));
  const r = await week(db, 0, { targetPercent: 40, workEnd: 22 * 60 });
  expect(r.split).toMatchObject({ targetPercent: 40, vsTarget: 10 });
  expect(r.afterHours).toMatchObject({ afterHoursMin: 0, high: false });
});

test("overrides of the week only, and the page's unreadable state with its reason", async () => {
  const db = await setup(
    'rh-5',
    snap(thisWeek),
    snap([], { status: 'unreadable', reason: 'no event chips found' }),
  );
  const block = thisWeek[1]!;
  const older = calEvent('old', 'Vision', 10, 9, 10);
  await db.put('overrides', override(block));
  await db.put('overrides', override(older, { key: 'o-old', weekStart: at(9, 0) }));
  await db.put('overrides', override(block, { key: 'o-other', account: 1 }));
  const r = await week(Promise.resolve(db));
  expect(r.unreadable).toBe('no event chips found');
  expect(r.blocks.find((b) => b.id === 'b')).toMatchObject({
    status: 'overridden',
    minutesLost: 60,
  });
  expect(r.blocks.map((b) => b.id)).not.toContain('old');
});

test('the account shown is the one last viewed, and every account seen is listed', async () => {
  const db = Promise.resolve(
    await setup(
      'rh-6',
      snap(thisWeek),
      snap([calEvent('z', 'Board prep', 24, 9, 10)], { account: 2 }),
    ),
  );
  const r = await week(db);
  expect(r.account).toBe(2);
  expect(r.accounts).toEqual([0, 2]);
  expect(r.events.map((e) => e.title)).toEqual(['Board prep']);
});

test('a nonsense offset falls back to this week, a huge one is bounded', async () => {
  const db = Promise.resolve(await setup('rh-7', snap(thisWeek)));
  expect((await week(db, Number.NaN)).offset).toBe(0);
  expect((await week(db, 1e9)).offset).toBe(520);
});

test('the JSON export holds days, tags, overrides and settings, with a format version', async () => {
  const db = await setup('rh-8', snap(thisWeek));
  await db.put('overrides', override(thisWeek[1]!));
  await db.put('tags', {
    account: 0,
    scope: 'series',
    id: 'a',
    category: 'execution',
    title: 'Standup',
    at: now,
  });
  const data = await handlers(Promise.resolve(db), { targetPercent: 25 }).exportData({}, {});
  expect(data).toMatchObject({
    format: 'polarity-data',
    version: DATA_EXPORT_VERSION,
    dbVersion: DB_VERSION,
    exportedAt: new Date(now).toISOString(),
  });
  expect(data.days).toHaveLength(7);
  expect(data.tags).toHaveLength(1);
  expect(data.overrides).toHaveLength(1);
  expect(data.settings.targetPercent).toBe(25);
  expect(JSON.parse(JSON.stringify(data))).toEqual(data);
});

test('without injected settings the stored ones are used', async () => {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, targetPercent: 10 });
  const db = openPolarityDb('rh-9');
  await recordPageStatus(await db, snap(thisWeek));
  await saveSnapshot(await db, snap(thisWeek));
  const r = await reportHandlers({ db, now: () => now, urls: googleUrls }).getWeekReport(
    { offset: 0 },
    {},
  );
  expect(r.state === 'week' && r.split.targetPercent).toBe(10);
});

test('hand tags count in the report as they do on the badge', async () => {
  const db = await setup('rh-10', snap(thisWeek));
  await db.put('tags', {
    account: 0,
    scope: 'series',
    id: 'a',
    category: 'innovation',
    title: 'Standup',
    at: now,
  });
  const r = await week(Promise.resolve(db));
  expect(r.split.innovationPercent).toBe(100);
  expect(r.events.find((e) => e.id === 'a')!.reason).toBe('Series tag');
});

test('a storage-full problem recorded by the background travels with the week', async () => {
  const { storageProblemItem } = await import('@/utils/shared/storage-problem');
  const db = setup('rh-storage', snap(thisWeek));
  expect((await week(db)).storageProblem).toBeUndefined();
  await storageProblemItem.setValue({ at: now, what: 'the latest calendar changes' });
  expect((await week(db)).storageProblem).toEqual({ at: now, what: 'the latest calendar changes' });
});

test('the week is computed once and kept until the background says data changed', async () => {
  const db = setup('rh-cache', snap(thisWeek));
  const h = handlers(db);
  const first = await h.getWeekReport({ offset: 0 }, {});
  // A write that bypasses the background's refresh is not seen...
  await saveSnapshot(await db, snap([...thisWeek, calEvent('d', 'Strategy offsite', 27, 9, 17)]));
  expect(await h.getWeekReport({ offset: 0 }, {})).toEqual(first);
  // ...until the cache is dropped, as every refresh does.
  h.invalidate();
  const after = await h.getWeekReport({ offset: 0 }, {});
  expect(after).not.toEqual(first);
  expect((after as WeekReport).split.innovationMin).toBeGreaterThan(
    (first as WeekReport).split.innovationMin,
  );
});

test('the review page’s week: counted events with category, reason and tags, a rule saved a moment ago in force', async () => {
  const db = setup(
    'review-week',
    snap([
      ...thisWeek,
      calEvent('d', 'Vendor pitch', 27, 9, 10, { declined: true }),
      calEvent('e', 'Offsite', 27, 0, 0, { kind: 'allday' }),
    ]),
  );
  const h = handlers(db);
  await setTag(await db, {
    account: 0,
    scope: 'event',
    id: 'a',
    category: 'innovation',
    title: 'Standup',
    at: now,
  });
  await rulesItem.setValue([
    { id: 'r', when: { type: 'regex', pattern: '^research' }, category: 'excluded' },
  ]);
  const r = await h.getWeekEvents({ offset: 0 }, {});
  if (r.state !== 'week') throw new Error(r.state);
  expect(r.calendarUrl).toBe(googleUrls.week(0, '2026-11-23'));
  expect(r.events.map((e) => [e.title, e.category, e.source, e.reason, e.eventTag])).toEqual([
    ['Standup', 'innovation', 'tag', 'Tagged by you', 'innovation'],
    ['Prototype review', 'innovation', 'default', "Auto: keyword 'prototype'", undefined],
    ['Research spike', 'excluded', 'rule', 'Rule 1: title matches /^research/i', undefined],
  ]);
  // Asked again after a change: no stale answer.
  await rulesItem.setValue([]);
  const again = await h.getWeekEvents({ offset: 0 }, {});
  expect(again.state === 'week' && again.events[2]!.source).toBe('default');
  expect(await handlers(openPolarityDb('review-empty')).getWeekEvents({ offset: 0 }, {})).toEqual({
    state: 'first-run',
    calendarUrl: googleUrls.week(0),
  });
});

test('the week ahead: on the current week only, with next week and the block name', async () => {
  const db = setup('ahead', snap(thisWeek));
  const current = await week(db, 0, { blockName: 'Deep work' });
  expect(current.ahead!.weeks.map((w) => w.which)).toEqual(['this', 'next']);
  const [thisOne, next] = current.ahead!.weeks;
  // 3 h execution, 3 h innovation: 50 %, on target; next week was never shown.
  expect(thisOne).toMatchObject({ plannedPercent: 50, gapMin: 0, daysSeen: 7 });
  expect(next).toMatchObject({ daysSeen: 0, slots: [] });
  expect(current.ahead!.blockName).toBe('Deep work');
  const below = await week(db, 0, { targetPercent: 80 });
  const slot = below.ahead!.weeks[0]!.slots[0]!;
  expect(new URL(slot.url).searchParams.get('text')).toBe('Innovation time');
  expect(slot.start).toBeGreaterThanOrEqual(now);
  expect((await week(db, -1)).ahead).toBeUndefined();
});
