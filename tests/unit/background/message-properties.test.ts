// @vitest-environment happy-dom
// Property tests at the wire (issue "Nothing reaches the data unchecked"):
// random and adversarial payloads for every message the background handles,
// from the sender that owns it. None makes the background throw; a refused one
// changes nothing; and whatever was accepted, the database only ever holds
// what a backup may hold (its export passes the backup validator).
import type { Browser } from '#imports';
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { validateBackup } from '@/utils/domain/backup/validate-backup';
import { buildDataExport } from '@/utils/domain/export/data-export';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings/settings';
import { extractView } from '@/utils/gcal/extract-view';
import { isRefusal } from '@/utils/shared/messages';
import { MESSAGE_RULES, type ToBackground } from '@/utils/shared/message-schemas';
import { sampleFile } from '../domain/backup/sample-data';
import { FIXTURE_PAGES } from '../../fixtures/pages';
import { committedPage, pageDom } from '../gcal/page-dom';
import { setupBackground } from '../background-setup';

type Sender = Browser.runtime.MessageSender;
const RID = fakeBrowser.runtime.id;
const CAL = 'https://calendar.google.com/calendar/u/0/r/week/2026/11/24';
const FROM: Record<'page' | 'extension', Sender> = {
  page: { id: RID, url: CAL, tab: { id: 7, url: CAL } as never, frameId: 0 },
  extension: { id: RID, url: `chrome-extension://${RID}/options.html` },
};

const week = FIXTURE_PAGES[0]!;
const READ = JSON.parse(
  JSON.stringify(extractView(pageDom(committedPage(week.file)), new URL(week.url), 0)),
) as unknown;

/** A well-formed request of each kind: the seeds the mutations start from. */
const VALID: { [K in ToBackground]: unknown } = {
  snapshot: READ,
  pageRead: { seq: 1, read: READ },
  tagState: {
    account: 0,
    eid: 'ZXZ0',
    popover: { eid: 'ZXZ0', title: 'Ops', calendarName: 'Work', calendarId: 'me@example.com' },
  },
  getPageStrings: { lang: 'de-AT' },
  setTag: {
    account: 0,
    scope: 'series',
    event: { id: 'evt_20261124T090000Z', seriesId: 'evt', title: 'Ops' },
    category: 'innovation',
  },
  getServesChoices: { account: 0, event: { id: 'lab_20261124T090000Z', seriesId: 'lab' } },
  setServes: {
    account: 0,
    scope: 'series',
    event: { id: 'lab_20261124T090000Z', seriesId: 'lab' },
    target: { kind: 'title', key: 'incident process', title: 'Incident process' },
  },
  getServed: { offset: -1 },
  nudgeAction: { key: '[0,"lab","overlap","x"]', action: 'dismiss' },
  getWeekReport: { offset: -1 },
  getWeekEvents: { offset: 0 },
  getCalendarUrl: {},
  getReadSummary: { tabId: 7 },
  getPageReport: { tabId: 7 },
  exportData: {},
  restoreBackup: { backup: sampleFile() },
  resetData: { confirm: 'delete-everything' },
};

type Path = (string | number)[];
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (out.length > 3000 || typeof v !== 'object' || v === null) return out;
  for (const [k, child] of Object.entries(v)) {
    const p = [...at, Array.isArray(v) ? Number(k) : k];
    out.push(p);
    paths(child, p, out);
  }
  return out;
}
function replaced(v: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const hostile = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    undefined,
    -1,
    1.5,
    1e308,
    NaN,
    Infinity,
    '',
    'bogus',
    'url(https://example.com/x)',
    '"]{}*{x:y}',
    'x'.repeat(20_000),
    [],
    {},
    { __proto__: { polluted: true } },
    JSON.parse('{"__proto__":{"polluted":true}}'),
  ),
);

/** The payload: a valid one with one part replaced, or anything at all. */
const payload = (type: ToBackground) => {
  const all = paths(VALID[type]);
  const mutated = fc
    .tuple(fc.nat(), hostile)
    .map(([i, v]) => (all.length ? replaced(VALID[type], all[i % all.length]!, v) : v));
  return fc.oneof(
    { weight: 6, arbitrary: mutated },
    { weight: 1, arbitrary: fc.constant(VALID[type]) },
    { weight: 2, arbitrary: hostile },
  );
};

const figures: string[] = [];
afterAll(() => console.log(`messages:\n  ${figures.join('\n  ')}`));

test.each(Object.keys(MESSAGE_RULES) as ToBackground[])(
  '%s: never a throw, nothing changed when refused, nothing stored outside its schema',
  async (type) => {
    const { bg, db } = setupBackground({ now: new Date(2026, 10, 24, 12).getTime() });
    const store = await db;
    const dump = async () => {
      // Its clock is fixed: two dumps differ only when the data did.
      return buildDataExport(store, DEFAULT_SETTINGS, 0, []);
    };
    const count = { tried: 0, refused: 0, declined: 0, accepted: 0 };
    await fc.assert(
      fc.asyncProperty(payload(type), async (data) => {
        count.tried++;
        const before = await dump();
        const answer = await bg.receive(
          { type, data },
          FROM[MESSAGE_RULES[type].from === 'extension' ? 'extension' : 'page'],
        );
        expect(answer).toBeDefined();
        // Refused at the wire, or declined by its handler ("Not confirmed.", a
        // backup the validator refused, a nudge nobody owns): nothing changed.
        if (isRefusal(answer)) {
          if (answer.reason.startsWith('Refused ')) count.refused++;
          else count.declined++;
          expect(await dump()).toEqual(before);
        } else count.accepted++;
        // Whatever got in is what a backup may hold.
        const check = validateBackup(
          JSON.parse(JSON.stringify(await buildDataExport(store, DEFAULT_SETTINGS, 0, []))),
        );
        expect(check.ok ? 'valid' : check.reason).toBe('valid');
      }),
      { numRuns: type === 'restoreBackup' || type === 'snapshot' ? 150 : 300, seed: 18 },
    );
    figures.push(
      `${type}: ${count.tried} tried, ${count.refused} refused at the wire, ` +
        `${count.declined} declined by the handler, ${count.accepted} accepted`,
    );
    expect(count.refused).toBeGreaterThan(0);
    expect(count.accepted + count.declined).toBeGreaterThan(0);
  },
  120_000,
);

test('a backup file that passes validation always restores', async () => {
  const { bg } = setupBackground({ now: new Date(2026, 10, 24, 12).getTime() });
  const base = sampleFile();
  const all = paths(base);
  const count = { tried: 0, valid: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(fc.nat(), hostile, async (i, value) => {
      count.tried++;
      const file = replaced(base, all[i % all.length]!, value);
      const valid = validateBackup(file).ok;
      const answer = await bg.receive(
        { type: 'restoreBackup', data: { backup: file } },
        FROM.extension,
      );
      expect({ valid, restored: (answer as { ok: boolean }).ok }).toEqual({
        valid,
        restored: valid,
      });
      if (valid) count.valid++;
      else count.refused++;
    }),
    { numRuns: 300, seed: 18 },
  );
  console.log(
    `backup files: ${count.tried} tried, ${count.refused} refused, ${count.valid} valid and restored`,
  );
  expect(count.valid).toBeGreaterThan(0);
}, 120_000);
