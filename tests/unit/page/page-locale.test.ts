// @vitest-environment happy-dom
import { beforeEach, expect, test, vi } from 'vitest';
import { localeHandlers } from '@/utils/background/locale-handlers';
import { ALL_LOCALES } from '@/utils/gcal/locales/all';

const page = (lang: string) => {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.lang = lang;
  return doc;
};

// A fresh module graph is a fresh content script: English only, as shipped
// (tests/setup.ts registers every language in the shared one).
let registry: typeof import('@/utils/gcal/locales/index');
let loadPageLocale: typeof import('@/utils/page/page-locale').loadPageLocale;
let parseChipText: typeof import('@/utils/gcal/chip-text').parseChipText;
beforeEach(async () => {
  vi.resetModules();
  registry = await import('@/utils/gcal/locales/index');
  ({ loadPageLocale } = await import('@/utils/page/page-locale'));
  ({ parseChipText } = await import('@/utils/gcal/chip-text'));
});

const ask = vi.fn(async (code: string) => ({ spec: ALL_LOCALES[code] ?? null }));
beforeEach(() => ask.mockClear());

const GERMAN = '10:00 bis 13:00, Controllers, Kalender: Esri, Kein Ort, 10. Juni 2024';

test('the background answers with a known language and null otherwise', async () => {
  const { getLocale } = localeHandlers();
  expect(await getLocale({ code: 'ja' }, {})).toEqual({ spec: ALL_LOCALES.ja });
  expect(await getLocale({ code: 'toString' }, {})).toEqual({ spec: null });
});

test('the content script ships English only', () => {
  expect(registry.hasLocale('en')).toBe(true);
  expect(registry.hasLocale('en_GB')).toBe(true);
  expect(registry.hasLocale('de')).toBe(false);
});

test('English and unknown pages ask nothing', async () => {
  await loadPageLocale(page('en-GB'), ask);
  await loadPageLocale(page(''), ask);
  await loadPageLocale(page('xx-YY'), ask);
  expect(ask).not.toHaveBeenCalled();
});

test('a German page asks once for "de", then its chips read', async () => {
  expect(parseChipText(GERMAN, { lang: 'de-AT' })).toBeNull();
  await loadPageLocale(page('de-AT'), ask);
  expect(ask).toHaveBeenCalledExactlyOnceWith('de');
  expect(parseChipText(GERMAN, { lang: 'de-AT' })?.end).toEqual({ h: 13, m: 0 });
  await loadPageLocale(page('de-AT'), ask);
  expect(ask).toHaveBeenCalledOnce();
});

test('a failed question leaves the reader strict instead of throwing', async () => {
  const failing = vi.fn(async () => Promise.reject(new Error('worker gone')));
  await expect(loadPageLocale(page('de'), failing)).resolves.toBeUndefined();
  expect(parseChipText(GERMAN, { lang: 'de' })).toBeNull();
});
