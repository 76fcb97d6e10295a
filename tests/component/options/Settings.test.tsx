// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { App } from '@/components/options/App';
import { settingsEffects } from '@/components/options/settings-effects';
import { createSettingsStore, type SettingsEffects } from '@/components/options/settings-store';
import { createOptionsStore, type OptionsEffects } from '@/components/options/store';
import { storageProblemItem } from '@/utils/shared/storage-problem';
import { DEFAULT_SETTINGS, getSettings, type Settings } from '@/utils/domain/settings/settings';
import { syncStorageFull } from '../../unit/domain/backup/quota-fakes';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const rules: OptionsEffects = {
  loadRules: async () => [],
  saveRules: async () => undefined,
  loadKeywords: async () => [],
  saveKeywords: async () => undefined,
  watch: () => () => undefined,
};

function fakeSettings(initial: Partial<Settings> = {}) {
  const saved: { settings: Settings } = { settings: { ...DEFAULT_SETTINGS, ...initial } };
  const fx: SettingsEffects = {
    load: async () => saved.settings,
    save: vi.fn(async (patch: Partial<Settings>) => {
      saved.settings = { ...saved.settings, ...patch };
    }),
    loadProblem: async () => null,
    watch: () => () => undefined,
  };
  return { fx, saved };
}

async function setup(effects: SettingsEffects) {
  render(<App store={createOptionsStore(rules)} settingsStore={createSettingsStore(effects)} />);
  await screen.findByRole('heading', { name: 'Target' });
}

const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;
const box = (name: string | RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const statusIn = (heading: string) =>
  screen
    .getByRole('heading', { name: heading })
    .closest('section')!
    .querySelector('[role="status"]')!.textContent;

describe('target', () => {
  test('four presets by role, each described by who it fits, 80/20 chosen at first', async () => {
    await setup(fakeSettings().fx);
    const group = screen.getByRole('group', { name: 'Target split, execution / innovation' });
    expect(group.tagName).toBe('FIELDSET');
    for (const [name, fits] of [
      ['90/10', /^New in a lead role/],
      ['80/20', /^A team lead still hands-on/],
      ['75/25', /^Leading several teams/],
      ['60/40', /^A wide scope/],
      ['Custom', /^Your own split/],
    ] as const) {
      const r = radio(name);
      const description = document.getElementById(r.getAttribute('aria-describedby')!);
      expect(description?.textContent).toMatch(fits);
    }
    expect(radio('80/20').checked).toBe(true);
    expect((screen.getByLabelText('Innovation share, percent') as HTMLInputElement).disabled).toBe(
      true,
    );
  });

  test('a preset saves at once, and says so', async () => {
    const { fx, saved } = fakeSettings();
    await setup(fx);
    fireEvent.click(radio('60/40'));
    await waitFor(() => expect(statusIn('Target')).toBe('Target set to 60/40.'));
    expect(saved.settings).toMatchObject({ targetPreset: '60/40', targetPercent: 40 });
    expect(radio('60/40').checked).toBe(true);
  });

  test('quick changes are stored in order: the last choice wins', async () => {
    const { fx, saved } = fakeSettings();
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    const save = fx.save;
    fx.save = vi.fn(async (patch: Partial<Settings>) => {
      await slow;
      await save(patch);
    });
    await setup(fx);
    fireEvent.click(radio('75/25'));
    fireEvent.click(radio('60/40'));
    await waitFor(() => expect(radio('60/40').checked).toBe(true));
    release();
    await waitFor(() => expect(fx.save).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(saved.settings.targetPreset).toBe('60/40'));
    expect(radio('60/40').checked).toBe(true);
  });

  test('custom: a whole percent from 1 to 99, else a message and nothing saved', async () => {
    const { fx, saved } = fakeSettings();
    await setup(fx);
    fireEvent.click(radio('Custom'));
    await waitFor(() => expect(saved.settings.targetPreset).toBe('custom'));
    const percent = screen.getByLabelText('Innovation share, percent') as HTMLInputElement;
    await waitFor(() => expect(percent.disabled).toBe(false));
    vi.mocked(fx.save).mockClear();
    fireEvent.input(percent, { target: { value: '150' } });
    fireEvent.change(percent);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Enter a whole number from 1 to 99.',
    );
    expect(percent.getAttribute('aria-invalid')).toBe('true');
    expect(fx.save).not.toHaveBeenCalled();
    fireEvent.input(percent, { target: { value: '33' } });
    fireEvent.change(percent);
    await waitFor(() => expect(saved.settings.targetPercent).toBe(33));
    await waitFor(() => expect(statusIn('Target')).toBe('Target set to 67/33 (custom).'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('working week', () => {
  test('week start, working days and hours save at once', async () => {
    const { fx, saved } = fakeSettings();
    await setup(fx);
    const start = screen.getByLabelText('Week starts on') as HTMLSelectElement;
    expect([...start.options].map((o) => o.text)).toEqual([
      'As Google Calendar shows it',
      'Monday',
      'Sunday',
      'Saturday',
    ]);
    fireEvent.change(start, { target: { value: '0' } });
    await waitFor(() => expect(saved.settings.weekStart).toBe(0));

    expect(screen.getByRole('group', { name: 'Working days' })).toBeTruthy();
    expect(box('Saturday').checked).toBe(false);
    fireEvent.click(box('Saturday'));
    await waitFor(() => expect(saved.settings.workingDays).toEqual([1, 2, 3, 4, 5, 6]));
    await waitFor(() => expect(statusIn('Working week')).toBe('Saturday is now a working day.'));

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '17:30' } });
    await waitFor(() => expect(saved.settings.workEnd).toBe(17 * 60 + 30));
    // Times as the browser's clock writes them (fakeBrowser: en-US).
    await waitFor(() =>
      expect(statusIn('Working week')).toBe('Working hours: 9:00 AM to 5:30 PM.'),
    );
  });

  test('no working day at all, or hours that end before they start, are refused', async () => {
    const { fx, saved } = fakeSettings({ workingDays: [3] });
    await setup(fx);
    fireEvent.click(box('Wednesday'));
    expect((await screen.findByRole('alert')).textContent).toBe('Keep at least one working day.');
    expect(box('Wednesday').checked).toBe(true);
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '19:00' } });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Working hours must end after they start.',
      ),
    );
    expect(fx.save).not.toHaveBeenCalled();
    expect(saved.settings.workStart).toBe(540);
  });
});

