import { afterEach, beforeEach, expect, test } from 'vitest';
import { daysInRange, saveSnapshot } from '@/utils/domain/db/days';
import { openPolarityDb, type Db } from '@/utils/domain/db/schema';
import type { CalEvent, Snapshot } from '@/utils/shared/types';

let db: Db;
let n = 0;
beforeEach(async () => {
  db = await openPolarityDb(`test-days-${n++}`);
});
afterEach(() => db.close());

const event = (id: string, day: string): CalEvent => ({
  eid: id,
  id,
  seriesId: id,
  calendarId: 'me@example.com',
  title: id,
  day,
  start: 0,
  end: 1,
  kind: 'timed',
  declined: false,
  hasGuests: false,
});
const snap = (over: Partial<Snapshot>): Snapshot => ({
  account: 0,
  view: 'week',
  fullDays: [],
  partialDays: [],
  events: [],
  status: 'ok',
  readAt: 1,
  ...over,
});

test('a day shown in full replaces its stored events', async () => {
  await saveSnapshot(
    db,
    snap({
      fullDays: ['2026-11-24'],
      events: [event('a', '2026-11-24'), event('b', '2026-11-24')],
    }),
  );
  await saveSnapshot(db, snap({ fullDays: ['2026-11-24'], events: [event('b', '2026-11-24')] }));
  const [day] = await daysInRange(db, 0, '2026-11-24', '2026-11-24');
  expect(day?.events.map((e) => e.id)).toEqual(['b']);
  expect(day?.full).toBe(true);
});

test('a day shown in full with no events is stored empty (seen, nothing booked)', async () => {
  await saveSnapshot(db, snap({ fullDays: ['2026-11-25'] }));
  expect(await daysInRange(db, 0, '2026-11-25', '2026-11-25')).toMatchObject([
    { events: [], full: true },
  ]);
});

test('a partly shown day adds and updates but never deletes', async () => {
  await saveSnapshot(
    db,
    snap({
      fullDays: ['2026-11-24'],
      events: [event('a', '2026-11-24'), event('b', '2026-11-24')],
    }),
  );
  await saveSnapshot(
    db,
    snap({
      partialDays: ['2026-11-24'],
      events: [{ ...event('b', '2026-11-24'), title: 'B2' }, event('c', '2026-11-24')],
    }),
  );
  const [day] = await daysInRange(db, 0, '2026-11-24', '2026-11-24');
  expect(day?.events.map((e) => `${e.id}:${e.title}`).sort()).toEqual(['a:a', 'b:B2', 'c:c']);
  expect(day?.full).toBe(true);
});

test('accounts never mix, and other days are untouched', async () => {
  await saveSnapshot(db, snap({ fullDays: ['2026-11-24'], events: [event('a', '2026-11-24')] }));
  await saveSnapshot(db, snap({ account: 1, fullDays: ['2026-11-24', '2026-11-25'] }));
  expect(
    (await daysInRange(db, 0, '2026-11-20', '2026-11-30')).map((d) => d.events.length),
  ).toEqual([1]);
  expect(await daysInRange(db, 1, '2026-11-20', '2026-11-30')).toHaveLength(2);
});
