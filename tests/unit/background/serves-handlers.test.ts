import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Snapshot } from '@/utils/shared/types';
import { at, sampleEvent } from '../domain/backup/sample-data';
import { setupBackground } from '../background-setup';

// Wednesday noon; the week Monday 23 – Sunday 29 November 2026.
const now = at(2026, 11, 25, 12);
const days = [23, 24, 25, 26, 27, 28, 29].map((d) => `2026-11-${d}`);
const ops = (d: number) =>
  sampleEvent(`ops_202611${d}T090000Z`, [2026, 11, d], { title: 'Weekly ops review' });
const snap: Snapshot = {
  account: 0,
  view: 'week',
  fullDays: days,
  partialDays: [],
  events: [
    ops(23),
    ops(24),
    sampleEvent('budget', [2026, 11, 24], {
      title: 'Budget review',
      start: at(2026, 11, 24, 14),
      end: at(2026, 11, 24, 15),
    }),
    sampleEvent('lab', [2026, 11, 25], {
      title: 'Prototype lab',
      start: at(2026, 11, 25, 14),
      end: at(2026, 11, 25, 16),
    }),
  ],
  status: 'ok',
  weekStartsOn: 1,
  readAt: now,
};
const lab = { id: 'lab', seriesId: 'lab' };
const OPS = { kind: 'series', key: 'ops', title: 'Weekly ops review' } as const;

test('the choices, a link saved, the served week; untagging takes the link away', async () => {
  const { bg } = setupBackground({ now }, 'serves-handlers-1');
  const h = bg.handlers;
  await bg.applySnapshot(snap, {});
  expect(await h.getServed!({ offset: 0 }, {})).toMatchObject({
    innovationMin: 120,
    servedMin: 0,
    items: [],
    trend: [],
  });

  const asked = await h.getServesChoices!({ account: 0, event: lab }, {});
  expect(asked).toEqual({
    choices: [OPS, { kind: 'title', key: 'budget review', title: 'Budget review' }],
    current: null,
  });

  await h.setServes!({ account: 0, scope: 'event', event: lab, target: OPS }, {});
  expect((await h.getServesChoices!({ account: 0, event: lab }, {})).current).toEqual({
    scope: 'event',
    target: OPS,
  });
  const served = await h.getServed!({ offset: 0 }, {});
  expect(served).toMatchObject({
    innovationMin: 120,
    servedMin: 120,
    items: [{ target: OPS, minutes: 120 }],
  });
  // Served in the last of the eight weeks: nothing after it yet.
  expect(served?.trend).toEqual([{ target: OPS, before: null, after: null, change: 'unknown' }]);
  // In the backup too.
  expect((await h.exportData!({}, {})).serves).toEqual([
    { account: 0, scope: 'event', id: 'lab', target: OPS, at: now },
  ]);

  // Tagged execution: no longer innovation, the link goes.
  await h.setTag!(
    {
      account: 0,
      scope: 'event',
      event: { ...lab, title: 'Prototype lab' },
      category: 'execution',
    },
    {},
  );
  expect((await h.getServesChoices!({ account: 0, event: lab }, {})).current).toBeNull();
});

// The same two messages from the calendar page's control and from the review
// page (ARCHITECTURE.md "Who may send what"): through the wire, with the
// sender checks, and nothing in the handlers that needs a tab.
const RID = fakeBrowser.runtime.id;
const CAL = 'https://calendar.google.com/calendar/u/0/r/week/2026/11/23';
const CONTENT_SCRIPT = { id: RID, url: CAL, tab: { id: 7, url: CAL }, frameId: 0 } as never;
const REVIEW_PAGE = {
  id: RID,
  url: `chrome-extension://${RID}/review.html#week=0`,
  tab: { id: 8, url: `chrome-extension://${RID}/review.html#week=0` },
  frameId: 0,
} as never;

test.each([
  ['the calendar page', CONTENT_SCRIPT],
  ['the review page', REVIEW_PAGE],
])('from %s: the choices of the week asked, a link saved and removed', async (_, sender) => {
  const { bg } = setupBackground({ now }, `serves-handlers-sender-${_.length}`);
  await bg.applySnapshot(snap, {});
  const ask = (offset?: number) =>
    bg.receive(
      {
        type: 'getServesChoices',
        data: { account: 0, event: lab, ...(offset !== undefined && { offset }) },
      },
      sender,
    ) as Promise<{ choices: unknown[]; current: unknown }>;
  expect((await ask()).choices).toEqual([
    OPS,
    { kind: 'title', key: 'budget review', title: 'Budget review' },
  ]);
  // The week the review page shows: last week was never seen, nothing to serve.
  expect(await ask(-1)).toMatchObject({ choices: [], current: null });
  expect((await ask(0)).choices).toHaveLength(2);

  const set = (target: typeof OPS | null) =>
    bg.receive(
      { type: 'setServes', data: { account: 0, scope: 'event', event: lab, target } },
      sender,
    );
  expect(await set(OPS)).toEqual({ ok: true });
  expect((await ask()).current).toEqual({ scope: 'event', target: OPS });
  // The popup's served section sees it, whoever made it.
  expect(await bg.handlers.getServed!({ offset: 0 }, {})).toMatchObject({ servedMin: 120 });
  expect(await set(null)).toEqual({ ok: true });
  expect((await ask()).current).toBeNull();
  expect(await bg.handlers.getServed!({ offset: 0 }, {})).toMatchObject({ servedMin: 0 });
});

test('a series link set from the review page, removed there with the series scope', async () => {
  const { bg } = setupBackground({ now }, 'serves-handlers-series');
  await bg.applySnapshot(snap, {});
  const send = (type: 'setServes', data: object) => bg.receive({ type, data }, REVIEW_PAGE);
  const event = { id: 'lab', seriesId: 'lab-series' };
  expect(await send('setServes', { account: 0, scope: 'series', event, target: OPS })).toEqual({
    ok: true,
  });
  const h = bg.handlers;
  expect((await h.getServesChoices!({ account: 0, event }, {})).current).toEqual({
    scope: 'series',
    target: OPS,
  });
  await send('setServes', { account: 0, scope: 'series', event, target: null });
  expect((await h.getServesChoices!({ account: 0, event }, {})).current).toBeNull();
});

test('refused from another site or a frame, and with a week offset that is not a whole number', async () => {
  const { bg } = setupBackground({ now }, 'serves-handlers-refused');
  const other = {
    id: RID,
    url: 'https://example.com/',
    tab: { id: 9, url: 'https://example.com/' },
    frameId: 0,
  } as never;
  const framed = {
    ...(REVIEW_PAGE as object),
    frameId: 2,
    tab: { id: 9, url: 'https://example.com/' },
  } as never;
  for (const sender of [other, framed]) {
    expect(
      await bg.receive(
        { type: 'setServes', data: { account: 0, scope: 'event', event: lab, target: OPS } },
        sender,
      ),
    ).toMatchObject({ ok: false, reason: expect.stringMatching(/^Refused setServes: /) });
  }
  expect(
    await bg.receive(
      { type: 'getServesChoices', data: { account: 0, event: lab, offset: 0.5 } },
      REVIEW_PAGE,
    ),
  ).toMatchObject({ ok: false, reason: expect.stringMatching(/data\.offset/) });
  expect((await bg.handlers.exportData!({}, {})).serves).toEqual([]);
});
