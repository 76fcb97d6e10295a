// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageStringsHandlers } from '@/utils/background/page-strings';
import { pageLanguage } from '@/utils/page/page-language';
import { createTagMount } from '@/utils/page/tag-mount';
import { createToastMount } from '@/utils/page/toast-mount';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { dispatch } from '@/utils/shared/messages';

// The shadow roots' stylesheets come from the background with the page's
// strings, so the content script does not carry them (issue 13's 30 KB).

const ctx = { onInvalidated: () => undefined };
// Vitest reads stylesheets as empty (the built extension's are checked end to end).
const PAGE_STYLES = {
  control: '.polarity { color: red }',
  toast: '.toast { color: blue }',
  legend: '.legend { color: green }',
};

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

async function languageFrom(answer: (m: unknown) => unknown) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(answer as never);
  document.documentElement.setAttribute('lang', 'de');
  return pageLanguage(document);
}

const sheetOf = (host: HTMLElement) => host.shadowRoot!.querySelector('style')!.textContent;

test('the background sends each shadow root its stylesheet, and the page puts it there', async () => {
  const handlers = pageStringsHandlers(async (l) => CATALOGUES[l]!, PAGE_STYLES);
  expect((await handlers.getPageStrings!({ lang: 'de' }, {})).styles).toBe(PAGE_STYLES);
  const language = await languageFrom((m) => dispatch(handlers, m, {}));
  expect(language.styles).toEqual(PAGE_STYLES);

  const tag = createTagMount(ctx, window, language);
  const dialog = document.createElement('div');
  document.body.append(dialog);
  tag.show(dialog, {
    state: {
      category: 'execution',
      source: 'default',
      reason: 'Auto: no keyword',
      because: { key: 'reason_no_keyword' },
    },
    recurring: false,
    countable: true,
    scope: 'event',
    onScope: vi.fn(),
    onChoose: vi.fn(),
  });
  expect(sheetOf(tag.host)).toBe(PAGE_STYLES.control);
  expect(sheetOf(createToastMount(ctx, window, language).host)).toBe(PAGE_STYLES.toast);
});

test('styles that are not text, or far too long, are not used: the UI draws unstyled', async () => {
  const strings = { locale: 'de', messages: CATALOGUES.de };
  for (const styles of [
    { control: 1, toast: '', legend: '' },
    { control: 'x'.repeat(60_000), toast: '', legend: '' },
    'body { display: none }',
  ]) {
    const language = await languageFrom(async () => ({ ...strings, styles }));
    expect(language.styles).toBeUndefined();
    expect(language.reader.lookup('page_exclude')).toBe(CATALOGUES.de!.page_exclude);
    expect(sheetOf(createToastMount(ctx, window, language).host)).toBe('');
  }
});
