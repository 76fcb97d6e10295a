import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HELD_ALARM } from '@/utils/background/nudges/innovation-taken';
import { BADGE_COLORS } from '@/utils/domain/badge';
import { settingsItem, DEFAULT_SETTINGS } from '@/utils/domain/settings/settings';
import { NEXT_WEEK, WEEK, at, ev, snapshot } from './helpers';
import { fromTab, setupBackground } from '../background-setup';

const ops = ev('o', 'Ops review', 24, 9, 10);
const strategy = ev('s', 'Strategy offsite prep', 24, 15, 17);
const budget = ev('b', 'Budget approvals', 24, 16, 16.75);
const week = [ops, strategy];
const taken = [ops, strategy, budget];

test('a meeting over a block: one override, one notification, one toast in its tab, a red badge', async () => {
  const clock = { now: at(24, 10) };
  const { bg, db, sink, calls } = setupBackground(clock);
  await bg.applySnapshot(snapshot(week), fromTab(7));
  expect(calls.notify).toEqual([]);
  expect(sink.color).not.toBe(BADGE_COLORS.override);

  await bg.applySnapshot(snapshot(taken), fromTab(7));
  expect(calls.notify).toHaveLength(1);
  expect(calls.notify[0]).toMatchObject({
    title: 'Innovation time taken: Strategy offsite prep',
    buttons: ['Rebook', 'Open in Calendar'],
  });
  // The when in the browser's language (en-US here), by Intl: spaces around the dash may be thin.
  expect(calls.notify[0]!.message).toMatch(
    /^“Budget approvals” overlaps it: 45 min lost\.\nTue, Nov 24, 3:00\s–\s5:00\sPM$/u,
  );
  expect(calls.toast).toMatchObject([
    { tabId: 7, account: 0, nudges: [{ title: calls.notify[0]!.title }] },
  ]);
  expect(sink.color).toBe(BADGE_COLORS.override);
  expect(sink.title).toContain('1 override of innovation time open');
  const [record] = await (await db).getAll('overrides');
  expect(record).toMatchObject({
    state: 'open',
    nudge: 'sent',
    minutesLost: 45,
    weekStart: WEEK.start,
  });
  // The next free 45 minutes after now (10:00), past the ops review.
  expect(record!.rebook).toEqual({ start: at(24, 10), end: at(24, 10.75) });
});

test('seen again, from another tab or after a restart: nothing new', async () => {
  const clock = { now: at(24, 10) };
  const first = setupBackground(clock);
  await first.bg.applySnapshot(snapshot(week), fromTab(1));
  await first.bg.applySnapshot(snapshot(taken), fromTab(1));
  await first.bg.applySnapshot(snapshot(taken), fromTab(2));
  const restarted = setupBackground(clock, first.dbName);
  await restarted.bg.applySnapshot(snapshot(taken), fromTab(3));
  expect(first.calls.notify).toHaveLength(1);
  expect(restarted.calls.notify).toEqual([]);
  expect(restarted.calls.toast).toEqual([]);
  expect(await (await first.db).count('overrides')).toBe(1);
  await restarted.bg.refresh();
  expect(restarted.sink.color).toBe(BADGE_COLORS.override);
});

test('the meeting moved away: the override closes by itself and the badge is no longer red', async () => {
  const clock = { now: at(24, 10) };
  const { bg, db, sink, calls } = setupBackground(clock);
  await bg.applySnapshot(snapshot(week), {});
  await bg.applySnapshot(snapshot(taken), {});
  const later = { ...budget, start: at(24, 17), end: at(24, 17.75) };
  await bg.applySnapshot(snapshot([ops, strategy, later]), {});
  expect(await (await db).getAll('overrides')).toMatchObject([
    { state: 'restored', closedAt: at(24, 10) },
  ]);
  expect(sink.color).not.toBe(BADGE_COLORS.override);
  // Back again: open again (red), but the nudge is not repeated.
  await bg.applySnapshot(snapshot(taken), {});
  expect(sink.color).toBe(BADGE_COLORS.override);
  expect(calls.notify).toHaveLength(1);
});

