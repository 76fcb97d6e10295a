// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { App } from '@/components/options/App';
import { createDataStore, type DataEffects } from '@/components/options/data-store';
import { createSettingsStore, type SettingsEffects } from '@/components/options/settings-store';
import { createOptionsStore, type OptionsEffects } from '@/components/options/store';
import { DB_VERSION } from '@/utils/domain/db/schema';
import type { DataExport } from '@/utils/domain/export/data-export';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings/settings';
import {
  SAMPLE_DAYS,
  SAMPLE_META,
  SAMPLE_OVERRIDES,
  SAMPLE_RULES,
  SAMPLE_SETTINGS,
  SAMPLE_TAGS,
} from '../../unit/domain/backup/sample-data';

afterEach(cleanup);

const EXPORT: DataExport = {
  format: 'polarity-data',
  version: 2,
  exportedAt: new Date(2026, 10, 25, 14, 5).toISOString(),
  dbVersion: DB_VERSION,
  settings: SAMPLE_SETTINGS,
  rules: SAMPLE_RULES,
  days: SAMPLE_DAYS,
  tags: SAMPLE_TAGS,
  serves: [],
  overrides: SAMPLE_OVERRIDES,
  meta: SAMPLE_META,
};
const TEXT = JSON.stringify(EXPORT, null, 2);

const rules: OptionsEffects = {
  loadRules: async () => [],
  saveRules: async () => undefined,
  loadKeywords: async () => [],
  saveKeywords: async () => undefined,
  watch: () => () => undefined,
};

async function setup() {
  const settings = { value: { ...DEFAULT_SETTINGS } as Settings };
  const settingsFx: SettingsEffects = {
    load: async () => settings.value,
    save: vi.fn(
      async (patch: Partial<Settings>) => void (settings.value = { ...settings.value, ...patch }),
    ),
    loadProblem: async () => null,
    watch: () => () => undefined,
  };
  const files: { name: string; text: string }[] = [];
  const fx: DataEffects = {
    exportData: vi.fn(async () => EXPORT),
    save: (name, text) => void files.push({ name, text }),
    restore: vi.fn(async () => ({
      ok: true as const,
      counts: { days: 4, tags: 3, serves: 0, overrides: 2, rules: 3 },
      pruned: 0,
    })),
    reset: vi.fn(async () => ({ ok: true as const })),
    now: () => new Date(2026, 10, 25, 12).getTime(),
    // The language comes in with the effects: a British browser writes day, month, 24-hour time.
    lang: 'en-GB',
  };
  render(
    <App
      store={createOptionsStore(rules)}
      settingsStore={createSettingsStore(settingsFx)}
      dataStore={createDataStore(fx)}
    />,
  );
  await screen.findByRole('heading', { name: 'Your data' });
  return { fx, files, settings, settingsFx };
}

const button = (name: string) => screen.getByRole('button', { name });
const status = () =>
  screen
    .getByRole('heading', { name: 'Your data' })
    .closest('section')!
    .querySelectorAll('[role="status"]');
const lastStatus = () => [...status()].at(-1)!.textContent;

function choose(name: string, text: string) {
  const input = screen.getByLabelText('Restore from a backup file');
  fireEvent.change(input, {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });
}

test('backup saves one JSON file with everything, and says what is in it', async () => {
  const { files } = await setup();
  fireEvent.click(button('Back up all data'));
  await waitFor(() => expect(files).toHaveLength(1));
  expect(files[0]!.name).toBe('polarity-backup-2026-11-25.json');
  expect(JSON.parse(files[0]!.text)).toEqual(EXPORT);
  await waitFor(() =>
    expect(lastStatus()).toBe(
      'Saved polarity-backup-2026-11-25.json: 4 days of history (23 Nov 2026 to 28 Nov 2026), 3 tags, 2 overrides, 3 rules and settings.',
    ),
  );
});

test.each([
  [
    'truncated',
    TEXT.slice(0, 300),
    /^Not restored: The file is not complete JSON \(cut off, or not a backup\): .* Nothing was changed\.$/,
  ],
  [
    'foreign',
    JSON.stringify({ format: 'ical' }),
    /^Not restored: The file is not a Polarity backup: its format is "ical"\. Nothing was changed\.$/,
  ],
  [
    'bad',
    TEXT.replace('"kind": "timed"', '"kind": "lunch"'),
    /^Not restored: In the file, days\[0\]\.events\[0\]\.kind must be one of .* Nothing was changed\.$/,
  ],
])('a %s file is refused whole with the reason; nothing is sent', async (_, text, reason) => {
  const { fx } = await setup();
  choose('backup.json', text);
  expect((await screen.findByRole('alert')).textContent).toMatch(reason);
  expect(fx.restore).not.toHaveBeenCalled();
  expect(screen.queryByRole('button', { name: 'Replace my data' })).toBeNull();
});

