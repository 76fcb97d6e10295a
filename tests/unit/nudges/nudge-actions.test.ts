import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NEXT_WEEK_ALARM } from '@/utils/background/nudges/next-week-empty';
import { notificationId } from '@/utils/background/nudges/nudge-service';
import { BADGE_COLORS } from '@/utils/domain/badge';
import { newEventUrl, weekUrl } from '@/utils/gcal/urls';
import { overrideKey } from '@/utils/background/nudges/innovation-taken/override-key';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/domain/settings/settings';
import { fromTab, setupBackground } from '../background-setup';
import { NEXT_WEEK, at, ev, snapshot } from './helpers';

const ops = ev('o', 'Ops review', 24, 9, 10);
const strategy = ev('s', 'Strategy offsite prep', 24, 15, 17);
const budget = ev('b', 'Budget approvals', 24, 16, 16.75);
const KEY = overrideKey(0, 's', 'overlap', 'b');

async function overridden() {
  const clock = { now: at(24, 10) };
  const s = setupBackground(clock);
  await s.bg.applySnapshot(snapshot([ops, strategy]), fromTab(3));
  await s.bg.applySnapshot(snapshot([ops, strategy, budget]), fromTab(3));
  return { ...s, clock, state: async () => (await (await s.db).get('overrides', KEY))!.state };
}

test("Rebook: Calendar's new-event page at the next free slot of the time lost; rebooked, and both surfaces close", async () => {
  const { bg, calls, sink, clock, state } = await overridden();
  clock.now = at(24, 10.1); // 10:06: the next quarter hour is 10:15
  expect(await bg.handlers.nudgeAction!({ key: KEY, action: 'rebook' }, fromTab(3))).toEqual({
    ok: true,
  });
  expect(calls.open).toEqual([
    newEventUrl(0, 'Strategy offsite prep', { start: at(24, 10.25), end: at(24, 11) }),
  ]);
  expect(calls.open[0]).toBe(
    'https://calendar.google.com/calendar/u/0/r/eventedit?text=Strategy%20offsite%20prep&dates=20261124T101500/20261124T110000',
  );
  expect(await state()).toBe('rebooked');
  expect(calls.clear).toEqual([notificationId(KEY)]);
  expect(calls.closed).toEqual([KEY]);
  expect(sink.color).not.toBe(BADGE_COLORS.override);
});

test('Rebook with this week full: next week', async () => {
  const { bg, calls, clock } = await overridden();
  clock.now = at(27, 17.5); // Friday 17:30
  await bg.handlers.nudgeAction!({ key: KEY, action: 'rebook' }, {});
  expect(calls.open[0]).toContain('&dates=20261130T090000/20261130T094500');
});

test('Open in Calendar: the event page; the override stays open (the badge too)', async () => {
  const { bg, calls, sink, state } = await overridden();
  await bg.handlers.nudgeAction!({ key: KEY, action: 'open' }, {});
  expect(calls.open).toEqual([
    `https://calendar.google.com/calendar/u/0/r/eventedit/${strategy.eid}`,
  ]);
  expect(await state()).toBe('open');
  expect(sink.color).toBe(BADGE_COLORS.override);
});

test('Open for a deleted block: its week', async () => {
  const clock = { now: at(24, 10) };
  const { bg, calls } = setupBackground(clock);
  await bg.applySnapshot(snapshot([ops, strategy]), {});
  await bg.applySnapshot(snapshot([ops]), {});
  await bg.handlers.nudgeAction!({ key: overrideKey(0, 's', 'deleted'), action: 'open' }, {});
  expect(calls.open).toEqual([weekUrl(0, '2026-11-24')]);
});

test('Dismiss from the toast, or closing the notification by hand', async () => {
  const a = await overridden();
  await a.bg.handlers.nudgeAction!({ key: KEY, action: 'dismiss' }, {});
  expect(await a.state()).toBe('dismissed');
  expect(a.calls.open).toEqual([]);
  expect(a.sink.color).not.toBe(BADGE_COLORS.override);

  const b = await overridden();
  await fakeBrowser.notifications.onClosed.trigger(notificationId(KEY), false); // our own clear()
  expect(await b.state()).toBe('open');
  await fakeBrowser.notifications.onClosed.trigger(notificationId(KEY), true);
  await vi.waitFor(async () => expect(await b.state()).toBe('dismissed'));
});

test('notification buttons: Rebook first, Open in Calendar second; a click on the body opens', async () => {
  const { calls, state } = await overridden();
  await fakeBrowser.notifications.onClicked.trigger(notificationId(KEY));
  await vi.waitFor(() => expect(calls.open[0]).toContain('/r/eventedit/'));
  await fakeBrowser.notifications.onButtonClicked.trigger(notificationId(KEY), 1);
  await vi.waitFor(() => expect(calls.open).toHaveLength(2));
  await fakeBrowser.notifications.onButtonClicked.trigger(notificationId(KEY), 0);
  await vi.waitFor(async () => expect(await state()).toBe('rebooked'));
  expect(calls.open[2]).toContain('/r/eventedit?text=Strategy%20offsite%20prep&dates=');
  // Other extensions' notifications and unknown keys are left alone.
  await fakeBrowser.notifications.onClicked.trigger('someone-else');
  expect(calls.open).toHaveLength(3);
});

test('bad requests from a page are refused', async () => {
  const { bg } = await overridden();
  const nudge = bg.handlers.nudgeAction!;
  expect(await nudge({ key: 'nope', action: 'dismiss' }, {})).toEqual({ ok: false });
  expect(await nudge({ key: KEY, action: 'delete' as 'dismiss' }, {})).toEqual({ ok: false });
});

