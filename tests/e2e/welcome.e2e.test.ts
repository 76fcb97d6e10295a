import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, waitForBadge, type Session } from './harness.ts';

const OUT = resolve(__dirname, '../../test-results');

declare const chrome: {
  storage: { sync: { get(key: string): Promise<Record<string, { targetPercent?: number }>> } };
};

let s: Session;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  // launch() itself fails when a first install opens no welcome page.
  s = await launch({ welcome: 'keep' });
});

afterAll(async () => {
  await s?.close();
});

test('the first install opens the welcome page, which asks the role and sets the target', async () => {
  const page = s.welcome!;
  await page.getByRole('heading', { name: 'Welcome to Polarity' }).waitFor();
  await page.getByRole('radio', { name: '75/25' }).check();
  const settings = await s.extensionPage();
  await expect
    .poll(() => settings.evaluate(async () => (await chrome.storage.sync.get('settings')).settings))
    .toMatchObject({ targetPercent: 25, targetPreset: '75/25' });
});

test('until a calendar is read, the badge title says what to do', async () => {
  const badge = await waitForBadge(s, (b) => b.title.startsWith('Polarity:'));
  expect(badge.text).toBe('');
  expect(badge.title).toBe(
    'Polarity: nothing counted yet. Open Google Calendar in week view to count this week',
  );
});

test('Open Google Calendar links to the week view, given by the background', async () => {
  const link = s.welcome!.getByRole('link', { name: 'Open Google Calendar' });
  expect(await link.getAttribute('href')).toBe('https://calendar.google.com/calendar/u/0/r/week');
});
