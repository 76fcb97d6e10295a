import { expect, test } from 'vitest';
import { openPolarityDb } from '@/utils/domain/db/schema';
import { forgetUnreadable, unreadableCount } from '@/utils/domain/db/heal';
import { chooseServes, listServes, servesOf } from '@/utils/domain/db/serves';
import { chooseTag } from '@/utils/domain/db/tags';

let n = 0;
const ops = { kind: 'series', key: 'ops', title: 'Ops review' } as const;
const incident = { kind: 'title', key: 'incident process', title: 'Incident process' } as const;
const event = { id: 'lab-1', seriesId: 'lab' };

test('an event link comes before its series link; a series link replaces the instance one', async () => {
  const db = await openPolarityDb(`serves-${n++}`);
  const base = { account: 0, eventId: 'lab-1', at: 1 };
  await chooseServes(db, { ...base, scope: 'series', id: 'lab', target: ops });
  expect(await servesOf(db, 0, event)).toEqual({ scope: 'series', target: ops });
  await chooseServes(db, { ...base, scope: 'event', id: 'lab-1', target: incident });
  expect(await servesOf(db, 0, event)).toEqual({ scope: 'event', target: incident });
  await chooseServes(db, { ...base, scope: 'series', id: 'lab', target: incident });
  expect((await listServes(db, 0)).map((s) => [s.scope, s.id])).toEqual([['series', 'lab']]);
  await chooseServes(db, { ...base, scope: 'series', id: 'lab', target: null });
  expect(await servesOf(db, 0, event)).toBeNull();
  expect(await servesOf(db, 1, event)).toBeNull();
});

test('a link goes with its tag when the tag stops being innovation, and stays otherwise', async () => {
  const db = await openPolarityDb(`serves-${n++}`);
  const tag = { account: 0, eventId: 'lab-1', title: 'Lab', at: 1 };
  await chooseServes(db, {
    account: 0,
    scope: 'series',
    id: 'lab',
    eventId: 'lab-1',
    target: ops,
    at: 1,
  });
  await chooseTag(db, { ...tag, scope: 'series', id: 'lab', category: 'innovation' });
  expect(await servesOf(db, 0, event)).not.toBeNull();
  await chooseTag(db, { ...tag, scope: 'series', id: 'lab', category: 'execution' });
  expect(await servesOf(db, 0, event)).toBeNull();

  await chooseServes(db, {
    account: 0,
    scope: 'event',
    id: 'lab-1',
    eventId: 'lab-1',
    target: ops,
    at: 1,
  });
  await chooseTag(db, { ...tag, scope: 'event', id: 'lab-1', category: null });
  expect(await servesOf(db, 0, event)).toBeNull();
  expect(await db.count('serves')).toBe(0);
});

test('a stored link that cannot be read is skipped and noted; the rest still works', async () => {
  const db = await openPolarityDb(`serves-${n++}`);
  forgetUnreadable();
  await chooseServes(db, {
    account: 0,
    scope: 'event',
    id: 'ok',
    eventId: 'ok',
    target: ops,
    at: 1,
  });
  // As an older build's mistake would leave it: a title target whose key is not its title's.
  await db.put('serves', {
    account: 0,
    scope: 'series',
    id: 'lab',
    target: { kind: 'title', key: 'nope', title: 'Ops review' },
    at: 1,
  });
  expect((await listServes(db, 0)).map((s) => s.id)).toEqual(['ok']);
  expect(await servesOf(db, 0, event)).toBeNull();
  expect(unreadableCount()).toBe(1);
  forgetUnreadable();
});
