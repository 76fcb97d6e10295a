import { expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS, getSettings, settingsItem } from '@/utils/domain/settings/settings';
import type { Snapshot } from '@/utils/shared/types';
import { at, sampleEvent } from '../backup/sample-data';
import { setupBackground } from '../../background-setup';

// Thursday 26 November 2026; the page shows Sunday 22 to Saturday 28.
const now = at(2026, 11, 26, 12);
const days = [22, 23, 24, 25, 26, 27, 28].map((d) => `2026-11-${d}`);
const snap: Snapshot = {
  account: 0,
  view: 'week',
  fullDays: days,
  partialDays: [],
  // Sunday: 2 h innovation. Monday: 1 h innovation, 3 h execution.
  events: [
    sampleEvent('sun', [2026, 11, 22], {
      title: 'Strategy',
      start: at(2026, 11, 22, 10),
      end: at(2026, 11, 22, 12),
    }),
    sampleEvent('mon', [2026, 11, 23], {
      title: 'Research',
      start: at(2026, 11, 23, 9),
      end: at(2026, 11, 23, 10),
    }),
    sampleEvent('ops', [2026, 11, 23], {
      title: 'Ops',
      start: at(2026, 11, 23, 10),
      end: at(2026, 11, 23, 13),
    }),
  ],
  status: 'ok',
  weekStartsOn: 1,
  readAt: now,
};

async function setup(name: string) {
  const notifyTabs = vi.fn(async () => undefined);
  const { sink, bg } = setupBackground({ now }, name, { notifyTabs });
  await bg.applySnapshot(snap, {});
  return { sink, notifyTabs };
}

const save = async (patch: Partial<typeof DEFAULT_SETTINGS>) =>
  settingsItem.setValue({ ...(await getSettings()), ...patch });

test('a new target shows at once on the badge, and the calendar tabs are told', async () => {
  const { sink, notifyTabs } = await setup('watch-1');
  // Monday start (as the page shows): 1 h innovation of 4 h.
  expect(sink.text).toBe('25%');
  expect(sink.title).toContain('target 20%');
  await save({ targetPercent: 40, targetPreset: '60/40' });
  await vi.waitFor(() => expect(sink.title).toContain('target 40%'));
  expect(sink.color).toBe('#f6c26b'); // below target now (BADGE_COLORS.belowTarget)
  expect(notifyTabs).toHaveBeenCalled();
});

test('week start: Sunday takes in the Sunday strategy block', async () => {
  const { sink } = await setup('watch-2');
  await save({ weekStart: 0 });
  // Sunday 22 to Saturday 28: 3 h innovation of 6 h.
  await vi.waitFor(() => expect(sink.text).toBe('50%'));
  await save({ weekStart: 'google' });
  await vi.waitFor(() => expect(sink.text).toBe('25%'));
});

test('working days and hours, and nudges, reach the badge and tabs too', async () => {
  const { notifyTabs } = await setup('watch-3');
  notifyTabs.mockClear();
  await save({ workingDays: [1, 2, 3, 4] });
  await vi.waitFor(() => expect(notifyTabs).toHaveBeenCalledTimes(1));
  await save({ nudges: { ...DEFAULT_SETTINGS.nudges, overrides: false } });
  await vi.waitFor(() => expect(notifyTabs).toHaveBeenCalledTimes(2));
  // A save that changes nothing the badge or page shows leaves them alone.
  await save({ retentionMonths: 36 });
  await new Promise((r) => setTimeout(r, 20));
  expect(notifyTabs).toHaveBeenCalledTimes(2);
});
