// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readView } from '@/tests/support/read-view';
import { buildWeekPage, renderMain, type PageOptions } from '../../fixtures/gcal-page';
import { WEEK_EN_OPTIONS } from '../../fixtures/week-en';
import { committedPage, pageDom, WEEK_URL } from './page-dom';

/** Appends the elements of an HTML fragment, parsed apart, to `parent`. */
function appendHtml(parent: Element, html: string): void {
  parent.append(...pageDom(html).body.children);
}

const at = (path: string) => new URL(`https://calendar.google.com/calendar/u/0/r/${path}`);
const NEXT_WEEK: PageOptions = {
  lang: 'en',
  hour12: true,
  firstDay: '2026-11-30',
  events: [
    { title: 'Planning', day: '2026-11-30', start: '09:00', end: '10:00' },
    { title: 'Roadmap', day: '2026-12-01', start: '11:00', end: '12:00' },
  ],
};

describe('transitions and duplicates', () => {
  test('two [role=main] views: only the last is read, never a doubled week', () => {
    const doc = pageDom(buildWeekPage(WEEK_EN_OPTIONS));
    appendHtml(doc.querySelector('.mainparent')!, renderMain(NEXT_WEEK));
    const s = readView(doc, at('week/2026/12/1'), 0);
    expect(s.status).toBe('ok');
    expect(s.fullDays[0]).toBe('2026-11-30');
    expect(s.events.map((e) => e.title)).toEqual(['Planning', 'Roadmap']);
  });

  test('the old view after the new one is still the old one: the last wins', () => {
    const doc = pageDom(buildWeekPage(NEXT_WEEK));
    appendHtml(doc.querySelector('.mainparent')!, renderMain(WEEK_EN_OPTIONS));
    const s = readView(doc, WEEK_URL, 0);
    expect(s.fullDays[0]).toBe('2026-11-23');
    expect(s.events.some((e) => e.title === 'Planning')).toBe(false);
  });

  test('two grids inside one view: the last grid is current', () => {
    const doc = pageDom(buildWeekPage(WEEK_EN_OPTIONS));
    const fresh = pageDom(renderMain(NEXT_WEEK)).querySelector('[role="grid"]')!;
    doc.querySelector('[role="main"]')!.append(fresh);
    const s = readView(doc, at('week/2026/12/1'), 0);
    expect(s.events.map((e) => e.title)).toEqual(['Planning', 'Roadmap']);
  });

  test('a chip drawn twice in one column is one event', () => {
    const doc = pageDom(buildWeekPage(NEXT_WEEK));
    const chip = doc.querySelector('[data-eventchip]')!;
    chip.parentElement!.append(chip.cloneNode(true));
    const s = readView(doc, at('week/2026/12/1'), 0);
    expect(s.events.map((e) => e.title)).toEqual(['Planning', 'Roadmap']);
  });

  test('a chip with only a resize handle for an id adds nothing', () => {
    const doc = pageDom(buildWeekPage(NEXT_WEEK));
    const col = doc.querySelector('[data-column-index="3"]')!;
    appendHtml(col, '<div aria-hidden="true" data-eventid="abc" data-dragsource-type="3"></div>');
    expect(readView(doc, at('week/2026/12/1'), 0).events).toHaveLength(2);
  });
});

describe('pages that cannot be read, and pages that are not views', () => {
  test.each(['settings', 'settings/general', 'search?q=board', 'eventedit/abc'])(
    '%s is not a view',
    (path) => {
      const s = readView(pageDom(committedPage('week-en.html')), at(path), 5);
      expect(s).toEqual({
        account: 0,
        lang: 'en',
        readAt: 5,
        view: 'other',
        fullDays: [],
        partialDays: [],
        events: [],
        status: 'not-a-view',
      });
    },
  );

  test('chips whose hidden text is gibberish make the view unreadable, with the reason', () => {
    const doc = pageDom(
      buildWeekPage({ ...NEXT_WEEK, events: [...NEXT_WEEK.events, ...NEXT_WEEK.events] }),
    );
    const chips = [...doc.querySelectorAll('[data-eventchip]')];
    for (const el of doc.querySelectorAll('.XuJrye'))
      if (el.closest('[data-eventchip]')) el.textContent = 'xq zzv, ###';
    const s = readView(doc, at('week/2026/12/1'), 0);
    expect(s.status).toBe('unreadable');
    expect(s.reason).toBe(`can't read this view: ${chips.length} event chips found, none readable`);
    expect(s.fullDays).toEqual([]);
    expect(s.events).toEqual([]);
  });

  test('one unreadable chip makes its day partial, not empty', () => {
    const doc = pageDom(buildWeekPage(WEEK_EN_OPTIONS));
    const col = doc.querySelector('[data-column-index="1"]')!;
    col.querySelector('.XuJrye')!.textContent = 'gibberish';
    const s = readView(doc, WEEK_URL, 0);
    expect(s.status).toBe('ok');
    expect(s.partialDays).toEqual(['2026-11-24']);
    expect(s.fullDays).not.toContain('2026-11-24');
    expect(s.fullDays).toHaveLength(6);
  });

  test('a page still loading is not an empty week', () => {
    const empty = pageDom('<html lang="en"><body data-viewkey="WEEK"><div></div></body></html>');
    const s = readView(empty, WEEK_URL, 0);
    expect(s).toMatchObject({ status: 'unreadable', fullDays: [], events: [] });
    expect(s.reason).toMatch(/still loading/);
    const shell = pageDom(
      '<html lang="en"><body><div role="main"><div role="grid"></div></div></body></html>',
    );
    expect(readView(shell, WEEK_URL, 0)).toMatchObject({ status: 'unreadable', fullDays: [] });
  });

  test('an empty week that is loaded is an empty week', () => {
    const s = readView(
      pageDom(buildWeekPage({ ...NEXT_WEEK, events: [] })),
      at('week/2026/12/1'),
      0,
    );
    expect(s).toMatchObject({ status: 'ok', events: [] });
    expect(s.fullDays).toHaveLength(7);
  });

  test('an unknown view is unreadable, not empty', () => {
    const s = readView(pageDom(committedPage('week-en.html')), at('fourdays/2026/11/24'), 0);
    expect(s).toMatchObject({ status: 'unreadable', view: 'other', events: [] });
    expect(s.reason).toBeTruthy();
  });

  test('/r alone takes the view from the page', () => {
    const s = readView(pageDom(committedPage('week-en.html')), at(''), 0);
    expect(s).toMatchObject({ status: 'ok', view: 'week' });
    const bare = pageDom('<html><body></body></html>');
    expect(readView(bare, at(''), 0)).toMatchObject({ status: 'unreadable', view: 'other' });
  });

  test('the year view has nothing to read', () => {
    expect(readView(pageDom('<html><body></body></html>'), at('year/2026/1/1'), 0)).toMatchObject({
      status: 'ok',
      view: 'year',
      fullDays: [],
      events: [],
    });
  });

  test('reads from any root node, not only a document', () => {
    const doc = pageDom(committedPage('week-en.html'));
    const s = readView(doc.body, WEEK_URL, 0);
    expect(s).toMatchObject({ status: 'ok', lang: 'en' });
    expect(s.events).toEqual(readView(doc, WEEK_URL, 0).events);
  });
});
