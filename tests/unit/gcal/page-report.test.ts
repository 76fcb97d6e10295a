// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { decodeEventId } from '@/utils/gcal/event-id';
import { extractView } from '@/utils/gcal/extract-view';
import { interpretView } from '@/utils/gcal/interpret-view';
import { pageStructure, type PageStructure } from '@/utils/gcal/page-structure';
import { buildPageReport, type PageReport } from '@/utils/domain/report/page-report';
import { summariseRead } from '@/utils/domain/report/read-summary';
import { readView } from '../../support/read-view';
import { buildWeekPage, CALENDARS, OWNER } from '../../fixtures/gcal-page';
import { pageFromReport } from '../../fixtures/from-page-report';
import { MONTH_EN_URL } from '../../fixtures/pages';
import { REAL_WEEK_EVENTS } from '../../fixtures/real-week';
import { REDESIGNS } from '../../fixtures/redesign';
import { WEEK_EN_EVENTS, WEEK_EN_OPTIONS } from '../../fixtures/week-en';
import { committedPage, pageDom, WEEK_URL } from './page-dom';

const MONTH = new URL(MONTH_EN_URL);

function reportOf(html: string, url: URL): PageReport<PageStructure> {
  const doc = pageDom(html);
  const read = extractView(doc, url, 0);
  return buildPageReport(pageStructure(doc, url, read), interpretView(read), '0.1.0');
}

/** Everything personal a page holds: titles, names, addresses, descriptions, ids. */
function secretsOf(html: string): string[] {
  const doc = pageDom(html);
  const out = new Set<string>([OWNER.name, OWNER.email, ...CALENDARS.map((c) => c.id)]);
  for (const c of CALENDARS) out.add(c.name);
  for (const e of [...WEEK_EN_EVENTS, ...REAL_WEEK_EVENTS]) {
    out.add(e.title.trim());
    if (e.location) out.add(e.location);
    if (e.workingLocation) out.add(e.workingLocation);
  }
  for (const el of Array.from(doc.querySelectorAll('[data-eventid]'))) {
    const eid = el.getAttribute('data-eventid')!;
    if (eid === 'tasks_rollover_view') continue;
    out.add(eid);
    const d = decodeEventId(eid);
    if (d) [d.id, d.calendarId].filter(Boolean).forEach((s) => out.add(s));
  }
  for (const el of Array.from(doc.querySelectorAll('.XuJrye'))) out.add(el.textContent!.trim());
  // The open popover's title, calendar and description-like fields.
  for (const sel of ['#rAECCd', '#xDetDlgWhen', '#xDetDlgCal'])
    doc.querySelectorAll(sel).forEach((el) => out.add(el.textContent!.trim()));
  const zone = doc.querySelector('#xTimezone')?.textContent?.trim();
  if (zone) out.add(zone);
  return [...out].filter((s) => s.length >= 3);
}

const withPopover = buildWeekPage({ ...WEEK_EN_OPTIONS, openPopoverFor: 'Think time' });
const PAGES: [string, string, URL][] = [
  ['week-en.html', committedPage('week-en.html'), WEEK_URL],
  ['week-real-shapes.html', committedPage('week-real-shapes.html'), WEEK_URL],
  ['month-en.html', committedPage('month-en.html'), MONTH],
  ['the week with a popover open', withPopover, WEEK_URL],
];

describe('the page report keeps no title, name, address or id', () => {
  test.each(PAGES)('%s', (_, html, url) => {
    const json = JSON.stringify(reportOf(html, url));
    const secrets = secretsOf(html);
    expect(secrets.length).toBeGreaterThan(20);
    const leaked = secrets.filter(
      (s) => json.includes(s) || json.includes(JSON.stringify(s).slice(1, -1)),
    );
    expect(leaked).toEqual([]);
  });

  test('it keeps the structure: names, roles, date keys, counts, attribute names', () => {
    const r = reportOf(committedPage('week-real-shapes.html'), WEEK_URL);
    const json = JSON.stringify(r);
    expect(r.page.counts).toMatchObject({ mains: 1, chips: 9, columns: 7 });
    expect(r.page.path).toBe('/calendar/u/0/r/week/2026/11/24');
    for (const kept of [
      '"role":"gridcell"',
      '"data-datekey":"29047"',
      'data-principal-ids',
      'data-ck-title',
    ])
      expect(json).toContain(kept);
    expect(json).toContain('"data-principal-ids":"‹email›"');
    expect(json).toContain('"data-ck-title":"‹text›"');
    expect(json).toContain('"aria-label":"‹text›"');
    expect(r.reading).not.toHaveProperty('excluded');
    expect(r.reading.excludedCounts).toEqual({ declined: 1, task: 2, 'all-day': 1 });
  });

  test('an event id in the address goes too', () => {
    const eid = pageDom(committedPage('week-en.html'))
      .querySelector('[data-eventchip]')!
      .getAttribute('data-eventid')!;
    const url = new URL(`https://calendar.google.com/calendar/u/0/r/eventedit/${eid}`);
    const r = reportOf(committedPage('week-en.html'), url);
    expect(r.page.path).toBe('/calendar/u/0/r/eventedit/‹segment›');
  });
});

/** The first timed chip's hidden text made unreadable: its day becomes partial. */
const oneUnreadable = (html: string) =>
  html.replace(/<div class="XuJrye">[^<]*<\/div>/, '<div class="XuJrye">gibberish</div>');

/** What a verdict is made of: the status and reason, days, and per day what counts. */
function verdictOf(html: string, url: URL) {
  const s = summariseRead(readView(pageDom(html), url, 0));
  return { ...s, excluded: s.excluded.map((e) => [e.day, e.why]) };
}

describe('a saved report loads back as a fixture, read the same', () => {
  const redesigned = REDESIGNS.find((r) => r.hook === 'data-column-index')!.apply(
    committedPage('week-real-shapes.html'),
  );
  const cases: [string, string, URL][] = [
    ...PAGES,
    ['a redesigned week', redesigned, WEEK_URL],
    ['a week with an unreadable chip', oneUnreadable(committedPage('week-en.html')), WEEK_URL],
  ];
  test.each(cases)('%s', (_, html, url) => {
    const report = JSON.parse(JSON.stringify(reportOf(html, url))) as PageReport<PageStructure>;
    const page = pageFromReport(report);
    expect(page.url.href).toBe(url.href);
    expect(verdictOf(page.html, page.url)).toEqual(verdictOf(html, url));
  });

  test('the cases are what they say', () => {
    const unread = verdictOf(oneUnreadable(committedPage('week-en.html')), WEEK_URL);
    expect([unread.status, unread.unreadableChips, unread.days[0]!.partial]).toEqual([
      'ok',
      1,
      true,
    ]);
    expect(verdictOf(redesigned, WEEK_URL).status).toBe('unreadable');
  });
});
