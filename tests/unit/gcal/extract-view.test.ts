// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { extractView } from '@/utils/gcal/extract-view';
import { interpretView } from '@/utils/gcal/interpret-view';
import { isPageRead, type PageRead } from '@/utils/gcal/page-read';
import { clearReadCaches, readView } from '@/tests/support/read-view';
import { FIXTURE_PAGES } from '../../fixtures/pages';
import { committedPage, pageDom, WEEK_URL } from './page-dom';

// The content script extracts, the background interprets: the read crosses the
// message wire between them, so it must survive a structured clone unchanged.
describe('the page read, split between the content script and the background', () => {
  test.each(FIXTURE_PAGES.map((p) => [p.file, p.url] as const))(
    '%s: the read survives the wire and reads the same',
    (file, url) => {
      const doc = pageDom(committedPage(file));
      const read = extractView(doc, new URL(url), 42);
      const wired = structuredClone(JSON.parse(JSON.stringify(read)) as PageRead);
      expect(wired).toEqual(read);
      clearReadCaches();
      const direct = readView(doc, new URL(url), 42);
      expect(direct.status).toBe('ok');
      expect(direct.events.length).toBeGreaterThan(0);
      expect(interpretView(wired)).toEqual(direct);
    },
  );

  test('the page side parses nothing: raw ids, date keys and texts only', () => {
    const read = extractView(pageDom(committedPage('week-en.html')), WEEK_URL, 1);
    expect(read).toMatchObject({ href: WEEK_URL.href, lang: 'en', main: true, readAt: 1 });
    expect(read.zoneText).toContain('New York');
    if (read.grid?.kind !== 'columns') throw new Error('a week reads as columns');
    expect(read.grid.columns).toHaveLength(7);
    expect(read.grid.range).toEqual(['29047', expect.stringMatching(/^\d+$/)]);
    const chip = read.grid.columns.flatMap((c) => c.chips).find((c) => c.visible.length > 0)!;
    expect(chip.hidden).toMatch(/,/);
    expect(Object.keys(chip).sort()).toEqual(expect.arrayContaining(['eid', 'hidden', 'visible']));
    expect(chip).not.toHaveProperty('start');
    expect(chip).not.toHaveProperty('title');
  });

  test('a page still loading, and a page that is not a calendar view', () => {
    const empty = pageDom('<html lang="en"><body data-viewkey="WEEK"></body></html>');
    const loading = extractView(empty, WEEK_URL, 1);
    expect(loading).toEqual({
      href: WEEK_URL.href,
      readAt: 1,
      lang: 'en',
      viewKey: 'WEEK',
      main: false,
      anyChips: 0,
    });
    expect(interpretView(loading)).toMatchObject({ status: 'unreadable', view: 'week' });
    expect(interpretView(loading).reason).toMatch(/still loading/);
    const settings = new URL('https://calendar.google.com/calendar/u/1/r/settings');
    expect(interpretView(extractView(empty, settings, 1))).toMatchObject({
      status: 'not-a-view',
      account: 1,
    });
  });

  test('a read whose grid does not match its view is not taken for events', () => {
    const doc = pageDom(committedPage('week-en.html'));
    const read = extractView(doc, WEEK_URL, 1);
    const asMonth = {
      ...read,
      href: 'https://calendar.google.com/calendar/u/0/r/month/2026/11/24',
    };
    expect(interpretView(asMonth)).toMatchObject({ status: 'unreadable', events: [] });
  });

  test('malformed reads are refused at the boundary', () => {
    const good = extractView(pageDom(committedPage('week-en.html')), WEEK_URL, 1);
    expect(isPageRead(good)).toBe(true);
    for (const bad of [
      null,
      'x',
      {},
      { ...good, href: 3 },
      { ...good, readAt: '1' },
      { ...good, grid: 'x' },
    ])
      expect(isPageRead(bad)).toBe(false);
  });
});
