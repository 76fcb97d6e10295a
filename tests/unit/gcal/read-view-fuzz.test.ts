// @vitest-environment happy-dom
// Property tests: whatever the page, readView never throws and never reports
// an event the page does not hold.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Snapshot } from '@/utils/shared/types';
import { decodeDateKey } from '@/utils/gcal/date-key';
import { readView } from '@/tests/support/read-view';
import { buildAgendaPage } from '../../fixtures/gcal-agenda-page';
import { dateKeyOf, encodeEventId } from '../../fixtures/gcal-page';
import { FIXTURE_PAGES } from '../../fixtures/pages';
import { WEEK_EN_OPTIONS } from '../../fixtures/week-en';
import { committedPage, pageDom } from './page-dom';

const VIEWS = [
  'week/2026/11/24',
  'day/2026/11/24',
  'month/2026/11/24',
  'agenda',
  'customweek',
  'customday',
  'year',
  '',
  'settings',
];
const urlOf = (view: string) => new URL(`https://calendar.google.com/calendar/u/0/r/${view}`);

/** The events' days and ids all come from the page: datekeys and chips. */
function expectGrounded(s: Snapshot, doc: Document): void {
  const chipIds = new Set(
    [...doc.querySelectorAll('[data-eventchip]')].map((e) => e.getAttribute('data-eventid')),
  );
  const keys = [...doc.querySelectorAll('[data-datekey]')]
    .map((e) => decodeDateKey(e.getAttribute('data-datekey')))
    .filter((d): d is string => !!d)
    .sort();
  for (const e of s.events) {
    expect(chipIds.has(e.eid)).toBe(true);
    expect(e.day >= keys[0]! && e.day <= keys[keys.length - 1]!).toBe(true);
    expect(Number.isFinite(e.start) && Number.isFinite(e.end) && e.start <= e.end).toBe(true);
  }
  if (s.status !== 'ok') expect(s.events).toEqual([]);
}

describe('cut-off pages', () => {
  const pages = [
    ...FIXTURE_PAGES.filter((p) => !p.file.includes('dense')).map(
      (p) => [committedPage(p.file), p.url] as const,
    ),
    [
      buildAgendaPage(WEEK_EN_OPTIONS),
      'https://calendar.google.com/calendar/u/0/r/agenda',
    ] as const,
  ];

  test.each(pages.map(([html, url], i) => [i, html, url] as const))(
    'page %i: every event read from a prefix is an event of the whole page',
    (_, html, href) => {
      const url = new URL(href);
      const whole = readView(pageDom(html), url, 0);
      const known = new Map(whole.events.map((e) => [`${e.eid}|${e.day}`, e]));
      fc.assert(
        fc.property(fc.integer({ min: 0, max: html.length }), (cut) => {
          const doc = pageDom(html.slice(0, cut));
          const s = readView(doc, url, 0);
          expectGrounded(s, doc);
          // A cut chip may lose its title or RSVP, never its day, times or kind.
          for (const e of s.events) {
            const real = known.get(`${e.eid}|${e.day}`);
            expect(real).toBeDefined();
            expect([e.start, e.end, e.kind]).toEqual([real!.start, real!.end, real!.kind]);
          }
        }),
        { numRuns: 100 },
      );
    },
  );
});

