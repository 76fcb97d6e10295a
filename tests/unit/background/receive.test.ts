import type { Browser } from '#imports';
import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGE_RULES, type ToBackground } from '@/utils/shared/message-schemas';
import { buildDataExport } from '@/utils/domain/export/data-export';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings/settings';
import { setupBackground } from '../background-setup';

// Who may send what (ARCHITECTURE.md "Messages"): page messages only from
// Polarity's content script in a calendar tab, everything else only from
// Polarity's own pages. Checked on the wire, before any handler runs.

type Sender = Browser.runtime.MessageSender;
const RID = fakeBrowser.runtime.id;
const EXT = `chrome-extension://${RID}`;
const CAL = 'https://calendar.google.com/calendar/u/0/r/week/2026/11/24';

const SENDERS: Record<string, Sender> = {
  'content script': { id: RID, url: CAL, tab: { id: 7, url: CAL } as never, frameId: 0 },
  popup: { id: RID, url: `${EXT}/popup.html` },
  'options tab': {
    id: RID,
    url: `${EXT}/options.html`,
    tab: { id: 8, url: `${EXT}/options.html` } as never,
    frameId: 0,
  },
  'review tab': {
    id: RID,
    url: `${EXT}/review.html#week=-1`,
    tab: { id: 10, url: `${EXT}/review.html#week=-1` } as never,
    frameId: 0,
  },
  'another extension': { id: 'someone-else', url: `chrome-extension://someone-else/x.html` },
  'a content script on another site': {
    id: RID,
    url: 'https://example.com/',
    tab: { id: 9, url: 'https://example.com/' } as never,
    frameId: 0,
  },
  'a frame inside the calendar': {
    id: RID,
    url: CAL,
    tab: { id: 7, url: CAL } as never,
    frameId: 3,
  },
  'a Polarity page framed in a web page': {
    id: RID,
    url: `${EXT}/options.html`,
    tab: { id: 9, url: 'https://example.com/' } as never,
    frameId: 2,
  },
  'a calendar tab claiming a Polarity page url': {
    id: RID,
    url: `${EXT}/options.html`,
    tab: { id: 7, url: CAL } as never,
    frameId: 0,
  },
};
const PAGE = new Set(['content script']);
const EXTENSION = new Set(['popup', 'options tab', 'review tab']);

const VALID: { [K in ToBackground]: unknown } = {
  snapshot: { href: CAL, readAt: 1, main: false, anyChips: 0 },
  pageRead: { seq: 1, read: { href: CAL, readAt: 1, main: false, anyChips: 0 } },
  tagState: { account: 0, eid: 'ZXZ0' },
  getPageStrings: { lang: 'de-AT' },
  setTag: {
    account: 0,
    scope: 'event',
    event: { id: 'a', seriesId: 'a', title: 'A' },
    category: 'innovation',
  },
  getServesChoices: { account: 0, event: { id: 'a', seriesId: 'a' } },
  setServes: { account: 0, scope: 'event', event: { id: 'a', seriesId: 'a' }, target: null },
  getServed: { offset: 0 },
  nudgeAction: { key: 'k', action: 'dismiss' },
  getWeekReport: { offset: 0 },
  getWeekEvents: { offset: 0 },
  getCalendarUrl: {},
  getReadSummary: {},
  getPageReport: {},
  exportData: {},
  restoreBackup: { backup: null },
  resetData: { confirm: 'delete-everything' },
};

const clock = { now: new Date(2026, 10, 24, 12).getTime() };

async function stored(db: Parameters<typeof buildDataExport>[0]) {
  return buildDataExport(db, DEFAULT_SETTINGS, 0, []);
}

test('every message the background handles has a schema and a sender rule', () => {
  const { bg } = setupBackground(clock);
  expect(Object.keys(bg.handlers).sort()).toEqual(Object.keys(MESSAGE_RULES).sort());
});

