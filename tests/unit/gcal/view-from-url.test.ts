import { describe, expect, test } from 'vitest';
import { viewFromUrl, viewFromViewKey } from '@/utils/gcal/view-from-url';

const at = (path: string) => viewFromUrl(new URL(`https://calendar.google.com${path}`));

describe('viewFromUrl', () => {
  test.each([
    [
      '/calendar/u/0/r/week/2026/11/24',
      { account: 0, view: 'week', date: '2026-11-24', page: 'view' },
    ],
    ['/calendar/u/2/r/day/2026/1/3', { account: 2, view: 'day', date: '2026-01-03', page: 'view' }],
    [
      '/calendar/r/month/2025/12/1',
      { account: 0, view: 'month', date: '2025-12-01', page: 'view' },
    ],
    ['/calendar/u/1/r/customday', { account: 1, view: 'customday', page: 'view' }],
    [
      '/calendar/u/0/r/customweek/2026/11/24',
      { account: 0, view: 'customweek', date: '2026-11-24', page: 'view' },
    ],
    ['/calendar/u/0/r/agenda', { account: 0, view: 'agenda', page: 'view' }],
    [
      '/calendar/u/0/r/year/2026/1/1',
      { account: 0, view: 'year', date: '2026-01-01', page: 'view' },
    ],
    ['/calendar/u/0/r', { account: 0, view: null, page: 'view' }],
    ['/calendar/u/0/r/', { account: 0, view: null, page: 'view' }],
  ])('%s', (path, expected) => expect(at(path)).toEqual(expected));

  test.each([
    '/calendar/u/0/r/eventedit/abc',
    '/calendar/u/0/r/search?q=x',
    '/calendar/u/0/r/settings',
    '/calendar/u/0/r/settings/general',
    '/',
    '/calendar/u/0/embed',
  ])('%s is not a view', (path) => {
    expect(at(path)).toMatchObject({ view: 'other', page: 'not-a-view' });
  });

  test.each(['fourdays', 'constructor', 'toString', '__proto__'])(
    'an unknown view name (%s) is unknown, not a page to ignore',
    (name) => {
      expect(at(`/calendar/u/0/r/${name}`)).toEqual({ account: 0, view: 'other', page: 'unknown' });
    },
  );

  test('an impossible date is dropped', () => {
    expect(at('/calendar/u/0/r/week/2026/2/30')).toEqual({
      account: 0,
      view: 'week',
      page: 'view',
    });
  });

  test('viewkeys', () => {
    expect(viewFromViewKey('WEEK')).toBe('week');
    expect(viewFromViewKey('CUSTOM_DAYS')).toBe('customday');
    expect(viewFromViewKey('week')).toBeNull();
    expect(viewFromViewKey(null)).toBeNull();
    expect(viewFromViewKey('constructor')).toBeNull();
  });
});
