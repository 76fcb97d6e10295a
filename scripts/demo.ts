// npm start: the built extension in Chromium on a bundled sample week of Google Calendar.
// With a display it opens a window and stays until closed; without one it runs headless,
// prints the badge and saves screenshots (docs/README.md pictures come from these).
import { mkdirSync, readFileSync } from 'node:fs';
import { launch, openCalendar, waitForBadge } from '../tests/e2e/harness.ts';
import { thisWeekPage } from '../tests/fixtures/this-week.ts';
import { WEEK_EN_OPTIONS } from '../tests/fixtures/week-en.ts';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const out = 'demo-output';
// A fresh profile is a first install: the welcome page opens, as for a new user.
const s = await launch({ headless, welcome: 'keep' });
// The sample week is placed on the current week, which is what the badge shows;
// one event's popover is open, with Polarity's tag control in it.
const week = thisWeekPage({ ...WEEK_EN_OPTIONS, openPopoverFor: 'Strategy offsite prep' });
const page = await openCalendar(s, week.html, week.path);
const badge = await waitForBadge(s, (b) => b.text !== '');
console.log(`Badge: ${badge.text}  (${badge.title})`);

const popup = await s.context.newPage();
await popup.setViewportSize({ width: 400, height: 640 });
await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);

if (headless) {
  mkdirSync(out, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  // The working day, not midnight: scroll the grid to 08:00 (48 px an hour).
  await page.evaluate(() => document.querySelector('.body')?.scrollTo(0, 8 * 48));
  await page.locator('polarity-tag-control').waitFor();
  await page.locator('polarity-legend').waitFor();
  await page.screenshot({ path: `${out}/calendar.png` });
  await popup.screenshot({ path: `${out}/popup.png`, fullPage: true });
  const welcome = s.welcome!;
  await welcome.setViewportSize({ width: 900, height: 900 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await welcome.emulateMedia({ colorScheme });
    await welcome.screenshot({ path: `${out}/welcome-${colorScheme}.png`, fullPage: true });
  }
  // Calendar and popup side by side.
  const sheet = await s.context.newPage();
  await sheet.setViewportSize({ width: 1700, height: 800 });
  const img = (f: string) =>
    `data:image/png;base64,${readFileSync(`${out}/${f}`).toString('base64')}`;
  await sheet.setContent(
    `<body style="margin:0;display:flex;gap:16px;background:#e8eaed;padding:16px;align-items:flex-start">` +
      `<img src="${img('calendar.png')}" style="width:1240px"><img src="${img('popup.png')}" style="width:400px;height:768px;object-fit:cover;object-position:top"></body>`,
  );
  await sheet.screenshot({ path: `${out}/overview.png` });
  console.log(
    `Screenshots in ${out}/: calendar.png, popup.png, welcome-light.png, welcome-dark.png, overview.png`,
  );
  await s.close();
} else {
  console.log('Chromium is open on the sample week; close it to end the demo.');
  await new Promise((done) => s.context.on('close', done));
}
