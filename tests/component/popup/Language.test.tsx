// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '@/components/popup/App';
import { createPopupStore } from '@/components/popup/store';
import type { ReadSummary } from '@/utils/domain/report/read-summary';
import type { WeekReportResult } from '@/utils/domain/report/week-report';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { englishFragments, pageWords, speak } from '../speak';
import { fakeEffects } from './fake-effects';
import { fixtureReport } from './fixture-report';

afterEach(cleanup);

const SECTIONS = ['blocks', 'daily', 'trend', 'after-hours', 'largest', 'question', 'export'];

// What the popup used to say in English, word for word, before it spoke the user's language.
const ENGLISH = [
  'Show what Polarity read',
  'Innovation blocks',
  'Day by day',
  'Show as a table',
  'Show as a list',
  'not seen',
  'Overridden',
  'overlapped by',
  'double-booked',
  'series, 5 times',
  'Largest execution items',
  'After hours',
  'outside working hours',
  'A question for the week',
  'Which recurring meeting',
  'This week as CSV',
  'All data as JSON',
  'dashed line',
  'no data',
  'days seen',
  ' h ',
  'W48',
];

const summary: ReadSummary = {
  account: 0,
  view: 'week',
  status: 'ok',
  readAt: new Date(2026, 10, 25, 12).getTime(),
  chipsFound: 9,
  unreadableChips: 1,
  days: [
    { day: '2026-11-23', counted: 2, minutes: 90, timeBlocks: 1, partial: false },
    { day: '2026-11-24', counted: 3, minutes: 150, timeBlocks: 2, partial: true },
  ],
  excluded: [
    { title: 'Vendor pitch', day: '2026-11-26', why: 'declined' },
    { title: '', day: '2026-11-25', why: 'task' },
    { title: 'Send invoices', day: '2026-11-25', why: 'task' },
  ],
  excludedCounts: { declined: 1, task: 2 },
};

function renderPopup(report: (offset: number) => WeekReportResult, read = summary) {
  const fake = fakeEffects(report, read);
  fake.setSections(Object.fromEntries(SECTIONS.map((s) => [s, true])));
  render(<App store={createPopupStore(fake.effects)} />);
  return fake;
}

async function everySectionOpen(heading: string) {
  await screen.findByRole('heading', { name: heading });
  // The remembered sections open once the store has read them.
  await screen.findByText(CATALOGUES[locale]!.popup_export_csv!);
}

let locale = 'en';

