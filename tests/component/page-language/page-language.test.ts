// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createTagControl, type TagControlProps } from '@/components/tag-control/tag-control';
import { createToast } from '@/components/toast/toast';
import { pageStringsHandlers } from '@/utils/background/page-strings';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { bestLocale } from '@/utils/shared/i18n/locales';
import { msg } from '@/utils/shared/i18n/msg';
import { fill } from '@/utils/shared/i18n/render';
import { dispatch } from '@/utils/shared/messages';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageLanguage } from '@/utils/page/page-language';
import { createLegendMount } from '@/utils/page/legend-mount';
import { createServes } from '@/components/tag-control/serves';
import { createServesLink } from '@/utils/page/tag-serves';

// The control and the toast in the Calendar page's language, as the content
// script gets it: <html lang> → getPageStrings → the background's catalogue.
// Expected words come from the catalogue of the language under test.

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
});

async function languageOf(lang: string) {
  const load = vi.fn(async (locale: string) => CATALOGUES[locale]!);
  const handlers = pageStringsHandlers(load);
  const send = vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation(((message: unknown) => dispatch(handlers, message, {})) as never);
  document.documentElement.setAttribute('lang', lang);
  const language = await pageLanguage(document);
  send.mockRestore();
  return { language, load };
}

function control(
  language: Awaited<ReturnType<typeof pageLanguage>>,
  over: Partial<TagControlProps> = {},
) {
  const c = createTagControl(document, language);
  c.update({
    state: {
      category: 'innovation',
      source: 'default',
      because: msg('reason_keyword', 'prototype'),
      reason: "Auto: keyword 'prototype'",
    },
    recurring: true,
    countable: true,
    scope: 'event',
    onScope: vi.fn(),
    onChoose: vi.fn(),
    ...over,
  });
  document.body.append(c.el);
  return c;
}

const names = (m: Record<string, string>) => [
  m.page_execution!,
  m.page_innovation!,
  m.page_exclude!,
  m.page_auto!,
];

describe.each([
  ['de', 'de'],
  ['de-AT', 'de'],
  ['ja', 'ja'],
])('a %s page', (lang, locale) => {
  const m = CATALOGUES[locale]!;

  test("the control's names, group, scope and reason are the page's words", async () => {
    const { language, load } = await languageOf(lang);
    expect(load).toHaveBeenCalledWith(locale);
    control(language);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(names(m));
    for (const name of names(m)) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('region', { name: m.page_control_label })).toBeTruthy();
    expect(screen.getByRole('group', { name: m.page_category_group })).toBeTruthy();
    expect(screen.getByRole('radio', { name: m.page_scope_series })).toBeTruthy();
    expect(document.querySelector('.reason')!.textContent).toBe(
      fill(m.reason_keyword!, ['prototype']),
    );
    expect(screen.queryByRole('button', { name: 'Execution' })).toBeNull();
    expect(document.querySelector('section')!.getAttribute('dir')).toBe('ltr');
  });

  test('a toast: title, minutes by Intl, date in the page language, actions', async () => {
    const { language } = await languageOf(lang);
    const toast = createToast(document, language);
    document.body.append(toast.el);
    const start = new Date(2026, 10, 24, 15, 0).getTime();
    toast.update({
      nudges: [
        {
          key: 'k',
          title: msg('nudge_taken_title', 'Strategy'),
          message: msg(
            'nudge_taken_message',
            msg('nudge_cause_deleted'),
            { minutes: 90 },
            {
              range: [start, start + 2 * 3600_000],
            },
          ),
          rebookLabel: msg('nudge_rebook'),
          openLabel: msg('nudge_open'),
        },
      ],
      onAction: vi.fn(),
      onExpire: vi.fn(),
    });
    const card = screen.getByRole('region', { name: fill(m.nudge_taken_title!, ['Strategy']) });
    const text = card.querySelector('.message')!.textContent!;
    expect(
      text.startsWith(
        fill(m.nudge_taken_message!, [
          m.nudge_cause_deleted!,
          fill(m.unit_hours_minutes!, ['1', '30']),
          '',
        ]),
      ),
    ).toBe(true);
    // Tuesday 24 November, as the page's language writes it (not "Tue, Nov 24").
    expect(text).toMatch(locale === 'ja' ? /11\/24\(火\)/ : /24\. Nov/);
    expect(
      within(card)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([m.nudge_rebook, m.nudge_open, m.page_dismiss]);
  });
});