test('the popup gets a Rebook link with the slot found at detection', async () => {
  const { bg } = await overridden();
  const report = await bg.handlers.getWeekReport!({ offset: 0 }, {});
  if (report.state !== 'week') throw new Error(report.state);
  const block = report.blocks.find((b) => b.id === 's')!;
  expect(block.overrides[0]!.rebookUrl).toBe(
    'https://calendar.google.com/calendar/u/0/r/eventedit?text=Strategy%20offsite%20prep&dates=20261124T100000/20261124T104500',
  );
});

async function lateWeek(events = [ops, strategy], nextDays?: { events: typeof events }) {
  const clock = { now: at(24, 10) };
  const s = setupBackground(clock);
  await s.bg.applySnapshot(snapshot(events), {});
  if (nextDays) {
    await s.bg.applySnapshot(snapshot(nextDays.events, { fullDays: NEXT_WEEK.days }), {});
  }
  await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(NEXT_WEEK_ALARM)).toBeDefined());
  const fire = async () => {
    clock.now = at(26, 14);
    const before = s.calls.notify.length;
    await fakeBrowser.alarms.onAlarm.trigger({
      name: NEXT_WEEK_ALARM,
      scheduledTime: clock.now,
      persistAcrossSessions: false,
    });
    // The handler runs detached: give it time, then read what it did.
    await new Promise((r) => setTimeout(r, 50));
    return s.calls.notify.slice(before);
  };
  return { ...s, clock, fire };
}

test('late-week nudge: armed for Thursday 14:00; next week unseen says so and links to it', async () => {
  const s = await lateWeek();
  expect((await fakeBrowser.alarms.get(NEXT_WEEK_ALARM))!.scheduledTime).toBe(at(26, 14));
  const sent = await s.fire();
  expect(sent).toMatchObject([
    { title: 'Next week: is innovation time booked?', buttons: ['Book time', 'Open next week'] },
  ]);
  expect(sent[0]!.message).toContain("hasn't seen next week");
  const key = sent[0]!.id.slice('polarity:'.length);
  await s.bg.handlers.nudgeAction!({ key, action: 'open' }, {});
  expect(s.calls.open).toEqual([weekUrl(0, '2026-11-30')]);
  // Once per week, and re-armed for next Thursday.
  expect(await s.fire()).toEqual([]);
  expect((await fakeBrowser.alarms.get(NEXT_WEEK_ALARM))!.scheduledTime).toBe(
    new Date(2026, 11, 3, 14).getTime(),
  );
});

test('late-week nudge: next week seen without innovation; Book time opens a 2-hour slot there', async () => {
  const s = await lateWeek([ops], { events: [ev('m', 'Monday sync', 30, 9, 10)] });
  const sent = await s.fire();
  expect(sent).toMatchObject([{ title: 'No innovation time booked next week' }]);
  expect(sent[0]!.message).toContain('7 of 7 days seen');
  await s.bg.handlers.nudgeAction!({ key: sent[0]!.id.slice(9), action: 'rebook' }, {});
  expect(s.calls.open).toEqual([
    'https://calendar.google.com/calendar/u/0/r/eventedit?text=Innovation%20time&dates=20261130T100000/20261130T120000',
  ]);
});

test('late-week nudge: nothing when next week has innovation, or when turned off', async () => {
  const booked = await lateWeek([ops], { events: [ev('t', 'Think time', 31, 9, 11)] });
  expect(await booked.fire()).toEqual([]);
  await settingsItem.setValue({
    ...DEFAULT_SETTINGS,
    nudges: { ...DEFAULT_SETTINGS.nudges, nextWeek: false },
  });
  const off = await lateWeek();
  expect(await off.fire()).toEqual([]);
});

test('late-week nudge missed while the browser was closed: sent when the worker starts', async () => {
  const clock = { now: at(24, 10) };
  const first = setupBackground(clock);
  await first.bg.applySnapshot(snapshot([ops, strategy]), {});
  clock.now = at(27, 10); // Friday morning
  const restarted = setupBackground(clock, first.dbName);
  await vi.waitFor(() => expect(restarted.calls.notify).toHaveLength(1));
  expect(restarted.calls.notify[0]!.title).toBe('Next week: is innovation time booked?');
  // Once per week: the next start sends nothing.
  const again = setupBackground(clock, first.dbName);
  await new Promise((r) => setTimeout(r, 50));
  expect(again.calls.notify).toEqual([]);
});

test('an account zone named by the page goes with the override: Rebook writes instants (Z)', async () => {
  const clock = { now: at(24, 10) };
  const { bg, db, calls } = setupBackground(clock);
  const zoned = { timeZone: 'America/New_York' };
  await bg.applySnapshot(snapshot([ops, strategy], zoned), {});
  await bg.applySnapshot(snapshot([ops, strategy, budget], zoned), {});
  expect(await (await db).get('overrides', KEY)).toMatchObject({ timeZone: 'America/New_York' });
  await bg.handlers.nudgeAction!({ key: KEY, action: 'rebook' }, {});
  const utc = (ms: number) => new Date(ms).toISOString().replace(/[-:]|\.\d+/g, '');
  expect(calls.open[0]).toContain(`&dates=${utc(at(24, 10))}/${utc(at(24, 10.75))}`);
  expect(calls.open[0]).toMatch(/Z\/\d{8}T\d{6}Z$/);
});
