import { expect, test } from 'vitest';
import { parseChipText } from '@/utils/gcal/chip-text';
import { ALL_LOCALES } from '@/utils/gcal/locales/all';
import { LOCALE_CODES, hasLocale, registerLocale, resolveLang } from '@/utils/gcal/locales/index';

test('the background holds tables for exactly the 73 known languages', () => {
  expect(Object.keys(ALL_LOCALES).sort()).toEqual([...LOCALE_CODES].sort());
  expect(LOCALE_CODES).toHaveLength(73);
});

test('a language resolves before its tables arrive, and unknown ones do not', () => {
  expect(resolveLang('de-AT')).toBe('de');
  expect(resolveLang('he')).toBe('iw');
  expect(resolveLang('xx')).toBeUndefined();
});

test('registering refuses codes that are not UI languages', () => {
  registerLocale('xx', ALL_LOCALES.de!);
  expect(hasLocale('xx')).toBe(false);
});

test('German text is read once its tables are registered', () => {
  // tests/setup.ts registers every language, as the content script does for its page's one.
  expect(hasLocale('de')).toBe(true);
  const t = parseChipText('10:00 bis 13:00, Controllers, Kalender: Esri, Kein Ort, 10. Juni 2024', {
    lang: 'de',
  });
  expect(t?.start).toEqual({ h: 10, m: 0 });
  expect(t?.end).toEqual({ h: 13, m: 0 });
});
