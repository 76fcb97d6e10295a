// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { FIXTURE_PAGES, renderFixturePage } from '../../fixtures/pages';
import { buildWeekPage, dateKeyOf, encodeEventId } from '../../fixtures/gcal-page';
import { WEEK_EN_OPTIONS } from '../../fixtures/week-en';
import { committedPage, pageDom } from './page-dom';

describe('committed fixture pages', () => {
  test.each(FIXTURE_PAGES.map((p) => [p.file, p] as const))('%s is up to date', (file, page) => {
    // Regenerate with: npm exec -- node --experimental-strip-types tests/fixtures/write-pages.ts
    expect(committedPage(file)).toBe(renderFixturePage(page));
  });

  test.each(FIXTURE_PAGES.map((p) => p.file))('%s is self-contained', (file) => {
    const html = committedPage(file);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|url\(|https?:\/\//i);
  });

  test('the dense page has 300+ chips', () => {
    const doc = pageDom(committedPage('week-dense.html'));
    expect(doc.querySelectorAll('[data-eventchip]').length).toBeGreaterThanOrEqual(300);
  });
});

describe('page shapes', () => {
  const doc = pageDom(committedPage('week-en.html'));

  test('a week view with its range, headers and columns', () => {
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.body.getAttribute('data-viewkey')).toBe('WEEK');
    const grid = doc.querySelector('[role="main"] [data-start-date-key][data-end-date-key]')!;
    expect(grid.getAttribute('data-start-date-key')).toBe('29047');
    expect(grid.getAttribute('data-end-date-key')).toBe(String(dateKeyOf('2026-11-29')));
    expect(doc.querySelectorAll('[role="columnheader"][data-datekey]')).toHaveLength(7);
    expect(doc.querySelectorAll('[role="gridcell"][data-column-index][data-datekey]')).toHaveLength(
      7,
    );
    expect(doc.querySelectorAll('[role="gridcell"]:not([data-column-index])')).toHaveLength(7);
    expect(doc.querySelector('#xUserInfo #xTimezone')?.textContent).toContain('New York');
  });

  test('timed chips carry the captured attributes, hidden text and a resize handle', () => {
    const chip = doc.querySelector('[role="gridcell"][data-column-index="0"] [data-eventchip]')!;
    for (const attr of [
      'data-opens-details',
      'tabindex',
      'data-eventid',
      'jslog',
      'data-dragsource-type',
      'style',
    ]) {
      expect(chip.hasAttribute(attr)).toBe(true);
    }
    expect(chip.getAttribute('role')).toBe('button');
    expect(chip.getAttribute('style')).toMatch(/top: \d+px; height: \d+px;.*border-color: rgb/);
    expect(chip.querySelector('.XuJrye')?.textContent).toBe(
      '8:30am to 9am, Inbox & priorities, Jordan Lee, No location, November 23, 2026',
    );
    const handle = chip.querySelector('[data-dragsource-type="3"]')!;
    expect(handle.getAttribute('data-eventid')).toBe(chip.getAttribute('data-eventid'));
    expect(handle.getAttribute('aria-hidden')).toBe('true');
  });

  test('all-day chips are stacked-layout chips in the all-day row', () => {
    const chips = doc.querySelectorAll(
      '[data-stacked-layout-chip-container][data-eventchip][data-eventid]',
    );
    expect(chips).toHaveLength(2);
    expect(chips[0]!.querySelector('[role="button"][data-stacked-layout-chip]')).not.toBeNull();
    expect(chips[0]!.getAttribute('style')).toMatch(/^left: 42\.86%; width: 14\.29%;/);
  });

  test('the popover is hidden by default and opens for a given event', () => {
    const closed = doc.querySelector('[role="dialog"][data-chips-dialog="true"]')!;
    expect(closed.getAttribute('style')).toBe('display: none;');
    expect(closed.querySelector('#xDetDlg')).toBeNull();
    const open = pageDom(
      buildWeekPage({ ...WEEK_EN_OPTIONS, openPopoverFor: 'Strategy offsite prep' }),
    );
    const dlg = open.querySelector(
      '[role="dialog"][data-chips-dialog="true"] #xDetDlg[data-eventid]',
    )!;
    const chip = [...open.querySelectorAll('[data-eventchip]')].find((c) =>
      c.textContent?.includes('Strategy offsite prep'),
    )!;
    expect(dlg.getAttribute('data-eventid')).toBe(chip.getAttribute('data-eventid'));
    expect(dlg.querySelector('#rAECCd')?.textContent).toBe('Strategy offsite prep');
    expect(dlg.querySelector('#xDetDlgWhen')?.textContent).toBe(
      'Tuesday, November 24, 2026 ⋅ 3 – 5pm',
    );
    expect(dlg.querySelector('#xDetDlgCal')?.getAttribute('data-text')).toBe(
      'Jordan Lee – jordan.lee@example.com',
    );
    expect(dlg.querySelector('#xDetDlgCloseBu')).not.toBeNull();
  });

  test('encodeEventId abbreviates the calendar domain', () => {
    expect(atob(encodeEventId('abc', 'me@gmail.com'))).toBe('abc me@m');
    expect(encodeEventId('abc', 'me@gmail.com')).not.toMatch(/=/);
  });

  test('refuses to invent text no capture shows', () => {
    const allDay = { title: 'Feiertag', day: '2026-11-26', allDay: true };
    expect(() => buildWeekPage({ ...WEEK_EN_OPTIONS, lang: 'de', events: [allDay] })).toThrow(/de/);
  });
});
