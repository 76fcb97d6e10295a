// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { readBases } from '@/utils/background/page-reads';
import { jsonDiff } from '@/utils/shared/json-delta';
import type { PageReadMessage } from '@/utils/shared/messages';
import { createReadSender } from '@/utils/page/read-sender';
import { extractView } from '@/utils/gcal/extract-view';
import type { ColumnsGrid } from '@/utils/gcal/page-read';
import { WEEK_EN_URL } from '../../fixtures/pages';
import { committedPage, pageDom } from '../gcal/page-dom';
import { setupBackground } from '../background-setup';

const tab = (id: number) => ({ tab: { id } as never, frameId: 0 });
const read = (n: number) => ({
  href: 'x',
  readAt: n,
  grid: { chips: [{ eid: 'a' }, { eid: `b${n}` }] },
});

test('a change to the tab\u2019s last read is applied to it; the whole read comes out', () => {
  const bases = readBases();
  expect(bases.resolve({ seq: 1, read: read(1) }, tab(7))).toEqual(read(1));
  const out = bases.resolve({ seq: 2, base: 1, ops: jsonDiff(read(1), read(2)) }, tab(7));
  expect(out).toEqual(read(2));
  // The next change builds on that one.
  expect(bases.resolve({ seq: 3, base: 2, ops: jsonDiff(read(2), read(3)) }, tab(7))).toEqual(
    read(3),
  );
});

test('a change to a base not held (another tab, a lost worker, a skipped read) is refused', () => {
  const bases = readBases();
  bases.resolve({ seq: 1, read: read(1) }, tab(7));
  const change = { seq: 2, base: 1, ops: jsonDiff(read(1), read(2)) };
  expect(bases.resolve(change, tab(8))).toBeUndefined();
  expect(readBases().resolve(change, tab(7))).toBeUndefined(); // a restarted worker
  expect(bases.resolve({ ...change, base: 0 }, tab(7))).toBeUndefined();
  expect(
    bases.resolve({ seq: 2, base: 1, ops: [{ p: ['nope', 1], v: 1 }] }, tab(7)),
  ).toBeUndefined();
  expect(bases.resolve({ nonsense: true }, tab(7))).toBeUndefined();
});

test('the sender sends changes, and the whole read again when the background forgot the base', async () => {
  let bases = readBases();
  const posted: PageReadMessage[] = [];
  const answer = { status: 'ok' as const, account: 0, categories: {}, markerCss: '' };
  const send = createReadSender(async (msg) => {
    posted.push(msg);
    const got = bases.resolve(msg, tab(1));
    return got === undefined
      ? { resend: true as const }
      : { ...answer, account: (got as { readAt: number }).readAt };
  });
  expect((await send(read(1)))?.account).toBe(1);
  expect((await send(read(2), jsonDiff(read(1), read(2))))?.account).toBe(2);
  expect(posted.map((m) => 'ops' in m)).toEqual([false, true]);
  bases = readBases(); // the worker restarted: it holds nothing
  expect((await send(read(3), jsonDiff(read(2), read(3))))?.account).toBe(3);
  expect(posted.slice(2).map((m) => ('ops' in m ? 'change' : 'whole'))).toEqual([
    'change',
    'whole',
  ]);
  // And changes work again on the base it now holds.
  expect((await send(read(4), jsonDiff(read(3), read(4))))?.account).toBe(4);
  expect('ops' in posted.at(-1)!).toBe(true);
});

test('through the background: a change rebuilds the same read a whole snapshot gives, and a new worker asks again', async () => {
  const now = new Date(2026, 10, 24, 12).getTime();
  const whole = extractView(pageDom(committedPage('week-en.html')), new URL(WEEK_EN_URL), now);
  const edited = structuredClone(whole);
  const grid = edited.grid as ColumnsGrid;
  grid.columns[1]!.chips.splice(0, 1); // one event gone from Tuesday
  const sender = { tab: { id: 3 } as never, frameId: 0 };

  const expected = await setupBackground({ now }, 'bases-1').bg.handlers.snapshot!(edited, sender);
  const { bg } = setupBackground({ now }, 'bases-2');
  await bg.handlers.pageRead!({ seq: 1, read: whole }, sender);
  const change = { seq: 2, base: 1, ops: jsonDiff(whole, edited), marks: true as const };
  expect(JSON.stringify(change).length * 20).toBeLessThan(JSON.stringify(edited).length);
  const answer = await bg.handlers.pageRead!(change, sender);
  // The tab gets each event's category, and nothing else of the week.
  const { status, account, categories } = expected as typeof expected & {
    categories: Record<string, string>;
  };
  expect(answer).toEqual({ status, account, categories, markerCss: '' });
  expect(Object.keys(categories).sort()).toEqual(
    [...new Set(expected.events.map((e) => e.eid))].sort(),
  );
  // The events stay here, for the popover that asks for one.
  const first = expected.events[0]!;
  const asked = await bg.handlers.tagState!({ account, eid: first.eid }, sender);
  expect(asked.event).toEqual(first);
  expect(asked.state).toEqual(expected.states[first.eid]);
  // An empty change sends the same read again: classified afresh, same answer.
  expect(await bg.handlers.pageRead!({ seq: 3, base: 2, ops: [], marks: true }, sender)).toEqual(
    answer,
  );

  // A restarted worker (a new background on the same data) holds no base: it asks for the read whole.
  const restarted = setupBackground({ now }, 'bases-2').bg;
  expect(await restarted.handlers.pageRead!({ ...change, seq: 4, base: 3 }, sender)).toEqual({
    resend: true,
  });
});
