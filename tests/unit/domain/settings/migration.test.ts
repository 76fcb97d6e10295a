import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  migrateSettingsV2,
  settingsItem,
} from '@/utils/domain/settings/settings';

// Settings as version 1 stored them: no targetPreset, and no version mark
// (WXT writes none for a version 1 item without migrations).
const V1 = {
  targetPercent: 20,
  weekStart: 'google',
  workingDays: [1, 2, 3, 4, 5],
  workStart: 540,
  workEnd: 1080,
  nudges: { overrides: true, nextWeek: false, quietOutsideWorkingHours: true },
  innovationKeywords: ['prototype', 'deep work'],
  retentionMonths: 12,
};

const stored = async () =>
  (await fakeBrowser.storage.sync.get(['settings', 'settings$'])) as {
    settings?: Record<string, unknown>;
    settings$?: { v: number };
  };

test.each([
  [20, '80/20'],
  [10, '90/10'],
  [25, '75/25'],
  [40, '60/40'],
  [33, 'custom'],
])(
  'v1 → v2 in storage: target %i becomes preset %s, every other field kept',
  async (percent, preset) => {
    await fakeBrowser.storage.sync.set({ settings: { ...V1, targetPercent: percent } });
    await settingsItem.migrate();
    const { settings, settings$ } = await stored();
    expect(settings).toEqual({ ...V1, targetPercent: percent, targetPreset: preset });
    expect(settings$).toEqual({ v: 2 });
    // Fields added since (block name, the week-ahead nudges) read as their defaults.
    expect(await getSettings()).toEqual({
      ...V1,
      targetPercent: percent,
      targetPreset: preset,
      nudges: { ...V1.nudges, streak: true, afterHours: true },
      blockName: '',
    });
  },
);

test('a fresh install has nothing to migrate and reads the defaults', async () => {
  await settingsItem.migrate();
  expect((await stored()).settings).toBeUndefined();
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  expect(DEFAULT_SETTINGS.targetPreset).toBe('80/20');
});

test('the step is idempotent: a v2 value without its mark (restored, synced) is kept as is', async () => {
  const v2 = { ...V1, targetPercent: 20, targetPreset: 'custom' };
  await fakeBrowser.storage.sync.set({ settings: v2 });
  await settingsItem.migrate();
  expect((await stored()).settings).toEqual(v2);
  expect(migrateSettingsV2(v2)).toBe(v2);
});

test('the step survives odd values instead of failing the migration', () => {
  expect(migrateSettingsV2(null)).toBe(null);
  expect(migrateSettingsV2({})).toEqual({ targetPreset: '80/20' });
  expect(migrateSettingsV2({ targetPercent: 'x' })).toEqual({
    targetPercent: 'x',
    targetPreset: '80/20',
  });
});

test('a value already at v2 is not migrated again', async () => {
  await fakeBrowser.storage.sync.set({
    settings: { ...V1, targetPercent: 25, targetPreset: 'custom' },
    settings$: { v: 2 },
  });
  await settingsItem.migrate();
  expect((await stored()).settings?.targetPreset).toBe('custom');
});