describe('a right-to-left page (Hebrew, no catalogue of its own)', () => {
  test('English words, mirrored: dir rtl on the roots, arrows follow the reading direction', async () => {
    const { language, load } = await languageOf('he');
    expect(bestLocale('he')).toBe('en');
    expect(load).toHaveBeenCalledWith('en');
    expect(language.dir).toBe('rtl');
    control(language);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(names(CATALOGUES.en!));
    expect(document.querySelector('section')!.getAttribute('dir')).toBe('rtl');
    const exec = screen.getByRole('button', { name: 'Execution' });
    exec.focus();
    // In a right-to-left row the next button is on the left.
    fireEvent.keyDown(exec, { key: 'ArrowLeft' });
    expect(document.activeElement?.textContent).toBe('Innovation');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('Auto');

    const toast = createToast(document, language);
    expect(toast.el.getAttribute('dir')).toBe('rtl');
  });
});

describe('when the background cannot answer', () => {
  test('English, never an empty control', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    const language = await pageLanguage(document); // no listener: sendMessage fails
    control(language);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(names(CATALOGUES.en!));
  });
});

// The page's language wins over the browser's: the browser's i18n answers in
// its own language here, so words from it would show up as the wrong language.
describe.each([
  ['de', 'en'],
  ['en', 'de'],
])('a %s page in a browser set to %s', (pageLang, browserLang) => {
  const page = CATALOGUES[pageLang]!;
  const browserWords = CATALOGUES[browserLang]!;
  const browserI18n = () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(browserLang);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      ((name: string) => browserWords[name] ?? '') as never,
    );
  };
  afterEach(() => vi.restoreAllMocks());

  test('the first-run legend is in the page language', async () => {
    browserI18n();
    const { language } = await languageOf(pageLang);
    const memory = { seen: async () => false, remember: async () => undefined };
    await createLegendMount(
      { onInvalidated: () => 0 },
      window,
      memory,
      Promise.resolve(language),
    ).markersShown();
    const aside = document.querySelector('polarity-legend')!.shadowRoot!.querySelector('aside')!;
    expect(aside.getAttribute('aria-label')).toBe(page.page_legend_label);
    expect(aside.getAttribute('lang')).toBe(pageLang);
    expect([...aside.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      page.page_legend_innovation,
      page.page_legend_execution,
      page.page_legend_excluded,
    ]);
    expect(aside.querySelector('button')!.textContent).toBe(page.page_legend_dismiss);
    expect(aside.textContent).not.toContain(browserWords.page_legend_dismiss!);
    document.querySelector('polarity-legend')!.remove();
  });

  test('the "Serves…" choice is named in the page language', async () => {
    const { language } = await languageOf(pageLang);
    browserI18n();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      choices: [{ kind: 'series', key: 'ops', title: 'Weekly ops review' }],
      current: null,
    } as never);
    const serves = createServes(document);
    document.body.append(serves.el);
    const link = createServesLink(serves, language.reader);
    const event = { eid: 'E', id: 'lab_1', seriesId: 'lab', title: 'Lab', kind: 'timed' } as const;
    link.update({ account: 0, event, scope: 'event' });
    const select = await screen.findByRole('combobox', { name: page.serves_label });
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      page.serves_none,
      'Weekly ops review',
    ]);
    expect(screen.queryByRole('combobox', { name: browserWords.serves_label })).toBeNull();
  });
});