test('moved out of the week (found in next week) vs deleted', async () => {
  const clock = { now: at(24, 10) };
  const { bg, db } = setupBackground(clock);
  const think = ev('t', 'Think time', 25, 11, 12);
  await bg.applySnapshot(snapshot([...week, think]), {});
  const nextWeek = { ...strategy, day: NEXT_WEEK.days[1]!, start: at(31, 15), end: at(31, 17) };
  await bg.applySnapshot(snapshot([nextWeek], { fullDays: NEXT_WEEK.days }), {});
  await bg.applySnapshot(snapshot([ops]), {});
  const records = await (await db).getAll('overrides');
  expect(records.map((o) => [o.block.id, o.cause, o.minutesLost]).sort()).toEqual([
    ['s', 'moved-out', 120],
    ['t', 'deleted', 60],
  ]);
});

test('a month view with "N more" days never deletes', async () => {
  const clock = { now: at(24, 10) };
  const { bg, db } = setupBackground(clock);
  await bg.applySnapshot(snapshot(week), {});
  await bg.applySnapshot(
    snapshot([ops], { view: 'month', fullDays: [], partialDays: WEEK.days }),
    {},
  );
  expect(await (await db).count('overrides')).toBe(0);
});

test('outside working hours the nudge is held, then delivered at the next working moment', async () => {
  const clock = { now: at(24, 19) };
  const { bg, db, sink, calls } = setupBackground(clock);
  const wed = ev('w', 'Research: interviews', 25, 11, 12.5);
  const call = ev('c', 'Escalation call', 25, 11, 11.5);
  await bg.applySnapshot(snapshot([wed]), fromTab(4));
  await bg.applySnapshot(snapshot([wed, call]), fromTab(4));
  expect(calls.notify).toEqual([]);
  expect(calls.toast).toEqual([]);
  expect(sink.color).toBe(BADGE_COLORS.override); // recorded at once
  const alarm = await fakeBrowser.alarms.get(HELD_ALARM);
  expect(alarm?.scheduledTime).toBe(at(25, 9));

  clock.now = at(25, 9);
  await fakeBrowser.alarms.onAlarm.trigger({
    name: HELD_ALARM,
    scheduledTime: at(25, 9),
    persistAcrossSessions: false,
  });
  await vi.waitFor(() => expect(calls.notify).toHaveLength(1));
  expect(calls.notify[0]!.message).toContain('30 min lost');
  // No tab to answer: the visible calendar tabs of the account get the toast.
  expect(calls.toast).toMatchObject([
    { account: 0, nudges: [{ key: calls.notify[0]!.id.slice(9) }] },
  ]);
  expect(await (await db).getAll('overrides')).toMatchObject([{ nudge: 'sent', state: 'open' }]);
});

test('a held nudge whose block is over by morning is never sent', async () => {
  const clock = { now: at(24, 19) };
  const { bg, db, calls } = setupBackground(clock);
  const late = ev('l', 'Prototype night', 24, 20, 22);
  const call = ev('c', 'Incident call', 24, 21, 21.5);
  await bg.applySnapshot(snapshot([late]), {});
  await bg.applySnapshot(snapshot([late, call]), {});
  clock.now = at(25, 9);
  await fakeBrowser.alarms.onAlarm.trigger({
    name: HELD_ALARM,
    scheduledTime: at(25, 9),
    persistAcrossSessions: false,
  });
  await vi.waitFor(async () =>
    expect(await (await db).getAll('overrides')).toMatchObject([{ nudge: 'skipped' }]),
  );
  expect(calls.notify).toEqual([]);
});

test('override nudges turned off: recorded, the badge red, nothing sent; quiet hours off: sent at night', async () => {
  await settingsItem.setValue({
    ...DEFAULT_SETTINGS,
    nudges: {
      ...DEFAULT_SETTINGS.nudges,
      overrides: false,
      nextWeek: true,
      quietOutsideWorkingHours: true,
    },
  });
  const clock = { now: at(24, 10) };
  const off = setupBackground(clock);
  await off.bg.applySnapshot(snapshot(week), {});
  await off.bg.applySnapshot(snapshot(taken), {});
  expect(off.calls.notify).toEqual([]);
  expect(off.sink.color).toBe(BADGE_COLORS.override);
  expect(await (await off.db).getAll('overrides')).toMatchObject([{ nudge: 'skipped' }]);

  await settingsItem.setValue({
    ...DEFAULT_SETTINGS,
    nudges: {
      ...DEFAULT_SETTINGS.nudges,
      overrides: true,
      nextWeek: true,
      quietOutsideWorkingHours: false,
    },
  });
  clock.now = at(24, 6);
  const loud = setupBackground(clock);
  await loud.bg.applySnapshot(snapshot(week), {});
  await loud.bg.applySnapshot(snapshot(taken), {});
  expect(loud.calls.notify).toHaveLength(1);
});
