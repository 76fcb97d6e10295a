// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { catalogueReader, render } from '@/utils/shared/i18n/render';
import { readView } from '../../support/read-view';
import type { Snapshot } from '@/utils/shared/types';
import { MONTH_EN_URL } from '../../fixtures/pages';
import { REDESIGNS } from '../../fixtures/redesign';
import { committedPage, pageDom, WEEK_URL } from './page-dom';

// What a redesign may produce: "can't read", naming what was found, or (for a
// hook that view does not need) the same days and the same counted events as
// the page as it was. Never fewer or other events, never "still loading" with
// chips on the page.
const PAGES = [
  ['week-en.html', WEEK_URL],
  ['week-real-shapes.html', WEEK_URL],
  ['month-en.html', new URL(MONTH_EN_URL)],
] as const;

/** Hooks a week (or month) view reads without: losing them must change nothing. */
const NOT_NEEDED: Record<string, string[]> = {
  'week-en.html': ['role=row', 'aria-hidden'],
  'week-real-shapes.html': ['role=row', 'aria-hidden'],
  'month-en.html': ['data-column-index'],
};

/** Hooks whose loss makes the read more cautious: the same events, more days only added to. */
const CAUTIOUS: Record<string, string[]> = {
  // Without cells, a "N more" button can't name its day: its whole row stays partial.
  'month-en.html': ['role=gridcell'],
};

/** What the week's figures come from: the days replaced or added to, and the events that count. */
const counted = (s: Snapshot) => ({
  status: s.status,
  fullDays: s.fullDays,
  partialDays: s.partialDays,
  timed: s.events.filter((e) => e.kind === 'timed'),
});

describe.each(PAGES)('%s, redesigned', (file, url) => {
  const before = readView(pageDom(committedPage(file)), url, 0);

  test.each(REDESIGNS.map((r) => [r.hook, r] as const))('%s renamed', (hook, r) => {
    const after = readView(pageDom(r.apply(committedPage(file))), url, 0);
    if (NOT_NEEDED[file]!.includes(hook)) {
      expect(counted(after)).toEqual(counted(before));
      return;
    }
    if (CAUTIOUS[file]?.includes(hook)) {
      expect(counted(after).timed).toEqual(counted(before).timed);
      expect(before.fullDays).toEqual(expect.arrayContaining(after.fullDays));
      expect(after.partialDays).toEqual(expect.arrayContaining(before.partialDays));
      expect(after.partialDays.length).toBeGreaterThan(before.partialDays.length);
      return;
    }
    expect(after.status).toBe('unreadable');
    expect(after.reason).toMatch(
      /^can't read this view: \d+ event chips? found, (none readable|but no )/,
    );
    expect(after.reason).not.toMatch(/still loading/);
    // Nothing is written from it: no day is replaced, no event stored.
    expect(after.fullDays).toEqual([]);
    expect(after.partialDays).toEqual([]);
    expect(after.events).toEqual([]);
  });

  test('the grid range renamed reads the same days from the columns', () => {
    const html = committedPage(file).replace(/data-(start|end)-date-key=/g, 'data-$1-key=');
    expect(readView(pageDom(html), url, 0)).toEqual(before);
  });
});

describe('what a redesigned page names', () => {
  test('day columns gone: the chips and the hooks still there', () => {
    const html = REDESIGNS.find((r) => r.hook === 'data-column-index')!.apply(
      committedPage('week-en.html'),
    );
    const s = readView(pageDom(html), WEEK_URL, 0);
    expect(s.reason).toBe(
      "can't read this view: 32 event chips found, but no day columns " +
        '(grid cells: 14, day columns: 0, dated elements: 14, rows: 2)',
    );
    // The same reason as data, in the browser's language wherever it is read.
    expect(render(s.because!, catalogueReader(CATALOGUES.de!, 'de'))).toBe(
      'diese Ansicht kann nicht gelesen werden: 32 Termin-Chips gefunden, aber keine Tagesspalten ' +
        '(Rasterzellen: 14, Tagesspalten: 0, Elemente mit Datum: 14, Zeilen: 2)',
    );
    expect(render(s.because!, catalogueReader(CATALOGUES.pl!, 'pl'))).toMatch(
      /^nie można odczytać tego widoku: znaleziono 32 kafelki wydarzeń, ale brak kolumn dni/,
    );
  });

  test('chips under the main region without any grid', () => {
    const html = committedPage('week-en.html').replace(/role="gridcell"/g, '');
    const s = readView(pageDom(html), WEEK_URL, 0);
    expect(s.reason).toMatch(
      /^can't read this view: 32 event chips found, but no day columns \(grid cells: 0,/,
    );
  });

  test('no chips and no grid is still loading, as before', () => {
    const s = readView(pageDom('<html><body><div role="main"></div></body></html>'), WEEK_URL, 0);
    expect(s.reason).toMatch(/^still loading/);
  });
});
