// @vitest-environment happy-dom
// Reads that pass the outer shape check (`isPageRead`) with anything at all
// inside: the background never throws on them, a malformed one is "can't read
// this view" with its field named, and every event it does read is one a
// backup may hold.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { checkEvent } from '@/utils/domain/backup/check-records';
import { extractView } from '@/utils/gcal/extract-view';
import { googleCalendar } from '@/utils/gcal/source';
import { interpretView } from '@/utils/gcal/interpret-view';
import { FIXTURE_PAGES } from '../../fixtures/pages';
import { committedPage, pageDom } from './page-dom';

const READS = FIXTURE_PAGES.map((p) => ({
  file: p.file,
  read: JSON.parse(
    JSON.stringify(extractView(pageDom(committedPage(p.file)), new URL(p.url), 0)),
  ) as Record<string, unknown>,
}));

type Json = Record<string, unknown> | unknown[];

/** Every path to an object or array member in `v`, up to a few thousand. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  if (out.length > 5000 || typeof v !== 'object' || v === null) return out;
  for (const [k, child] of Object.entries(v)) {
    const p = [...at, Array.isArray(v) ? Number(k) : k];
    out.push(p);
    paths(child, p, out);
  }
  return out;
}

function replaced(read: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(read) as Json;
  let node: Json = copy;
  for (const k of path.slice(0, -1)) node = (node as Record<string, Json>)[k as string]!;
  (node as Record<string, unknown>)[path[path.length - 1] as string] = value;
  return copy;
}

const hostile = fc.oneof(
  fc.anything(),
  fc.constantFrom(null, undefined, 0, -1, 1e308, NaN, '', 'x', [], {}, [null], { length: 3 }),
);

test('the fixture pages pass the deep check and read exactly as before', () => {
  for (const { file, read } of READS) {
    const snap = googleCalendar.interpret(read);
    expect({ file, reason: snap?.reason }).toEqual({
      file,
      reason: interpretView(read as never).reason,
    });
    expect(snap).toEqual(interpretView(read as never));
  }
});

test('5,000 shape-passing reads with one part replaced: never a throw, never a bad event', () => {
  const figures = { tried: 0, refused: 0, unreadable: 0, accepted: 0 };
  fc.assert(
    fc.property(fc.nat({ max: READS.length - 1 }), fc.nat(), hostile, (which, where, value) => {
      const base = READS[which]!.read;
      const all = paths(base);
      const read = replaced(base, all[where % all.length]!, value);
      figures.tried++;
      const snap = googleCalendar.interpret(read);
      if (snap === null) return; // not a read at all: nothing is stored
      if (snap.status === 'unreadable' && /malformed/.test(snap.reason ?? '')) {
        figures.refused++;
        expect(snap.events).toEqual([]);
        expect(snap.fullDays).toEqual([]);
        return;
      }
      if (snap.status === 'ok') figures.accepted++;
      else figures.unreadable++;
      snap.events.forEach((e, i) => checkEvent(e, `events[${i}]`));
    }),
    { numRuns: 5000, seed: 18 },
  );
  console.log(
    `page reads: ${figures.tried} tried, ${figures.refused} refused as malformed, ` +
      `${figures.unreadable} unreadable views, ${figures.accepted} read`,
  );
  expect(figures.refused).toBeGreaterThan(0);
  expect(figures.accepted).toBeGreaterThan(0);
}, 120_000);

test('reads built from nothing but random values never throw either', () => {
  fc.assert(
    fc.property(
      fc.record({
        href: fc.constantFrom(
          'https://calendar.google.com/calendar/u/0/r/week/2026/11/24',
          'https://calendar.google.com/calendar/u/1e308/r/month',
          'not a url',
        ),
        readAt: fc.double(),
        main: fc.boolean(),
        anyChips: fc.double(),
        grid: fc.option(fc.object(), { nil: undefined }),
        hooks: fc.option(fc.anything(), { nil: undefined }),
        lang: fc.option(fc.anything(), { nil: undefined }),
        zoneText: fc.option(fc.anything(), { nil: undefined }),
      }),
      (read) => {
        const snap = googleCalendar.interpret(read);
        if (snap) expect(Number.isInteger(snap.account) && snap.account <= 999).toBe(true);
      },
    ),
    { numRuns: 1000, seed: 18 },
  );
});
