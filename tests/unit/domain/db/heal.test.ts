import { expect, test } from 'vitest';
import { validateBackup } from '@/utils/domain/backup/validate-backup';
import { unreadableCount } from '@/utils/domain/db/heal';
import { unreadableDataItem } from '@/utils/shared/unreadable-data';
import type { CalEvent, Snapshot } from '@/utils/shared/types';
import { setupBackground } from '../../background-setup';
import { calEvent } from '../../sample-week';

// A stored record that can't be read or counted is skipped, the rest keeps
// working, and the popup and options say "some stored data could not be read".

const now = new Date(2026, 10, 24, 12).getTime();
const days = ['23', '24', '25', '26', '27', '28', '29'].map((d) => `2026-11-${d}`);
const snap = (events: CalEvent[]): Snapshot => ({
  account: 0,
  view: 'week',
  fullDays: days,
  partialDays: [],
  events,
  status: 'ok',
  readAt: now,
});

test('broken records are skipped: the popup, the badge and the export keep working', async () => {
  const { bg, db, sink } = setupBackground({ now });
  await bg.applySnapshot(
    snap([calEvent('a', 'Ops review', 24, 9, 12), calEvent('b', 'Prototype lab', 25, 9, 10)]),
  );
  expect(sink.text).toBe('25%');
  const store = await db;
  // What a bug, a bad restore or a damaged disk might leave behind.
  await store.put('meta', { key: 'lastAccount', value: { not: 'an account' } });
  await store.put('days', { account: 0, day: '2026-11-26', events: null, full: true } as never);
  await store.put('tags', { account: 0, scope: 'event', id: 'a', category: 'bogus' } as never);
  await store.put('overrides', { key: 'broken', account: 0 } as never);

  await bg.refresh();
  expect(sink.text).toBe('25%');
  const report = await bg.handlers.getWeekReport!({ offset: 0 }, {});
  expect(report.state).toBe('week');
  if (report.state !== 'week') return;
  expect(report.split?.innovationPercent).toBe(25);
  expect(report.unreadableData).toBe(4);
  expect(await unreadableDataItem.getValue()).toEqual({ count: 4 });

  const exported = await bg.handlers.exportData!({}, {});
  const check = validateBackup(JSON.parse(JSON.stringify(exported)));
  expect(check.ok ? 'valid' : check.reason).toBe('valid');
  expect(exported.days.map((d) => d.day)).not.toContain('2026-11-26');

  await bg.prune();
  expect(sink.text).toBe('25%');

  // Deleting everything clears the state with the records.
  const reset = await bg.handlers.resetData!({ confirm: 'delete-everything' }, {});
  expect(reset.ok).toBe(true);
  expect(unreadableCount()).toBe(0);
  expect(await unreadableDataItem.getValue()).toBeNull();
});