test.each(Object.keys(SENDERS))('from %s: only the messages it owns get through', async (who) => {
  const { bg, db } = setupBackground(clock);
  const store = await db;
  await store.put('tags', {
    account: 0,
    scope: 'event',
    id: 'kept',
    category: 'execution',
    title: 'Kept',
    at: 1,
  });
  for (const type of Object.keys(VALID) as ToBackground[]) {
    const before = await stored(store);
    const answer = await bg.receive({ type, data: VALID[type] }, SENDERS[who]!);
    const from = MESSAGE_RULES[type].from;
    const allowed =
      from === 'page-or-extension'
        ? PAGE.has(who) || EXTENSION.has(who)
        : (from === 'page' ? PAGE : EXTENSION).has(who);
    const refused =
      typeof answer === 'object' &&
      answer !== null &&
      (answer as { ok?: unknown }).ok === false &&
      /^Refused /.test((answer as { reason: string }).reason);
    expect({ type, refused }).toEqual({ type, refused: !allowed });
    if (refused) expect(await stored(store)).toEqual(before);
  }
});

test('tags and "serves" links come from the calendar page and the review page; the rest from one side', () => {
  const both = Object.entries(MESSAGE_RULES)
    .filter(([, rule]) => rule.from === 'page-or-extension')
    .map(([type]) => type)
    .sort();
  expect(both).toEqual(['getServesChoices', 'setServes', 'setTag']);
});

test('a calendar tab cannot wipe the data, even with the confirm word', async () => {
  const { bg, db } = setupBackground(clock);
  const store = await db;
  await store.put('meta', { key: 'lastAccount', value: 0 });
  const answer = await bg.receive(
    { type: 'resetData', data: { confirm: 'delete-everything' } },
    SENDERS['content script']!,
  );
  expect(answer).toEqual({
    ok: false,
    reason: 'Refused resetData: it does not come from a Polarity page.',
  });
  expect(await store.get('meta', 'lastAccount')).toEqual({ key: 'lastAccount', value: 0 });
});

test('malformed data is refused with the field named, and the handler never runs', async () => {
  const { bg, db } = setupBackground(clock);
  const cs = SENDERS['content script']!;
  const cases: [string, unknown, RegExp][] = [
    ['tagState', { account: 0, eid: null }, /data\.eid must be/],
    ['setTag', { account: 0, scope: 'event', event: null, category: null }, /data\.event must be/],
    [
      'setTag',
      { account: 1e308, scope: 'bogus', event: { id: 'a', seriesId: 'a', title: 't' } },
      /data\.account/,
    ],
    [
      'tagState',
      { account: 0, eid: 'e', popover: { eid: 'e', title: { x: 1 } } },
      /data\.popover\.title must be text/,
    ],
    ['nudgeAction', null, /data must be an object/],
  ];
  for (const [type, data, reason] of cases) {
    const answer = (await bg.receive({ type, data }, cs)) as { ok: boolean; reason: string };
    expect(answer.ok).toBe(false);
    expect(answer.reason).toMatch(reason);
  }
  const popup = SENDERS.popup!;
  for (const type of ['restoreBackup', 'resetData'] as const) {
    expect(await bg.receive({ type, data: null }, popup)).toMatchObject({ ok: false });
  }
  expect(await (await db).getAll('tags')).toEqual([]);
});

test('a handler that fails answers with the reason; nothing is thrown to the caller', async () => {
  const { bg } = setupBackground(clock);
  const answer = await bg.receive({ type: 'getPageReport', data: {} }, SENDERS.popup!);
  expect(answer).toEqual({ ok: false, reason: 'No Google Calendar tab has been read yet.' });
});

test('messages the background does not handle are left alone', () => {
  const { bg } = setupBackground(clock);
  expect(bg.receive({ type: 'showNudges', data: {} }, SENDERS.popup!)).toBeUndefined();
  expect(bg.receive('not an envelope', SENDERS.popup!)).toBeUndefined();
  expect(bg.receive({ type: 'toString', data: {} }, SENDERS.popup!)).toBeUndefined();
});
