import { afterAll, expect, test } from 'vitest';
import { thisWeekPage } from '../fixtures/this-week.ts';
import { WEEK_EN_EXPECTED } from '../fixtures/week-en.ts';
import { CALENDAR, launch, readBadge, VERSION, waitForBadge, type Session } from './harness.ts';

// The store zip installed for good in a Firefox profile, as a user's add-on
// is: what it stored survives closing the browser, and comes back with it
// before any Calendar tab is open.
const week = thisWeekPage();
let s: Session;

afterAll(async () => {
  await s?.close();
});

const quietHours = async (session: Session) => {
  const ext = await session.extensionPage();
  let checked: boolean | null = null;
  await expect
    .poll(async () => {
      checked = await ext.evaluate(
        () =>
          document.querySelector<HTMLInputElement>('#nudge-quietOutsideWorkingHours')?.checked ??
          null,
      );
      return checked;
    })
    .not.toBeNull();
  return { ext, checked: checked! };
};

test('the Firefox store zip installs as a permanent add-on', async () => {
  s = await launch({ install: 'profile' });
  expect(await s.addon()).toEqual({ version: VERSION, temporary: false });
  // Under Manifest V3 Firefox grants the calendar host at install; the user may take it back.
  const ext = await s.extensionPage();
  expect(
    await ext.evaluate(() =>
      (globalThis as unknown as Permissions).browser.permissions.contains({
        origins: ['https://calendar.google.com/*'],
      }),
    ),
  ).toBe(true);
});

type Permissions = {
  browser: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
};

test('a week read and a setting changed, then the browser closes', async () => {
  const page = await s.openCalendar(week.html, week.path);
  await waitForBadge(s, (b) => b.text === `${WEEK_EN_EXPECTED.splitPercent}%`);
  await page.close();
  const { ext, checked } = await quietHours(s);
  expect(checked).toBe(true);
  await ext.evaluate(() => document.getElementById('nudge-quietOutsideWorkingHours')!.click());
  await expect
    .poll(() => ext.evaluate(() => document.body.textContent?.includes('Nudges come at any hour.')))
    .toBe(true);
});

test('after a restart with the same profile: the badge, the popup and the setting are back', async () => {
  const before = await readBadge(s);
  await s.close({ keepProfile: true });
  s = await launch({ userDataDir: s.userDataDir, install: 'profile' });
  expect((await s.addon())?.temporary).toBe(false);
  // No Calendar tab: only what the add-on stored can fill the badge.
  const after = await waitForBadge(s, (b) => b.text !== '');
  expect(after).toEqual(before);
  const popup = await s.openExtensionPage('popup.html');
  await expect
    .poll(() =>
      popup.evaluate(() => document.querySelector('[data-testid=split-percent]')?.textContent),
    )
    .toBe(before.text);
  expect(
    await popup.evaluate(() => document.querySelector('[data-testid=coverage]')?.textContent),
  ).toBe('7 of 7 days seen');
  expect((await quietHours(s)).checked).toBe(false);
});

test('no request left the browser after the restart', async () => {
  const sent = await s.requests();
  expect(sent.filter((r) => r.by !== '[System Principal]')).toEqual([]);
  for (const r of sent) expect(r.url.startsWith(`${CALENDAR}/`)).toBe(false);
});
