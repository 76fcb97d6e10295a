// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { createSettingsStore, type SettingsEffects } from '@/components/options/settings-store';
import { WelcomeApp, type WelcomeEffects } from '@/components/welcome/App';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings/settings';
import { TARGET_PRESETS } from '@/utils/domain/settings/target-presets';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { catalogueReader } from '@/utils/shared/i18n/render';
import { MARKS } from '@/utils/shared/marker-paint';
import { MARKER_COLORS } from '@/utils/shared/category-colors';

/** How the chips' own marker declarations read once parsed. */
const markerStyle = (c: keyof typeof MARKS) => {
  const el = document.createElement('span');
  el.style.cssText = MARKS[c];
  return el.style;
};

afterEach(cleanup);

const URL_FROM_BACKGROUND = 'https://calendar.example/week';

function setup(lang = 'en') {
  const saved: { settings: Settings } = { settings: { ...DEFAULT_SETTINGS } };
  const fx: SettingsEffects = {
    load: async () => saved.settings,
    save: vi.fn(async (patch: Partial<Settings>) => {
      saved.settings = { ...saved.settings, ...patch };
    }),
    loadProblem: async () => null,
    watch: () => () => undefined,
  };
  const effects: WelcomeEffects = {
    calendarUrl: vi.fn(async () => URL_FROM_BACKGROUND),
    openOptions: vi.fn(),
  };
  render(
    <WelcomeApp
      effects={effects}
      reader={catalogueReader(CATALOGUES[lang]!, lang)}
      settingsStore={createSettingsStore(fx)}
    />,
  );
  return { saved, effects };
}

test('asks the role and scope: every preset with when it fits, and custom', async () => {
  setup();
  await screen.findByRole('heading', { name: '1. Your role and scope' });
  for (const p of TARGET_PRESETS) {
    const radio = screen.getByRole('radio', { name: p.id });
    expect(radio.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(radio.getAttribute('aria-describedby')!)!.textContent).toBe(
      p.fits,
    );
  }
  expect(screen.getByRole('radio', { name: 'Custom' })).toBeTruthy();
});

test('picking a preset saves the target at once', async () => {
  const { saved } = setup();
  fireEvent.click(await screen.findByRole('radio', { name: '60/40' }));
  await vi.waitFor(() => expect(saved.settings.targetPercent).toBe(40));
  expect(saved.settings.targetPreset).toBe('60/40');
});

test('the working week, how to tag, what the badge means', async () => {
  setup();
  await screen.findByRole('heading', { name: '2. Your working week' });
  expect(screen.getByRole('checkbox', { name: 'Monday' })).toBeTruthy();
  const tag = screen.getByRole('region', { name: '3. How to tag' });
  for (const name of ['Execution', 'Innovation', 'Exclude', 'Auto']) {
    expect(tag.textContent).toContain(name);
  }
  const marks = within(tag).getByRole('list', { name: 'Markers on the calendar' });
  expect(within(marks).getAllByRole('listitem')).toHaveLength(3);
  const badges = within(screen.getByRole('region', { name: '4. What the badge means' })).getByRole(
    'list',
    {
      name: 'Badge states',
    },
  );
  const items = within(badges)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
  expect(items[0]).toBe('23%Green: at or above your target.');
  expect(items[1]).toBe('12%Light amber, dark text: below your target.');
  expect(items[2]).toContain('innovation time was taken');
  expect(items[3]).toContain('nothing counted yet');
});

test('Open Google Calendar links to the address the background gave', async () => {
  const { effects } = setup();
  const link = await screen.findByRole('link', { name: 'Open Google Calendar' });
  expect(link.getAttribute('href')).toBe(URL_FROM_BACKGROUND);
  expect(link.getAttribute('target')).toBe('_blank');
  expect(effects.calendarUrl).toHaveBeenCalledTimes(1);
  fireEvent.click(screen.getByRole('button', { name: 'Open Options' }));
  expect(effects.openOptions).toHaveBeenCalledTimes(1);
});

test('the chip markers drawn as on the calendar, each named in words', async () => {
  setup();
  const marks = await screen.findByRole('list', { name: 'Markers on the calendar' });
  const items = within(marks).getAllByRole('listitem');
  // Each sample paints the bar a chip of that category gets, in its colour.
  const paint = items.map((li) => li.querySelector<HTMLElement>('.mark-sample')!.style);
  expect(paint.map((p) => p.cssText)).toEqual(
    (['innovation', 'execution', 'excluded'] as const).map((c) => markerStyle(c).cssText),
  );
  expect(paint[0]!.cssText).toContain(MARKER_COLORS.innovation);
  expect(paint[1]!.cssText).toContain(MARKER_COLORS.execution);
  expect(items.map((li) => li.textContent)).toEqual([
    'Innovation: a wide teal bar and a ring round the event.',
    'Execution: a narrow navy bar.',
    'Excluded: a striped bar and a hatch; it does not count.',
  ]);
});

test('in the browser’s language', async () => {
  setup('fr');
  await screen.findByRole('heading', { name: 'Bienvenue dans Polarity' });
  expect(await screen.findByRole('link', { name: 'Ouvrir Google Agenda' })).toBeTruthy();
});
