import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CATALOGUES } from '../../utils/shared/i18n/messages/index.ts';
import { launch, type Session } from './harness.ts';

let s: Session;
beforeAll(async () => {
  s = await launch({ uiLanguage: 'de' });
});
afterAll(async () => {
  await s?.close();
});

// The built options page in a German browser: the words come from _locales/de.
test('the options page speaks the browser’s language; the picture for docs/languages', async () => {
  const de = CATALOGUES.de!;
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.getByRole('heading', { name: de.options_add_rule_heading! }).waitFor();
  expect(await page.title()).toBe(de.options_page_title);
  const body = await page.locator('body').innerText();
  for (const english of ['Add a rule', 'Working week', 'Your data', 'Monday', 'Back up all data']) {
    expect(body, english).not.toContain(english);
  }
  expect(body).toContain('Montag');
  await page.screenshot({ path: resolve('docs/languages/options-de.png'), fullPage: true });
  await page.close();
});
