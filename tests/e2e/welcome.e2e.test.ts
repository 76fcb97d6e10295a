import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { googleCalendar } from '@/utils/gcal/source';
import { axeViolations } from './page-checks.ts';
import { EXTENSION_DIR, launch, type Session } from './harness.ts';

const OUT = resolve(__dirname, '../../test-results');

declare const chrome: {
  storage: { sync: { get(key: string): Promise<Record<string, { targetPercent?: number }>> } };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
};

// A copy of the build of its own. (Why no update test here: Chromium installs a
// --load-extension extension afresh at every start, reason "install", and a
// runtime.reload() of one with a raised version leaves it disabled; "never on
// update" is held by tests/unit/background/first-run.test.ts.)
const dir = mkdtempSync(join(tmpdir(), 'polarity-ext-'));
let s: Session;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  // launch() itself fails when a first install opens no welcome page.
  s = await launch({ welcome: 'keep', extensionDir: dir });
});

afterAll(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the first install opens the welcome page, which asks the role and sets the target', async () => {
  const page = s.welcome!;
  await page.getByRole('heading', { name: 'Welcome to Polarity' }).waitFor();
  expect(await page.title()).toBe('Welcome to Polarity');
  for (const preset of ['90/10', '80/20', '75/25', '60/40', 'Custom']) {
    await page.getByRole('radio', { name: preset }).waitFor();
  }
  await page.getByRole('radio', { name: '75/25' }).check();
  const settings = await s.extensionPage();
  await expect
    .poll(() => settings.evaluate(async () => (await chrome.storage.sync.get('settings')).settings))
    .toMatchObject({ targetPercent: 25, targetPreset: '75/25' });
});

test('Open Google Calendar links to the week view the calendar source gives', async () => {
  const link = s.welcome!.getByRole('link', { name: 'Open Google Calendar' });
  expect(await link.getAttribute('href')).toBe(googleCalendar.urls.week(0));
});

test.each(['light', 'dark'] as const)(
  'the welcome page: no accessibility violations, and a screenshot, in the %s theme',
  async (colorScheme) => {
    const page = s.welcome!;
    await page.setViewportSize({ width: 900, height: 900 });
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: resolve(OUT, `welcome-${colorScheme}.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  },
);

test('Options lists the popup shortcut the browser has, and opens the welcome page again', async () => {
  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  const bound = await options.evaluate(async () =>
    (await chrome.commands.getAll()).find((c) => c.name === '_execute_action'),
  );
  expect(bound?.shortcut).toBe('Alt+Shift+Y');
  const line = options.getByTestId('shortcut');
  await expect.poll(() => line.textContent()).toContain('Keyboard shortcut for the Polarity popup');
  expect(await line.locator('kbd').textContent()).toBe(bound!.shortcut);
  const opened = s.context.waitForEvent('page');
  await options.getByRole('button', { name: 'Show the welcome page' }).click();
  const again = await opened;
  await again.getByRole('heading', { name: 'Welcome to Polarity' }).waitFor();
  expect(new URL(again.url()).pathname).toBe('/welcome.html');
  await again.close();
  await options.close();
});
