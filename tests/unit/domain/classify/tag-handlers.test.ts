import { googleCalendar } from '@/utils/gcal/source';
import { expect, test, vi } from 'vitest';
import { createTagHandlers } from '@/utils/background/tag-handlers';
import { listTags } from '@/utils/domain/db/tags';
import { rulesItem, settingsItem, DEFAULT_SETTINGS } from '@/utils/domain/settings/settings';
import type { CalEvent, Snapshot } from '@/utils/shared/types';
import { calEvent } from '../../sample-week';
import { encodeEventId } from '../../../fixtures/gcal-page';
import { openPolarityDb } from '@/utils/domain/db/schema';
import { setupBackground } from '../../background-setup';

const now = new Date(2026, 10, 24, 12).getTime();

const event = (id: string, title: string, d: number, h1: number, h2: number) =>
  calEvent(id, title, d, h1, h2, { eid: `eid-${id}`, seriesId: id.replace(/_\d{8}T\d{6}Z$/, '') });

const standup = event('s_20261124T090000Z', 'Standup', 24, 9, 12);
const standup2 = event('s_20261125T090000Z', 'Standup', 25, 9, 12);
const review = event('p', 'Prototype review', 26, 9, 12);

const snap = (events: CalEvent[]): Snapshot => ({
  account: 0,
  view: 'week',
  fullDays: ['23', '24', '25', '26', '27', '28', '29'].map((d) => `2026-11-${d}`),
  partialDays: [],
  events,
  status: 'ok',
  readAt: now,
});

function setup(name: string) {
  const notifyTabs = vi.fn(async () => undefined);
  return { ...setupBackground({ now }, name, { notifyTabs }), notifyTabs };
}

// The tags live in the database: a second set of handlers on it classifies alike.
const handlersOn = (db: ReturnType<typeof setup>['db']) =>
  createTagHandlers({
    db,
    now: () => now,
    onChange: async () => undefined,
    source: googleCalendar,
  });
const states = async (db: ReturnType<typeof setup>['db'], events: CalEvent[]) =>
  (await handlersOn(db).classifyEvents({ account: 0, events })).states;

test('classifyEvents gives each eid its category and reason', async () => {
  const { db } = setup('tags-1');
  const s = await states(db, [standup, review, standup]);
  expect(Object.keys(s)).toEqual(['eid-s_20261124T090000Z', 'eid-p']);
  expect(s['eid-p']).toEqual({
    category: 'innovation',
    source: 'default',
    because: { key: 'reason_keyword', subs: ['prototype'] },
    reason: "Auto: keyword 'prototype'",
  });
});

test('the answer carries the chip markers for exactly the events classified', async () => {
  const { db } = setup('tags-markers');
  const res = await handlersOn(db).classifyEvents({ account: 0, events: [standup, review] });
  expect(res.categories).toEqual({ 'eid-p': 'innovation', 'eid-s_20261124T090000Z': 'execution' });
  expect(res.markerCss).toContain('[data-eventchip][data-eventid="eid-p"]');
  expect(res.markerCss).toContain('[data-eventchip][data-eventid="eid-s_20261124T090000Z"]');
  expect(res.markerCss).not.toContain('Prototype'); // titles never enter the CSS
});

test('a popover event the page read did not include is described and classified', async () => {
  const { bg } = setup('tags-popover');
  const eid = encodeEventId('abc123_20261124T100000Z', 'team@group.calendar.google.com');
  const popover = { eid, title: 'Prototype sketching', calendarName: 'Team' };
  const res = await bg.handlers.tagState!({ account: 0, eid, popover }, {});
  expect(res.event).toMatchObject({
    eid,
    id: 'abc123_20261124T100000Z',
    seriesId: 'abc123',
    title: 'Prototype sketching',
    calendarId: 'team@group.calendar.google.com',
    kind: 'timed',
  });
  expect(res.state?.category).toBe('innovation');
  const junk = { eid: 'not an id!', title: 'x' };
  expect(await bg.handlers.tagState!({ account: 0, eid: junk.eid, popover: junk }, {})).toEqual({
    event: null,
    state: null,
  });
  // A popover is only taken for the eid asked about.
  expect((await bg.handlers.tagState!({ account: 0, eid: 'ZXZ0', popover }, {})).event).toBeNull();
});

