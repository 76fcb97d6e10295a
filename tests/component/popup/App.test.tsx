// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { App } from '@/components/popup/App';
import { createPopupStore } from '@/components/popup/store';
import type { WeekReportResult } from '@/utils/domain/report/week-report';
import { fakeEffects } from './fake-effects';
import { fixtureReport } from './fixture-report';

afterEach(cleanup);

function renderApp(reportFor?: (offset: number) => WeekReportResult | Promise<WeekReportResult>) {
  const fake = fakeEffects(reportFor);
  const store = createPopupStore(fake.effects);
  render(<App store={store} />);
  return { ...fake, store };
}

test('loading: a polite status while the first report is on its way', () => {
  renderApp(() => new Promise(() => {}));
  expect(screen.getByRole('status').textContent).toBe('Loading your week…');
  expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
});

test('first run: how to start, and a button that opens Google Calendar in a new tab', async () => {
  const { tabs } = renderApp(() => ({
    state: 'first-run',
    calendarUrl: 'https://calendar.google.com/calendar/r/week',
  }));
  await screen.findByRole('heading', { name: 'Welcome to Polarity' });
  expect(screen.getByRole('list').textContent).toContain('Open Google Calendar in week view');
  fireEvent.click(screen.getByRole('button', { name: 'Open Google Calendar' }));
  expect(tabs).toEqual(['https://calendar.google.com/calendar/r/week']);
  expect(screen.queryByRole('navigation')).toBeNull();
});

test('a week with no data says so and links to it in Google Calendar', async () => {
  renderApp((offset) => fixtureReport({ offset, hasData: false }));
  await screen.findByRole('heading', { name: 'Nothing seen for this week' });
  expect(
    screen.getByRole('link', { name: 'Open this week in Google Calendar' }).getAttribute('href'),
  ).toBe('https://calendar.google.com/calendar/u/0/r/week/2026/11/28');
  expect(screen.queryByRole('button', { name: 'This week as CSV' })).toBeNull();
  // The trend still gives context for an empty week, one click away.
  fireEvent.click(screen.getByRole('button', { name: 'Last 8 weeks' }));
  expect(screen.getByRole('heading', { name: 'Last 8 weeks' })).toBeTruthy();
});

test("can't read this view: the reason, said once, above the figures already stored", async () => {
  renderApp(() =>
    fixtureReport({ unreadable: "can't read this view: 4 event chips found, none readable" }),
  );
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain("Can't read this view: 4 event chips found, none readable.");
  expect(alert.textContent?.match(/read this view/g)).toHaveLength(1);
  expect(within(alert).getByRole('button', { name: 'Show what Polarity read' })).toBeTruthy();
  expect(screen.getByTestId('split-percent').textContent).toBe('24%');
});

