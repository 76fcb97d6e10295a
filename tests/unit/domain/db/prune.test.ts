import { googleCalendar } from '@/utils/gcal/source';
import { expect, test, vi } from 'vitest';
import { createBackground } from '@/utils/background/create-background';
import { pruneHistory } from '@/utils/domain/db/prune';
import { openPolarityDb } from '@/utils/domain/db/schema';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/domain/settings/settings';
import { at, sampleDay, sampleEvent } from '../backup/sample-data';

const now = at(2026, 11, 25, 12);
let n = 0;

async function filled(name = `prune-${n++}`) {
  const db = await openPolarityDb(name);
  const oldEvent = sampleEvent('old', [2024, 11, 24]);
  const kept = sampleEvent('kept', [2024, 11, 25]);
  await db.put('days', sampleDay(0, [2024, 11, 24], [oldEvent])); // one day too old
  await db.put('days', sampleDay(1, [2023, 1, 2], [])); // much older, other account
  await db.put('days', sampleDay(0, [2024, 11, 25], [kept])); // exactly 24 months: kept
  await db.put('days', sampleDay(0, [2026, 11, 25], [sampleEvent('today', [2026, 11, 25])]));
  const tag = { account: 0, title: 't', category: 'innovation' } as const;
  await db.put('tags', { ...tag, scope: 'event', id: 'old', at: at(2024, 11, 24) });
  await db.put('tags', { ...tag, scope: 'event', id: 'kept', at: at(2024, 11, 20) }); // event still stored
  await db.put('tags', { ...tag, scope: 'event', id: 'future', at: at(2026, 11, 1) });
  await db.put('tags', { ...tag, scope: 'series', id: 'weekly', at: at(2020, 1, 1) });
  const target = { kind: 'title', key: 'ops review', title: 'Ops review' } as const;
  for (const [scope, id] of [
    ['event', 'old'],
    ['event', 'kept'],
    ['series', 'weekly'],
  ] as const) {
    await db.put('serves', { account: 0, scope, id, target, at: at(2024, 11, 1) });
  }
  const override = {
    account: 0,
    cause: 'deleted',
    minutesLost: 60,
    detectedAt: 0,
    state: 'open',
    weekStart: 0,
  } as const;
  await db.put('overrides', { ...override, key: 'old', block: oldEvent });
  await db.put('overrides', { ...override, key: 'kept', block: kept });
  await db.put('meta', { key: 'lastAccount', value: 0 });
  return db;
}

test('history older than the retention period goes; the rest, series tags and meta stay', async () => {
  const db = await filled();
  const result = await pruneHistory(db, now, 24);
  expect(result).toEqual({ keptFrom: '2024-11-25', serves: 1, days: 2, overrides: 1, tags: 1 });
  expect((await db.getAll('days')).map((d) => d.day)).toEqual(['2024-11-25', '2026-11-25']);
  expect((await db.getAll('overrides')).map((o) => o.key)).toEqual(['kept']);
  expect((await db.getAll('tags')).map((t) => t.id).sort()).toEqual(['future', 'kept', 'weekly']);
  // A link goes with its old event, like its tag; a series link stays.
  expect((await db.getAll('serves')).map((s) => s.id).sort()).toEqual(['kept', 'weekly']);
  expect(await db.count('meta')).toBe(1);
  // Nothing more to do the second time.
  expect(await pruneHistory(db, now, 24)).toMatchObject({ days: 0, overrides: 0, tags: 0 });
});

test('a shorter retention prunes more', async () => {
  const db = await filled();
  expect(await pruneHistory(db, now, 3)).toMatchObject({ keptFrom: '2026-08-25', days: 3 });
  expect((await db.getAll('days')).map((d) => d.day)).toEqual(['2026-11-25']);
});

test('a failed prune leaves everything as it was', async () => {
  const db = await filled();
  const before = await db.getAll('days');
  const del = vi.spyOn(IDBCursor.prototype, 'delete').mockImplementationOnce(() => {
    throw new DOMException('boom', 'UnknownError');
  });
  await expect(pruneHistory(db, now, 24)).rejects.toThrow('boom');
  del.mockRestore();
  expect(await db.getAll('days')).toEqual(before);
});

test('the background prunes on demand and when the retention setting changes', async () => {
  const name = `prune-${n++}`;
  (await filled(name)).close();
  const badge = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setTitle: vi.fn() };
  const db = openPolarityDb(name);
  const bg = createBackground({
    db,
    badge,
    now: () => now,
    source: googleCalendar,
    notifyTabs: async () => undefined,
  });
  await bg.prune();
  expect(await (await db).count('days')).toBe(2);

  await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionMonths: 3 });
  await vi.waitFor(async () => expect(await (await db).count('days')).toBe(1));
});
