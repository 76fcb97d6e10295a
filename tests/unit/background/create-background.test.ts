import { expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, rulesItem, settingsItem } from '@/utils/domain/settings/settings';
import type { CalEvent, Snapshot } from '@/utils/shared/types';
import { calEvent } from '../sample-week';
import { setupBackground } from '../background-setup';

const now = new Date(2026, 10, 24, 12).getTime();
const days = ['23', '24', '25', '26', '27', '28', '29'].map((d) => `2026-11-${d}`);

const event = (id: string, title: string, d: number, h1: number, h2: number) =>
  calEvent(id, title, d, h1, h2);
const snap = (events: CalEvent[], over: Partial<Snapshot> = {}): Snapshot => ({
  account: 0,
  view: 'week',
  fullDays: days,
  partialDays: [],
  events,
  status: 'ok',
  readAt: now,
  ...over,
});

function setup(name: string) {
  return setupBackground({ now }, name);
}

test('a snapshot sets the badge to the week split', async () => {
  const { sink, bg } = setup('bg-1');
  await bg.applySnapshot(
    snap([event('a', 'Standup', 24, 9, 12), event('b', 'Prototype review', 25, 9, 10)]),
    {},
  );
  expect(sink.text).toBe('25%');
  expect(sink.title).toContain('7 of 7 days seen');
});

test('the badge is restored from IndexedDB by a fresh background', async () => {
  const first = setup('bg-2');
  await first.bg.applySnapshot(
    snap([event('a', 'Strategy', 24, 9, 10), event('b', 'Ops', 24, 10, 11)]),
    {},
  );
  const second = setup('bg-2');
  await second.bg.refresh();
  expect(second.sink.text).toBe('50%');
});

test("an unreadable page keeps the stored week and says it can't read the view", async () => {
  const { sink, bg, db } = setup('bg-3');
  await bg.applySnapshot(snap([event('a', 'Strategy', 24, 9, 10)]), {});
  await bg.applySnapshot(
    snap([], {
      status: 'unreadable',
      reason: "can't read this view: 4 event chips found, none readable",
    }),
    {},
  );
  expect(sink.text).toBe('?');
  expect(sink.title).toBe(
    "Polarity: can't read this view: 4 event chips found, none readable. Stored figures are unchanged.",
  );
  const stored = await (await db).getAll('days');
  expect(stored.flatMap((d) => d.events).map((e) => e.id)).toEqual(['a']);
});

test('the badge follows the target and week start in settings', async () => {
  const { settingsItem, DEFAULT_SETTINGS } = await import('@/utils/domain/settings/settings');
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, targetPercent: 60 });
  const { sink, bg } = setup('bg-4');
  await bg.applySnapshot(
    snap([event('a', 'Strategy', 24, 9, 10), event('b', 'Ops', 24, 10, 11)]),
    {},
  );
  expect(sink.text).toBe('50%');
  expect(sink.title).toContain('target 60%');
  expect(sink.color).toBe('#f6c26b'); // BADGE_COLORS.belowTarget
});

test('two accounts never mix: the badge follows the account last viewed and names it', async () => {
  const { sink, bg } = setup('bg-accounts');
  await bg.applySnapshot(
    snap([event('a', 'Strategy', 24, 9, 10), event('b', 'Ops', 24, 10, 11)]),
    {},
  );
  expect(sink.text).toBe('50%');
  expect(sink.title).not.toContain('account');
  await bg.applySnapshot(snap([event('c', 'Ops review', 24, 9, 12)], { account: 1 }), {});
  expect(sink.text).toBe('0%');
  expect(sink.title).toContain('(account u/1)');
  await bg.applySnapshot(
    snap([event('a', 'Strategy', 24, 9, 10), event('b', 'Ops', 24, 10, 11)]),
    {},
  );
  expect(sink.text).toBe('50%');
  expect(sink.title).toContain('(account u/0)');
});

test('the popup week follows every snapshot, though the background keeps it ready', async () => {
  const { bg } = setup('bg-report-cache');
  const percent = async () => {
    const r = await bg.handlers.getWeekReport!({ offset: 0 }, {});
    return r.state === 'week' ? r.split.innovationPercent : undefined;
  };
  await bg.applySnapshot(
    snap([event('a', 'Strategy', 24, 9, 10), event('b', 'Ops', 24, 10, 11)]),
    {},
  );
  expect(await percent()).toBe(50);
  await bg.applySnapshot(
    snap([event('a', 'Strategy', 24, 9, 10), event('b', 'Ops', 24, 10, 13)]),
    {},
  );
  expect(await percent()).toBe(25);
});

test('the popup week follows rules and keyword edits, though settings and rules are kept in memory', async () => {
  const { bg } = setup('bg-report-kept-settings');
  const percent = async () => {
    const r = await bg.handlers.getWeekReport!({ offset: 0 }, {});
    return r.state === 'week' ? r.split.innovationPercent : undefined;
  };
  await bg.applySnapshot(
    snap([event('a', 'Strategy', 24, 9, 10), event('b', 'Ops', 24, 10, 11)]),
    {},
  );
  expect(await percent()).toBe(50);
  await rulesItem.setValue([
    { id: 'r', when: { type: 'keywords', keywords: ['ops'] }, category: 'innovation' },
  ]);
  await vi.waitFor(async () => expect(await percent()).toBe(100));
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, innovationKeywords: ['nothing'] });
  await vi.waitFor(async () => expect(await percent()).toBe(50));
});
