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