test("a popover's event comes from the tab's last read, for that tab and account only", async () => {
  const held = (sender: { tab?: { id?: number } }, account: number, eid: string) =>
    sender.tab?.id === 3 && account === 0 && eid === review.eid ? review : undefined;
  const { handlers } = createTagHandlers({
    db: openPolarityDb('tags-held'),
    now: () => now,
    onChange: async () => undefined,
    source: googleCalendar,
    heldEvent: held,
  });
  const tab3 = { tab: { id: 3 } as never };
  const res = await handlers.tagState({ account: 0, eid: review.eid }, tab3);
  expect(res.event).toBe(review);
  expect(res.state).toMatchObject({ category: 'innovation', source: 'default' });
  expect(await handlers.tagState({ account: 1, eid: review.eid }, tab3)).toEqual({
    event: null,
    state: null,
  });
  expect((await handlers.tagState({ account: 0, eid: review.eid }, {})).event).toBeNull();
});

test('an event tag changes the badge and tells the tabs; Auto removes it', async () => {
  const { bg, db, sink, notifyTabs } = setup('tags-2');
  await bg.applySnapshot(snap([standup, review]), {});
  expect(sink.text).toBe('50%');

  const tag = { account: 0, scope: 'event' as const, event: standup };
  await bg.handlers.setTag!({ ...tag, category: 'innovation' }, {});
  expect(sink.text).toBe('100%');
  expect(notifyTabs).toHaveBeenCalledTimes(1);
  expect((await states(db, [standup]))['eid-s_20261124T090000Z']).toEqual({
    category: 'innovation',
    source: 'tag',
    because: { key: 'reason_tag' },
    reason: 'Tagged by you',
    eventTag: 'innovation',
  });

  await bg.handlers.setTag!({ ...tag, category: null }, {});
  expect(sink.text).toBe('50%');
  expect((await states(db, [standup]))['eid-s_20261124T090000Z']?.source).toBe('default');
});

test('a series tag covers every instance and replaces the instance tag', async () => {
  const { bg, db } = setup('tags-3');
  await bg.handlers.setTag!(
    { account: 0, scope: 'event', event: standup, category: 'execution' },
    {},
  );
  await bg.handlers.setTag!(
    { account: 0, scope: 'series', event: standup, category: 'excluded' },
    {},
  );
  const s = await states(db, [standup, standup2]);
  expect(s['eid-s_20261124T090000Z']).toMatchObject({ category: 'excluded', reason: 'Series tag' });
  expect(s['eid-s_20261125T090000Z']).toMatchObject({ category: 'excluded', reason: 'Series tag' });
  expect(await listTags(await db, 0)).toEqual([
    expect.objectContaining({ scope: 'series', id: 's', title: 'Standup', category: 'excluded' }),
  ]);
});

test('tags outlive the event and stay per account', async () => {
  const { bg, db } = setup('tags-4');
  await bg.handlers.setTag!(
    { account: 1, scope: 'event', event: review, category: 'execution' },
    {},
  );
  await bg.applySnapshot(snap([]), {});
  expect(await listTags(await db, 1)).toHaveLength(1);
  expect(await listTags(await db, 0)).toHaveLength(0);
  expect((await states(db, [review]))['eid-p']?.source).toBe('default');
});

test('a bad tag request is refused', async () => {
  const handlers = createTagHandlers({
    db: openPolarityDb('tags-5'),
    now: () => now,
    onChange: async () => undefined,
    source: googleCalendar,
  });
  await expect(
    handlers.handlers.setTag(
      // @ts-expect-error: what a confused sender might send
      { account: 0, scope: 'event', event: review, category: 'fun' },
      {},
    ),
  ).rejects.toThrow('bad tag');
});

test('a rule or keyword change recomputes the badge and tells the tabs', async () => {
  const { bg, sink, notifyTabs } = setup('tags-6');
  await bg.applySnapshot(snap([standup, review]), {});
  await rulesItem.setValue([
    { id: 'r', when: { type: 'keywords', keywords: ['standup'] }, category: 'excluded' },
  ]);
  await vi.waitFor(() => expect(sink.text).toBe('100%'));
  expect(notifyTabs).toHaveBeenCalled();

  await settingsItem.setValue({ ...DEFAULT_SETTINGS, innovationKeywords: ['nothing'] });
  // The review loses its keyword: all that is left is execution.
  await vi.waitFor(() => expect(sink.text).toBe('0%'));
});