describe.each([
  {
    lang: 'de',
    week: 'Diese Woche',
    present: [
      'Zeigen, was Polarity gelesen hat',
      'Tag für Tag',
      'Als Tabelle anzeigen',
      'nicht gesehen',
      '5,7 Std.',
      '9 Std.',
      '5,7 h',
      '1 Std. von 9 Std. Innovation (11 %) lagen außerhalb der Arbeitszeit.',
      'Verdrängt, 1 Std. verloren',
      'überschnitten von Escalation call, 1 Std. verloren',
      'Gehalten',
      'Serie, 5-mal',
      'KW 48',
      'KW 41: keine Daten',
      'KW 48: 24 % (7 von 7 Tagen gesehen)',
      '24 %',
      'Welches wiederkehrende Meeting könnte Ihr Team ohne Sie übernehmen?',
      'Diese Woche als CSV',
    ],
  },
  {
    lang: 'ja',
    week: '今週',
    present: [
      'Polarity が読み取った内容を表示',
      '表で表示',
      '未表示',
      '5.7 時間',
      '定期的な予定、5 回',
      '第48週',
      'あなたがいなくてもチームが担える定例会議はどれですか?',
      '今週を CSV で',
    ],
  },
])('the popup in $lang', ({ lang, week, present }) => {
  test('every section open: its words, numbers and week numbers, and no English', async () => {
    locale = lang;
    speak(lang);
    renderPopup((offset) => fixtureReport({ offset }));
    await everySectionOpen(week);
    const words = pageWords();
    for (const w of present) expect(words, w).toContain(w);
    for (const w of ENGLISH) expect(words, w).not.toContain(w);
    const fragments = englishFragments(lang, ['popup_']);
    expect(fragments.length).toBeGreaterThan(100);
    for (const w of fragments) expect(words, w).not.toContain(w);
  });

  test('"Show what Polarity read": the read, its counts and reasons, and no English', async () => {
    locale = lang;
    speak(lang);
    renderPopup((offset) => fixtureReport({ offset }));
    fireEvent.click(
      await screen.findByRole('button', { name: CATALOGUES[lang]!.popup_show_read! }),
    );
    await screen.findByRole('heading', { name: CATALOGUES[lang]!.popup_read_heading! });
    const words = pageWords();
    for (const w of ['Event chips', 'Counted per day', 'time block', 'declined', 'no title'])
      expect(words, w).not.toContain(w);
    for (const w of englishFragments(lang, ['popup_read', 'popup_count', 'popup_why']))
      expect(words, w).not.toContain(w);
    expect(screen.getByTestId('read-verdict').textContent).toBe(
      lang === 'de'
        ? 'Wochenansicht gelesen: 5 Termine gezählt.'
        : '週表示を読み取りました: 5 件の予定を集計しました。',
    );
    if (lang === 'de') {
      expect(screen.getByTestId('not-counted').textContent).toBe('1 abgelehnt, 2 Aufgaben');
      expect(words).toContain('(2 Zeitblöcke)');
      expect(words).toContain('(ohne Titel)');
      expect(words).toContain('2,5 Std.');
    }
  });

  test('first run, a week not seen, a failed load, full storage: no English', async () => {
    locale = lang;
    speak(lang);
    renderPopup(() => ({ state: 'first-run', calendarUrl: 'https://calendar.google.com/' }));
    await screen.findByRole('heading', { name: CATALOGUES[lang]!.popup_first_heading! });
    const first = pageWords();
    cleanup();

    renderPopup((offset) =>
      fixtureReport({
        offset,
        hasData: false,
        storageProblem: { at: new Date(2026, 10, 24, 14, 5).getTime(), what: 'a tag' },
      }),
    );
    await screen.findByRole('heading', { name: CATALOGUES[lang]!.popup_nodata_heading! });
    const empty = pageWords();
    expect(empty).toContain(CATALOGUES[lang]!.popup_storage_what_tag!);
    cleanup();

    let fail = true;
    const fake = fakeEffects((offset) => {
      if (fail) throw new Error('Could not establish connection. Receiving end does not exist.');
      return fixtureReport({ offset });
    });
    render(<App store={createPopupStore(fake.effects)} />);
    const alert = await screen.findByRole('alert');
    // The reader's sentence first; the browser's English words folded away under theirs.
    expect(alert.querySelector('strong')?.textContent).toBe(CATALOGUES[lang]!.popup_load_error);
    const detail = alert.querySelector('details')!;
    expect(detail.open).toBe(false);
    expect(detail.querySelector('summary')?.textContent).toBe(CATALOGUES[lang]!.popup_error_detail);
    expect(detail.querySelector('code')?.textContent).toBe(
      'Could not establish connection. Receiving end does not exist.',
    );
    detail.remove(); // the browser's words are its own, not the popup's
    const failed = pageWords();
    fail = false;
    fireEvent.click(
      within(alert).getByRole('button', { name: CATALOGUES[lang]!.popup_try_again! }),
    );
    await screen.findByRole('heading', { name: week });

    for (const words of [first, empty, failed])
      for (const w of englishFragments(lang, ['popup_'])) expect(words, w).not.toContain(w);
  });
});

test('an English browser still reads the English words (the catalogue is the source)', async () => {
  locale = 'en';
  renderPopup((offset) => fixtureReport({ offset }));
  await everySectionOpen('This week');
  const words = pageWords();
  for (const w of ['Show what Polarity read', '5.7 h', '5.7h', 'W48', '24%', 'series, 5 times'])
    expect(words, w).toContain(w);
});
