import { expect, test } from 'vitest';
import { parseChipText } from '@/utils/gcal/chip-text';
import { ALL_LOCALES } from '@/utils/gcal/locales/all';
import { LOCALE_CODES, localeFor, resolveLang } from '@/utils/gcal/locales/index';

test('the background holds tables for exactly the 73 known languages', () => {
  expect(Object.keys(ALL_LOCALES).sort()).toEqual([...LOCALE_CODES].sort());
  expect(LOCALE_CODES).toHaveLength(73);
});

test('page languages resolve to Google codes, and unknown ones do not', () => {
  expect(resolveLang('de-AT')).toBe('de');
  expect(resolveLang('he')).toBe('iw');
  expect(resolveLang('xx')).toBeUndefined();
});

test('only UI languages have tables', () => {
  expect(localeFor('de')).toBeDefined();
  expect(localeFor('xx')).toBeUndefined();
  expect(localeFor('toString')).toBeUndefined();
});

test('German text is read with its tables', () => {
  const t = parseChipText('10:00 bis 13:00, Controllers, Kalender: Esri, Kein Ort, 10. Juni 2024', {
    lang: 'de',
  });
  expect(t?.start).toEqual({ h: 10, m: 0 });
  expect(t?.end).toEqual({ h: 13, m: 0 });
});