test('nudges: each kind on or off, and quiet outside working hours', async () => {
  const { fx, saved } = fakeSettings();
  await setup(fx);
  expect(screen.getByRole('group', { name: 'Nudge me' })).toBeTruthy();
  for (const name of [
    'When innovation time is taken',
    'When next week has no innovation booked',
    'Quiet outside working hours',
  ]) {
    expect(box(name).checked).toBe(true);
  }
  fireEvent.click(box('When next week has no innovation booked'));
  await waitFor(() =>
    expect(saved.settings.nudges).toEqual({
      overrides: true,
      nextWeek: false,
      quietOutsideWorkingHours: true,
      streak: true,
      afterHours: true,
    }),
  );
  await waitFor(() => expect(statusIn('Nudges')).toBe('No more reminders about next week.'));
});

test('week ahead: the block name and its two nudges', async () => {
  const { fx, saved } = fakeSettings();
  await setup(fx);
  const name = screen.getByRole('textbox', { name: 'Title of a block booked from the popup' });
  expect((name as HTMLInputElement).placeholder).toBe('Innovation time');
  fireEvent.input(name, { target: { value: ' Deep work ' } });
  fireEvent.change(name, { target: { value: ' Deep work ' } });
  await waitFor(() => expect(saved.settings.blockName).toBe('Deep work'));
  await waitFor(() =>
    expect(statusIn('Week ahead')).toBe('Booked blocks will be titled “Deep work”.'),
  );
  fireEvent.click(box('When a run of weeks on target is about to break'));
  await waitFor(() => expect(saved.settings.nudges.streak).toBe(false));
  expect(saved.settings.nudges.afterHours).toBe(true);
  await waitFor(() =>
    expect(statusIn('Week ahead')).toBe('Off: When a run of weeks on target is about to break.'),
  );
});

describe('real storage', () => {
  test('a change lands in sync storage, the rest untouched', async () => {
    await setup(settingsEffects);
    fireEvent.click(radio('75/25'));
    await waitFor(async () =>
      expect(await getSettings()).toEqual({
        ...DEFAULT_SETTINGS,
        targetPreset: '75/25',
        targetPercent: 25,
      }),
    );
  });

  test('sync storage full: the user is told, and the stored settings are as they were', async () => {
    await setup(settingsEffects);
    syncStorageFull();
    fireEvent.click(radio('90/10'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not saved: the browser’s storage for Polarity is full. Your settings are as they were.',
    );
    vi.restoreAllMocks();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  test('a background write refused for a full disk shows at the top, and goes when it clears', async () => {
    await storageProblemItem.setValue({
      at: new Date(2026, 10, 25, 14, 5).getTime(),
      what: 'a tag',
    });
    await setup(settingsEffects);
    const alert = await screen.findByRole('alert');
    // In the browser's language and clock (fakeBrowser: en-US).
    expect(alert.textContent!.replace(/\s/g, ' ')).toContain(
      'Storage is full. At 2:05 PM Polarity could not save a tag;',
    );
    await storageProblemItem.setValue(null);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