test('a good file asks first, with what it holds; Escape or cancel changes nothing', async () => {
  const { fx } = await setup();
  choose('polarity-backup.json', TEXT);
  const panel = await screen.findByRole('group', {
    name: 'Replace all your data with polarity-backup.json?',
  });
  expect(panel.textContent).toContain(
    'Backup of 25 Nov 2026, 14:05: 4 days of history (23 Nov 2026 to 28 Nov 2026), 3 tags, 2 overrides, 3 rules and settings.',
  );
  // Focus starts on the safe choice.
  await waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel restore'));
  fireEvent.keyDown(panel, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('group', { name: /^Replace all/ })).toBeNull());
  expect(lastStatus()).toBe('Restore cancelled. Nothing was changed.');
  expect(document.activeElement?.id).toBe('restore-file');
  expect(fx.restore).not.toHaveBeenCalled();

  choose('polarity-backup.json', TEXT);
  fireEvent.click(await screen.findByRole('button', { name: 'Replace my data' }));
  await waitFor(() => expect(lastStatus()).toBe('Restored polarity-backup.json.'));
  // The file as it is goes to the background, which checks it again.
  expect(fx.restore).toHaveBeenCalledWith(EXPORT);
});

test('a restore the background refuses shows its reason', async () => {
  const { fx } = await setup();
  vi.mocked(fx.restore).mockResolvedValueOnce({
    ok: false,
    reason: 'Nothing was restored: the browser’s storage for Polarity is full.',
  });
  choose('b.json', TEXT);
  fireEvent.click(await screen.findByRole('button', { name: 'Replace my data' }));
  expect((await screen.findByRole('alert')).textContent).toBe(
    'Not restored: Nothing was restored: the browser’s storage for Polarity is full.',
  );
});

test('reset takes a confirm step in the page; focus starts on keeping the data', async () => {
  const { fx } = await setup();
  fireEvent.click(button('Delete all data…'));
  const panel = await screen.findByRole('group', { name: 'Delete all Polarity data?' });
  expect(panel.textContent).toContain('This cannot be undone');
  await waitFor(() => expect(document.activeElement?.textContent).toBe('Keep my data'));
  fireEvent.click(button('Keep my data'));
  await waitFor(() => expect(lastStatus()).toBe('Nothing was deleted.'));
  expect(fx.reset).not.toHaveBeenCalled();

  fireEvent.click(button('Delete all data…'));
  fireEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
  await waitFor(() =>
    expect(lastStatus()).toBe(
      'All Polarity data was deleted; settings and rules are back to their defaults.',
    ),
  );
  expect(fx.reset).toHaveBeenCalledTimes(1);
  await waitFor(() => expect(document.activeElement?.textContent).toBe('Delete all data…'));
});

test('history kept: longer saves at once, shorter asks first (it deletes)', async () => {
  const { settings, settingsFx } = await setup();
  const select = screen.getByLabelText('History kept') as HTMLSelectElement;
  expect(select.value).toBe('24');
  expect([...select.options].map((o) => o.text)).toEqual([
    '3 months',
    '6 months',
    '1 year',
    '2 years (default)',
    '3 years',
    '5 years',
  ]);
  fireEvent.change(select, { target: { value: '36' } });
  await waitFor(() => expect(settings.value.retentionMonths).toBe(36));

  fireEvent.change(select, { target: { value: '6' } });
  const panel = await screen.findByRole('group', { name: 'Keep only 6 months of history?' });
  // The page's own dates follow the browser's language (fakeBrowser: en-US).
  expect(panel.textContent).toContain('Everything before May 25, 2026 is deleted now');
  expect(settingsFx.save).toHaveBeenCalledTimes(1);
  fireEvent.click(button('Keep it'));
  await waitFor(() => expect(select.value).toBe('36'));

  fireEvent.change(select, { target: { value: '6' } });
  fireEvent.click(await screen.findByRole('button', { name: 'Delete older history' }));
  await waitFor(() => expect(settings.value.retentionMonths).toBe(6));
});