test('storage full: said above the figures, which stay', async () => {
  const at = new Date(2026, 10, 24, 14, 5).getTime();
  renderApp(() => fixtureReport({ storageProblem: { at, what: 'the calendar page' } }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Storage is full.');
  // In the browser's language: en-US writes a 12-hour clock.
  expect(alert.textContent!.replace(/\s/g, ' ')).toContain(
    'At 2:05 PM Polarity could not save the calendar page',
  );
  expect(screen.getByTestId('split-percent').textContent).toBe('24%');
});

test('a failed load offers to try again', async () => {
  let fail = true;
  const { effects } = renderApp((offset) => {
    if (fail) throw new Error('Could not establish connection');
    return fixtureReport({ offset });
  });
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('Could not establish connection');
  fail = false;
  fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
  await screen.findByTestId('split-percent');
  expect(effects.weekReport).toHaveBeenCalledTimes(2);
});

test('previous, next and back to this week, from the keyboard-reachable buttons', async () => {
  const { effects } = renderApp((offset) =>
    fixtureReport({ offset, isoWeek: `2026-W${48 + offset}` }),
  );
  await screen.findByRole('heading', { name: 'This week', level: 1 });
  expect(screen.queryByRole('button', { name: 'Back to this week' })).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
  await screen.findByRole('heading', { name: 'Last week', level: 1 });
  fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
  await screen.findByRole('heading', { name: '2 weeks ago', level: 1 });
  expect(screen.getByRole('heading', { level: 1 }).nextElementSibling!.textContent).toContain(
    'W46',
  );

  fireEvent.click(screen.getByRole('button', { name: 'Back to this week' }));
  const heading = await screen.findByRole('heading', { name: 'This week', level: 1 });
  expect(document.activeElement).toBe(heading);

  fireEvent.click(screen.getByRole('button', { name: 'Next week' }));
  await screen.findByRole('heading', { name: 'Next week', level: 1 });
  expect(vi_calls(effects.weekReport)).toEqual([0, -1, -2, 0, 1]);
  for (const b of screen.getAllByRole('button')) expect(b.tagName).toBe('BUTTON');
});

test('a slow older answer never replaces the week asked for last', async () => {
  const pending = new Map<number, (r: WeekReportResult) => void>();
  renderApp((offset) => new Promise((resolve) => pending.set(offset, resolve)));
  await waitFor(() => expect(pending.has(0)).toBe(true));
  pending.get(0)!(fixtureReport({ offset: 0 }));
  await screen.findByRole('heading', { name: 'This week', level: 1 });
  fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
  fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
  pending.get(-2)!(fixtureReport({ offset: -2 }));
  await screen.findByRole('heading', { name: '2 weeks ago', level: 1 });
  pending.get(-1)!(fixtureReport({ offset: -1 }));
  await new Promise((r) => setTimeout(r, 10));
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('2 weeks ago');
});

test('the account is named only when several were seen', async () => {
  renderApp(() => fixtureReport({ accounts: [0, 1], account: 1 }));
  await screen.findByText(/account u\/1/);
  cleanup();
  renderApp(() => fixtureReport());
  await screen.findByTestId('split-percent');
  expect(screen.queryByText(/account u\//)).toBeNull();
});

test('the first screen answers the glance; the rest opens on demand', async () => {
  renderApp();
  await screen.findByTestId('split-percent');
  const firstScreen = screen.getByTestId('first-screen');
  const headings = within(firstScreen)
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent);
  expect(headings).toEqual(['Split', 'Coverage', 'Overrides this week', 'Next step']);
  const folds = screen
    .getAllByRole('button')
    .filter((b) => b.hasAttribute('aria-expanded'))
    .map((b) => [b.textContent, b.getAttribute('aria-expanded')]);
  expect(folds).toEqual([
    ['Innovation blocks', 'false'],
    ['Day by day', 'false'],
    ['Last 8 weeks', 'false'],
    ['After hours', 'false'],
    ['Largest execution items', 'false'],
    ['Innovation that serves execution', 'false'],
    ['A question for the week', 'false'],
    ['Export', 'false'],
  ]);
  // Closed sections draw nothing: the export is not there yet.
  expect(screen.queryByRole('button', { name: 'This week as CSV' })).toBeNull();
});

test('a section opened stays open the next time the popup opens', async () => {
  const first = renderApp();
  const button = await screen.findByRole('button', { name: 'Day by day' });
  fireEvent.click(button);
  expect(button.getAttribute('aria-expanded')).toBe('true');
  const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
  expect(within(panel).getByRole('heading', { name: 'Day by day' })).toBeTruthy();
  await waitFor(() => expect(first.sections()).toEqual({ daily: true }));
  cleanup();

  const fake = fakeEffects();
  fake.setSections(first.sections());
  render(<App store={createPopupStore(fake.effects)} />);
  const again = await screen.findByRole('button', { name: 'Day by day' });
  await waitFor(() => expect(again.getAttribute('aria-expanded')).toBe('true'));
  expect(screen.getByRole('button', { name: 'Export' }).getAttribute('aria-expanded')).toBe(
    'false',
  );
  fireEvent.click(again);
  await waitFor(() => expect(fake.sections()).toEqual({ daily: false }));
});

test('the header opens Options, and the review page opens on the week shown', async () => {
  const { opened } = renderApp();
  await screen.findByTestId('split-percent');
  fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
  fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
  await screen.findByRole('heading', { name: 'Last week', level: 1 });
  fireEvent.click(screen.getByRole('button', { name: 'Review and tag this week' }));
  expect(opened).toEqual(['options', 'review:-1']);
});

test('overrides on the first screen, each with its Rebook; the next step under them', async () => {
  const { opened } = renderApp();
  const overrides = await screen.findByTestId('overrides');
  expect(overrides.textContent).toContain('Prototype <img src=x onerror=alert(1)>');
  expect(overrides.textContent).toContain('Overlapped by Escalation call, 1 h lost');
  expect(overrides.querySelector('img')).toBeNull();
  expect(
    within(overrides)
      .getByRole('link', { name: 'Rebook Prototype <img src=x onerror=alert(1)>' })
      .getAttribute('href'),
  ).toBe('https://calendar.google.com/calendar/r/eventedit?text=Prototype');
  // The kept block is not an override.
  expect(overrides.textContent).not.toContain('Strategy: next horizon');
  const next = screen.getByTestId('next-step');
  expect(next.textContent).toContain('1 event was decided by default.');
  fireEvent.click(within(next).getByRole('button', { name: 'Review and tag' }));
  expect(opened).toEqual(['review:0']);
});

test('the trend says where history has gaps and links the weeks to open', async () => {
  renderApp();
  fireEvent.click(await screen.findByRole('button', { name: 'Last 8 weeks' }));
  const gaps = screen.getByTestId('history-gaps');
  expect(gaps.textContent).toContain('only from weeks you open in Calendar');
  const link = within(gaps).getByRole('link');
  expect(link.textContent!.replace(/\u2009/g, ' ')).toBe('Oct 5 – 11, 2026 (0 of 7 days seen)');
  expect(link.getAttribute('href')).toBe(
    'https://calendar.google.com/calendar/u/0/r/week/2026/10/5',
  );
});

test('CSV export saves the week named after it, formulas defused, and says so', async () => {
  const { saved } = renderApp();
  fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
  fireEvent.click(await screen.findByRole('button', { name: 'This week as CSV' }));
  expect(saved).toHaveLength(1);
  expect(saved[0]!.name).toBe('polarity-2026-W48.csv');
  expect(saved[0]!.type).toBe('text/csv;charset=utf-8');
  const lines = saved[0]!.text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('date,start,end,minutes,title,category,reason,counted,calendar');
  expect(lines[1]).toBe(
    `2026-11-24,08:00,09:00,60,"'=HYPERLINK(""x"")",execution,Auto: no innovation keyword,yes,`,
  );
  expect(screen.getAllByRole('status').at(-1)!.textContent).toBe('Saved polarity-2026-W48.csv');
});

test('JSON export saves all data with its format version', async () => {
  const { saved } = renderApp();
  fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
  fireEvent.click(await screen.findByRole('button', { name: 'All data as JSON' }));
  await waitFor(() => expect(saved).toHaveLength(1));
  expect(saved[0]!.name).toBe('polarity-2026-W48-data.json');
  expect(JSON.parse(saved[0]!.text)).toMatchObject({ format: 'polarity-data', version: 2 });
});

function vi_calls(fn: unknown): number[] {
  return (fn as { mock: { calls: [number][] } }).mock.calls.map(([offset]) => offset);
}

test('a failed JSON export says why, politely', async () => {
  const fake = fakeEffects();
  fake.effects.exportData = async () => {
    throw new Error('Extension context invalidated');
  };
  render(<App store={createPopupStore(fake.effects)} />);
  fireEvent.click(await screen.findByRole('button', { name: 'Export' }));
  fireEvent.click(await screen.findByRole('button', { name: 'All data as JSON' }));
  await waitFor(() =>
    expect(screen.getAllByRole('status').at(-1)!.textContent).toBe('Export failed.'),
  );
  // The browser's words are folded under the reader's sentence.
  const detail = document.querySelector('.error-detail')!;
  expect((detail as HTMLDetailsElement).open).toBe(false);
  expect(detail.querySelector('code')!.textContent).toBe('Extension context invalidated');
  expect(fake.saved).toEqual([]);
});

test('a week asked for before the first render is asked for once', async () => {
  let asked = 0;
  const fake = fakeEffects((offset) => {
    asked++;
    return fixtureReport({ offset });
  });
  const store = createPopupStore(fake.effects);
  void store.load(0);
  render(<App store={store} />);
  await screen.findByTestId('split-percent');
  expect(asked).toBe(1);
});

test('the week ahead: its glance on the first screen, the whole plan first among the sections; slot buttons open tabs', async () => {
  const slot = {
    start: new Date(2026, 10, 27, 9).getTime(),
    end: new Date(2026, 10, 27, 12).getTime(),
    url: 'https://calendar.google.com/calendar/u/0/r/eventedit?text=x',
    weeklyUrl: 'https://calendar.google.com/calendar/u/0/r/eventedit?text=x&recur=weekly',
  };
  const planned = {
    which: 'this' as const,
    firstDay: '2026-11-23',
    daysSeen: 7,
    calendarUrl: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/23',
    targetPercent: 20,
    executionMin: 600,
    innovationMin: 60,
    plannedPercent: 9,
    soFar: { executionMin: 300, innovationMin: 60 },
    ahead: { executionMin: 300, innovationMin: 0 },
    gapMin: 90,
    slots: [slot],
    otherSlots: [],
  };
  const ahead = {
    blockName: 'Innovation time',
    weeks: [planned, { ...planned, which: 'next' as const, firstDay: '2026-11-30' }],
    streak: { weeks: 0, atLeast: false, thisWeekOnTarget: false, atRisk: false },
  };
  const { tabs } = renderApp((offset) => fixtureReport({ offset, ...(offset === 0 && { ahead }) }));
  // On the first screen: this week's plan and its longest slot.
  const glance = await screen.findByTestId('plan-glance');
  expect(within(screen.getByTestId('first-screen')).getByTestId('plan-glance')).toBe(glance);
  expect(glance.textContent).toContain('9%');
  fireEvent.click(within(glance).getByRole('button', { name: /^Book / }));
  expect(tabs).toEqual([slot.url]);
  // The whole plan: the first section, opened on demand.
  const folds = screen.getAllByRole('button').filter((b) => b.hasAttribute('aria-expanded'));
  expect(folds[0]!.textContent).toBe('Week ahead');
  fireEvent.click(folds[0]!);
  const section = await screen.findByRole('region', { name: 'Week ahead' });
  fireEvent.click(
    within(within(section).getByTestId('plan-this')).getByRole('button', { name: /^Book / }),
  );
  expect(tabs).toEqual([slot.url, slot.url]);
  fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
  await waitFor(() => expect(screen.queryByTestId('plan-glance')).toBeNull());
  expect(screen.queryByRole('button', { name: 'Week ahead' })).toBeNull();
});
