// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createBackground } from '@/utils/background/create-background';
import { openPolarityDb } from '@/utils/domain/db/schema';
import { MARKER_STYLE_ID } from '@/utils/page/tag-markers';
import { startPage } from '@/utils/page/start-page';
import { dispatch } from '@/utils/shared/messages';
import { fakeChannels } from '../../unit/background-setup';
import { fakePageSource } from '../../support/fake-calendar/page-source';
import { fakeCalendar } from '../../support/fake-calendar/source';

// The seam's proof: a calendar that is not Google's runs through the very
// content-script and background code the product ships, with the message wire
// replaced by direct dispatch (the end-to-end tests exercise the real wire).

const NOW = new Date(2026, 10, 24, 8, 0).getTime();
let ctx: ContentScriptContext;

function week(...items: [id: string, day: number, start: string, end: string, title: string][]) {
  const ul = document.createElement('ul');
  ul.setAttribute('data-fake-week', '');
  for (const [id, day, start, end, title] of items) {
    const li = document.createElement('li');
    li.dataset.fakeId = id;
    li.dataset.day = `2026-11-${day}`;
    li.dataset.start = start;
    li.dataset.end = end;
    li.textContent = title;
    ul.append(li);
  }
  document.body.replaceChildren(ul);
}

async function setup() {
  const sink = { text: '', title: '' };
  const { channels } = fakeChannels();
  const bg = createBackground({
    db: openPolarityDb(`fake-calendar-${Math.random()}`),
    badge: {
      setBadgeText: ({ text }) => void (sink.text = text),
      setBadgeBackgroundColor: () => undefined,
      setTitle: ({ title }) => void (sink.title = title),
    },
    now: () => NOW,
    source: fakeCalendar,
    nudgeChannels: channels,
    // Tell the page's own listener, as the background tells calendar tabs.
    notifyTabs: async () =>
      void (await fakeBrowser.runtime.onMessage.trigger(
        { type: 'classificationChanged', data: {} },
        { id: fakeBrowser.runtime.id },
        () => undefined,
      )),
  });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) =>
    dispatch(bg.handlers, message, { tab: { id: 1 } as never })) as never);
  ctx = new ContentScriptContext('fake-calendar');
  startPage(ctx, window, fakePageSource);
  return { bg, sink };
}

const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/a/0/week');
  week(
    ['ops', 23, '9:00', '12:00', 'Ops review'],
    ['proto', 24, '14:00', '15:00', 'Prototype review'],
  );
});
afterEach(() => {
  ctx.abort();
  vi.restoreAllMocks();
});

test('a second calendar source is read, counted and marked with no change outside its folder', async () => {
  const { bg, sink } = await setup();
  // 1 h of innovation (keyword "prototype") against 3 h of execution.
  await until(() => sink.text === '25%', 'the badge');
  const css = () => document.getElementById(MARKER_STYLE_ID)?.textContent ?? '';
  await until(() => css().includes('[data-fake-id="proto"]'), 'the chip markers');
  expect(css()).toContain('--polarity: innovation');
  expect(css()).toContain('--polarity: execution');

  const report = await bg.handlers.getWeekReport!({ offset: 0 }, {});
  expect(report.state === 'week' && report.coverage.calendarUrl).toMatch(
    /^https:\/\/fake-calendar\.test\/a\/0\/week\/2026-11-/,
  );
});

test('an edit on that page moves the badge, and its popover gets the tag control', async () => {
  const { sink } = await setup();
  await until(() => sink.text === '25%', 'the first read');
  document.querySelector('[data-fake-id="proto"]')!.setAttribute('data-end', '17:00');
  await until(() => sink.text === '50%', 'the edit on the badge');

  const pop = document.createElement('div');
  pop.setAttribute('data-fake-popover', 'ops');
  pop.textContent = 'Ops review';
  document.body.append(pop);
  const control = () => pop.querySelector('polarity-tag-control')?.shadowRoot;
  await until(() => !!control()?.querySelector('button'), 'the tag control');
  const innovation = [...control()!.querySelectorAll('button')].find(
    (b) => b.textContent === 'Innovation',
  )!;
  innovation.click();
  await until(() => sink.text === '100%', 'the tag on the badge');
});
