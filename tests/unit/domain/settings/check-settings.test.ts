import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, type Settings } from '@/utils/domain/settings/settings';
import { checkSettings } from '@/utils/domain/settings/settings-check';
import { TARGET_PRESETS, presetFor } from '@/utils/domain/settings/target-presets';

const check = (v: unknown) => checkSettings(v, DEFAULT_SETTINGS);

test('the defaults pass', () => {
  expect(check(DEFAULT_SETTINGS)).toEqual({
    settings: DEFAULT_SETTINGS,
    problems: [],
    because: [],
  });
});

test('four presets by role, each with one line on who it fits, 80/20 by default', () => {
  expect(TARGET_PRESETS.map((p) => [p.id, p.innovationPercent])).toEqual([
    ['90/10', 10],
    ['80/20', 20],
    ['75/25', 25],
    ['60/40', 40],
  ]);
  for (const p of TARGET_PRESETS) expect(p.fits).toMatch(/^[A-Z].{20,110}\.$/);
  expect(presetFor(20)).toBe('80/20');
  expect(presetFor(21)).toBe('custom');
});

test('every bad field is named, and replaced by its default', () => {
  const { settings, problems } = check({
    ...DEFAULT_SETTINGS,
    targetPercent: 100,
    weekStart: 2,
    workingDays: [1, 1],
    nudges: { overrides: 'yes' },
    innovationKeywords: [''],
    retentionMonths: 1,
    extra: 'ignored',
  });
  expect(problems).toEqual([
    'settings.targetPercent must be a whole number from 1 to 99',
    "settings.weekStart must be 'google', 0 (Sunday), 1 (Monday) or 6 (Saturday)",
    'settings.workingDays must list one or more different days from 0 (Sunday) to 6',
    'settings.nudges.overrides must be true or false',
    'settings.innovationKeywords must be a list of at most 100 words, each 1 to 100 characters',
    'settings.retentionMonths must be a whole number of months from 3 to 120',
  ]);
  expect(settings).toEqual(DEFAULT_SETTINGS);
});

test('working hours must end after they start', () => {
  const { settings, problems } = check({ ...DEFAULT_SETTINGS, workStart: 600, workEnd: 600 });
  expect(problems).toEqual(['settings.workEnd must come after settings.workStart']);
  expect([settings.workStart, settings.workEnd]).toEqual([540, 1080]);
});

test('a preset that does not match the percent reads as custom; days are sorted', () => {
  const { settings, problems } = check({
    ...DEFAULT_SETTINGS,
    targetPercent: 30,
    targetPreset: '80/20',
    workingDays: [5, 1, 3],
  });
  expect(problems).toEqual([]);
  expect(settings).toMatchObject({
    targetPercent: 30,
    targetPreset: 'custom',
    workingDays: [1, 3, 5],
  });
});

test('getSettings keeps good synced fields and defaults the bad or missing ones', async () => {
  const synced: Partial<Record<keyof Settings, unknown>> = {
    targetPercent: 40,
    weekStart: 'monday',
    workStart: 480,
    workEnd: 960,
  };
  await fakeBrowser.storage.sync.set({ settings: synced });
  expect(await getSettings()).toEqual({
    ...DEFAULT_SETTINGS,
    targetPercent: 40,
    targetPreset: '60/40',
    workStart: 480,
    workEnd: 960,
  });
});

test('the block name: optional (older settings and backups have none), text, not too long', () => {
  const without: Partial<Settings> = { ...DEFAULT_SETTINGS };
  delete without.blockName;
  expect(checkSettings(without, DEFAULT_SETTINGS)).toEqual({
    settings: DEFAULT_SETTINGS,
    problems: [],
    because: [],
  });
  expect(
    checkSettings({ ...DEFAULT_SETTINGS, blockName: '  Deep work ' }, DEFAULT_SETTINGS).settings
      .blockName,
  ).toBe('Deep work');
  expect(
    checkSettings({ ...DEFAULT_SETTINGS, blockName: 'x'.repeat(101) }, DEFAULT_SETTINGS).problems,
  ).toEqual(['settings.blockName must be text of at most 100 characters']);
  expect(
    checkSettings({ ...DEFAULT_SETTINGS, blockName: 'x'.repeat(101) }, DEFAULT_SETTINGS).because,
  ).toEqual([{ key: 'check_max_text', subs: ['settings.blockName', 100] }]);
  expect(
    checkSettings({ ...DEFAULT_SETTINGS, blockName: 7 }, DEFAULT_SETTINGS).problems,
  ).toHaveLength(1);
});
