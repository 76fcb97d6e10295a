// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { App } from '@/components/options/App';
import { createDataStore, type DataEffects } from '@/components/options/data-store';
import type { StartEffects } from '@/components/options/GettingStarted';
import { createSettingsStore, type SettingsEffects } from '@/components/options/settings-store';
import { createOptionsStore, type OptionsEffects } from '@/components/options/store';
import { TextProvider } from '@/components/use-text';
import type { Rule } from '@/utils/domain/rules/types';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings/settings';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { catalogueReader } from '@/utils/shared/i18n/render';

afterEach(cleanup);

// English sentences of the options page that must not show in another language.
const ENGLISH = [
  'Changes are saved as you make them',
  'Working week',
  'Nudge me',
  'Add a rule',
  'Built-in keywords',
  'Test a title',
  'Your data',
  'History kept',
  'Back up all data',
  'Restore from a backup file',
  'Delete all data',
  'Monday',
  'Target split',
  'Condition',
  'Custom',
  'Innovation keywords',
  'Save keywords',
  'Week starts on',
  'Keep at least',
  'Rule 1',
  'months',
  'years',
  'New in a lead role',
];

const okr: Rule = { id: 'a', when: { type: 'keywords', keywords: ['okr'] }, category: 'execution' };

async function setup(lang: string) {
  const cat = CATALOGUES[lang]!;
  const reader = catalogueReader(cat, lang);
  const saved = { rules: [okr], keywords: ['prototype'], settings: { ...DEFAULT_SETTINGS } };
  const rules: OptionsEffects = {
    loadRules: async () => saved.rules,
    saveRules: vi.fn(async (r: Rule[]) => void (saved.rules = r)),
    loadKeywords: async () => saved.keywords,
    saveKeywords: async (k) => void (saved.keywords = k),
    watch: () => () => undefined,
  };
  const settingsFx: SettingsEffects = {
    load: async () => saved.settings,
    save: vi.fn(
      async (p: Partial<Settings>) => void (saved.settings = { ...saved.settings, ...p }),
    ),
    loadProblem: async () => null,
    watch: () => () => undefined,
  };
  const dataFx: DataEffects = {
    exportData: vi.fn(),
    save: () => undefined,
    restore: vi.fn(),
    reset: vi.fn(),
    now: () => new Date(2026, 10, 25, 12).getTime(),
    lang,
  };
  const start: StartEffects = {
    openWelcome: () => undefined,
    popupShortcut: async () => 'Alt+Shift+Y',
    reader: () => reader,
  };
  render(
    <TextProvider reader={reader}>
      <App
        store={createOptionsStore(rules)}
        settingsStore={createSettingsStore(settingsFx)}
        dataStore={createDataStore(dataFx)}
        start={start}
      />
    </TextProvider>,
  );
  await screen.findByRole('heading', { name: cat.options_add_rule_heading });
  await screen.findByRole('heading', { name: cat.options_data_heading });
  return { cat, saved, dataFx, rules };
}

const text = () => document.body.textContent ?? '';
const labels = () =>
  [...document.querySelectorAll('[aria-label],[placeholder]')]
    .map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('placeholder') ?? ''}`)
    .join(' ');

test.each(['de', 'ja'])('a %s options page shows none of the English words', async (lang) => {
  const { cat } = await setup(lang);
  for (const english of ENGLISH) {
    expect(text(), english).not.toContain(english);
    expect(labels(), english).not.toContain(english);
  }
  expect(text()).toContain(cat.options_lead);
  expect(document.title).toBe(cat.options_page_title);
  expect(document.documentElement.lang).toBe(lang);
  // Weekdays by Intl, not a list of English names.
  const monday = new Intl.DateTimeFormat(lang, { weekday: 'long' }).format(new Date(2024, 0, 8));
  expect(screen.getByRole('checkbox', { name: monday })).toBeTruthy();
});

test('German: the words a German reader expects, and behaviour unchanged', async () => {
  const { cat, saved } = await setup('de');
  expect(screen.getByRole('heading', { name: 'Ziel' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Regel 1 bearbeiten' })).toBeTruthy();
  expect(text()).toContain('Regel 1: Titel enthält „okr“ → Umsetzung');
  const retention = screen.getByLabelText('Verlauf behalten') as HTMLSelectElement;
  expect([...retention.options].map((o) => o.text)).toContain('2 Jahre (Standard)');

  // Saving a setting says so in German.
  fireEvent.click(screen.getByRole('checkbox', { name: 'Samstag' }));
  await waitFor(() => expect(saved.settings.workingDays).toContain(6));
  await waitFor(() => expect(text()).toContain('Samstag ist jetzt ein Arbeitstag.'));

  // The rule form: a bad rule refused in German, nothing saved; a good one added.
  fireEvent.click(screen.getByRole('button', { name: cat.options_add_rule }));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'Geben Sie mindestens ein Stichwort ein.',
  );
  expect(saved.rules).toHaveLength(1);
  fireEvent.input(screen.getByLabelText('Stichwörter, durch Kommas getrennt'), {
    target: { value: 'offsite' },
  });
  fireEvent.click(screen.getByRole('button', { name: cat.options_add_rule }));
  await waitFor(() => expect(saved.rules).toHaveLength(2));
  expect(text()).toContain('Regel 2: Titel enthält „offsite“ → Innovation');

  // Try it: the reason in German.
  fireEvent.input(screen.getByLabelText('Titel testen'), { target: { value: 'Prototype' } });
  await waitFor(() =>
    expect(document.querySelector('.test-result')?.textContent).toBe(
      'Innovation · Auto: Stichwort „prototype“',
    ),
  );
});

const fill = (m: string, ...subs: string[]) =>
  m.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');

const refusedFiles: [string, string, (cat: Record<string, string>) => string][] = [
  ['not a backup', JSON.stringify({ format: 'ical' }), (c) => fill(c.check_file_format!, '"ical"')],
  ['empty', '  ', (c) => c.check_file_empty!],
  [
    'a field wrong',
    JSON.stringify({
      format: 'polarity-data',
      version: 2,
      dbVersion: 1,
      exportedAt: 'never',
    }),
    (c) => fill(c.check_in_file!, fill(c.check_date_time!, 'exportedAt')),
  ],
  [
    'a setting wrong',
    JSON.stringify({
      format: 'polarity-data',
      version: 2,
      dbVersion: 1,
      exportedAt: '2026-11-25T12:00:00.000Z',
      settings: { ...DEFAULT_SETTINGS, workingDays: [] },
    }),
    (c) => fill(c.check_in_file!, fill(c.check_working_days!, 'settings.workingDays')),
  ],
];

describe.each(['de', 'ja'])('%s: a refused file is refused in the reader’s words', (lang) => {
  test.each(refusedFiles)('%s', async (_, text, reason) => {
    const { cat, dataFx } = await setup(lang);
    fireEvent.change(screen.getByLabelText(cat.options_restore_label!), {
      target: { files: [new File([text], 'x.json')] },
    });
    const alert = (await screen.findByRole('alert')).textContent!;
    // The whole sentence from the catalogue, the field's path as the file writes it.
    expect(alert).toBe(fill(cat.options_file_refused!, reason(cat)));
    expect(alert).not.toMatch(/must|The file|In the file/);
    expect(dataFx.restore).not.toHaveBeenCalled();
  });
});