describe('random pages', () => {
  const DAYS = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-29', '2026-12-01'];
  const KEYS = [...DAYS.map((d) => String(dateKeyOf(d))), '0', '-1', 'x', '99999999'];
  const IDS = [
    encodeEventId('abc123', 'me@example.com'),
    encodeEventId('abc123_20261124T150000Z', 'team@group.calendar.google.com'),
    encodeEventId('20261126_x', 'en.usa#holiday@group.v.calendar.google.com'),
    'ttb_MzdvcTMwbWFiajlwZW1pNTJxMXV0azdvM2cgYWRhbS5odXJsZXkucHJpdmF0ZUBt',
    'tasks_rollover_view',
    '',
    '!!',
    'constructor',
  ];
  const TEXTS = [
    '8:30am to 9am, Inbox & priorities, Jordan Lee, No location, November 23, 2026',
    'November 24, 2026 at 11pm to November 25, 2026 at 1am, Launch war room, Jordan Lee, Accepted, No location, ',
    'All day, Thanksgiving Day, Calendar: Holidays in United States, November 26, 2026',
    'task: Send notes, Not completed, November 26, 2026, 10am',
    '11pm to 1am, Late, Sam, No location, November 24, 2026',
    '10:00～13:00、「Controllers」、カレンダー: Esri、場所の指定なし、2024年 6月 10日',
    'Inbox & priorities',
    '9 – 10am',
    '3 more',
    '',
  ];
  const STYLES = [
    'top: 0px; height: 20px;',
    'left: 14.29%; width: 28.57%;',
    'left: calc(50% + 0px); width: 300%;',
    'left: -20%;',
    'background-color: red; border-color: blue',
  ];

  const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const div = (attrs: string, inner: string) => `<div ${attrs}>${inner}</div>`;
  const noise = pick(TEXTS).map((t) => div('class="noise"', esc(t)));

  // Pages assembled from the shapes the reader knows (grids, columns, rows,
  // chips), with every value drawn at random and parts left out at random.
  const chip = fc
    .record({
      id: pick(IDS),
      style: pick(STYLES),
      hidden: pick(TEXTS),
      visible: fc.array(pick(TEXTS), { maxLength: 2 }),
      stacked: fc.boolean(),
      handle: fc.boolean(),
      marked: fc.boolean(),
    })
    .map((c) => {
      const visible = div(
        'aria-hidden="true"',
        c.visible.map((t) => `<span>${esc(t)}</span>`).join(''),
      );
      const handle = c.handle
        ? div(`aria-hidden="true" data-eventid="${c.id}" data-dragsource-type="3"`, '')
        : '';
      const parts = `${div('class="XuJrye"', esc(c.hidden))}${visible}${handle}`;
      const inner = c.stacked ? div('role="button" data-stacked-layout-chip="true"', parts) : parts;
      // Now and then a chip without data-eventchip: only its resize-handle-like id remains.
      const mark = c.marked || c.id.length % 3 ? 'data-eventchip="" ' : '';
      return div(`role="button" ${mark}data-eventid="${c.id}" style="${c.style}"`, inner);
    });
  const chips = (n: number) => fc.array(chip, { maxLength: n }).map((xs) => xs.join(''));
  const column = fc
    .tuple(pick(['0', '1', '3']), pick(KEYS), chips(4))
    .map(([i, k, c]) => div(`role="gridcell" data-column-index="${i}" data-datekey="${k}"`, c));
  const allDayCell = chips(3).map((c) => div('role="gridcell"', c));
  const more = div('role="button" data-opens-day-overview="true"', '2 more');
  const monthRow = fc
    .tuple(
      fc.array(pick(KEYS), { maxLength: 8 }),
      fc.array(fc.tuple(chips(3), fc.boolean()), { maxLength: 7 }),
    )
    .map(([strip, cells]) =>
      div(
        'role="row"',
        div('aria-hidden="true"', strip.map((k) => div(`data-datekey="${k}"`, '')).join('')) +
          cells.map(([c, m]) => div('role="gridcell"', c + (m ? more : ''))).join(''),
      ),
    );
  const agendaRow = fc
    .tuple(fc.option(pick(KEYS), { nil: undefined }), chips(2))
    .map(([k, c]) =>
      div('role="row"', (k ? div(`data-datekey="${k}"`, '') : '') + div('role="gridcell"', c)),
    );
  const grid = fc
    .tuple(
      fc.option(fc.tuple(pick(KEYS), pick(KEYS)), { nil: undefined }),
      fc.array(fc.oneof(column, allDayCell, monthRow, agendaRow, noise), { maxLength: 8 }),
    )
    .map(([range, parts]) =>
      div(
        range
          ? `role="grid" data-start-date-key="${range[0]}" data-end-date-key="${range[1]}"`
          : 'role="grid"',
        parts.join(''),
      ),
    );
  const page = fc
    .array(
      fc.oneof(
        grid.map((g) => div('role="main"', g)),
        noise,
        chip,
      ),
      { maxLength: 3 },
    )
    .map((xs) => xs.join(''));

  test('never throw, never invent', () => {
    let withEvents = 0;
    fc.assert(
      fc.property(page, pick(VIEWS), pick(['en', 'ja', '']), (body, view, lang) => {
        const doc = pageDom(`<html lang="${lang}"><body data-viewkey="WEEK">${body}</body></html>`);
        const s = readView(doc, urlOf(view), 0);
        expect(['ok', 'unreadable', 'not-a-view']).toContain(s.status);
        if (s.status === 'unreadable') expect(s.reason).toBeTruthy();
        if (s.events.length) withEvents++;
        expectGrounded(s, doc);
      }),
      { numRuns: 400 },
    );
    // The generator must reach pages that read as events, or the property says little.
    expect(withEvents).toBeGreaterThan(10);
  });
});
