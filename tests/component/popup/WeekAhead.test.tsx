// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { WeekAhead } from '@/components/popup/WeekAhead';
import type { PlannedWeek, WeekAhead as Ahead } from '@/utils/domain/report/week-report';

afterEach(cleanup);
const at = (d: number, h: number) => new Date(2026, 10, d, h).getTime();

const thisWeek: PlannedWeek = {
  which: 'this',
  firstDay: '2026-11-23',
  daysSeen: 7,
  calendarUrl: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/23',
  targetPercent: 20,
  executionMin: 1920,
  innovationMin: 300,
  plannedPercent: 14,
  soFar: { executionMin: 1200, innovationMin: 120 },
  ahead: { executionMin: 720, innovationMin: 180 },
  gapMin: 166,
  slots: [
    {
      start: at(27, 9),
      end: at(27, 12),
      url: 'https://calendar.google.com/one',
      weeklyUrl: 'https://calendar.google.com/one-weekly',
    },
  ],
  otherSlots: [
    {
      start: at(28, 9),
      end: at(28, 12),
      url: 'https://calendar.google.com/sat',
      weeklyUrl: 'https://calendar.google.com/sat-weekly',
    },
  ],
};
const nextWeek: PlannedWeek = {
  ...thisWeek,
  which: 'next',
  firstDay: '2026-11-30',
  daysSeen: 0,
  calendarUrl: 'https://calendar.google.com/calendar/u/0/r/week/2026/11/30',
  slots: [],
  otherSlots: [],
};
const ahead = (over: Partial<Ahead> = {}): Ahead => ({
  blockName: 'Deep work',
  weeks: [thisWeek, nextWeek],
  streak: { weeks: 3, atLeast: false, thisWeekOnTarget: false, atRisk: true },
  ...over,
});

test('this week: planned split, so far and planned, the gap in bookable hours', () => {
  render(<WeekAhead ahead={ahead()} onOpen={() => undefined} />);
  const week = screen.getByTestId('plan-this');
  expect(week.textContent).toContain('Planned split: 14% innovation · target 20%');
  expect(week.textContent).toContain('So far: 2 h innovation, 20 h execution');
  expect(week.textContent).toContain('Planned: 3 h innovation, 12 h execution');
  expect(within(week).getByTestId('gap').textContent).toBe('Book 3 h more to reach 20%.');
});

test('a slot button opens its prefilled page; weekly when asked; other hours only when asked', () => {
  const onOpen = vi.fn();
  render(<WeekAhead ahead={ahead()} onOpen={onOpen} />);
  const slots = screen.getByRole('list', { name: 'This week: Free slots in working hours' });
  const button = within(slots).getByRole('button');
  expect(button.textContent).toMatch(/^Book Fri, Nov 27, 9:00\s*(AM)?\s*–\s*12:00\s*PM$/);
  fireEvent.click(button);
  expect(onOpen).toHaveBeenLastCalledWith('https://calendar.google.com/one');
  fireEvent.click(screen.getByRole('checkbox', { name: 'Repeat every week' }));
  fireEvent.click(within(slots).getByRole('button'));
  expect(onOpen).toHaveBeenLastCalledWith('https://calendar.google.com/one-weekly');
  expect(screen.queryByRole('list', { name: /outside working hours/ })).toBeNull();
  fireEvent.click(screen.getByRole('checkbox', { name: 'Also show time outside working hours' }));
  const other = screen.getByRole('list', { name: 'This week: Free slots outside working hours' });
  fireEvent.click(within(other).getByRole('button'));
  expect(onOpen).toHaveBeenLastCalledWith('https://calendar.google.com/sat-weekly');
});

test('next week unseen: says so, and offers the calendar on that week', () => {
  const onOpen = vi.fn();
  render(<WeekAhead ahead={ahead()} onOpen={onOpen} />);
  const next = screen.getByTestId('plan-next');
  expect(next.textContent).toContain('Not seen yet.');
  fireEvent.click(within(next).getByRole('button', { name: 'Open it in Google Calendar' }));
  expect(onOpen).toHaveBeenCalledWith(nextWeek.calendarUrl);
});

test('on target: no slots offered', () => {
  render(
    <WeekAhead
      ahead={ahead({ weeks: [{ ...thisWeek, gapMin: 0, plannedPercent: 22 }, nextWeek] })}
      onOpen={() => undefined}
    />,
  );
  expect(screen.getByTestId('plan-this').textContent).toContain('On target as planned.');
  expect(screen.queryAllByRole('button', { name: /^Book / })).toHaveLength(0);
});

test('weeks on target: the run, kept or at risk, and none yet', () => {
  render(<WeekAhead ahead={ahead()} onOpen={() => undefined} />);
  expect(screen.getByTestId('streak').textContent).toBe(
    '3 weeks on target in a row This week is planned below target: book the gap to keep the run.',
  );
  cleanup();
  const kept = { weeks: 1, atLeast: false, thisWeekOnTarget: true, atRisk: false };
  render(<WeekAhead ahead={ahead({ streak: kept })} onOpen={() => undefined} />);
  expect(screen.getByTestId('streak').textContent).toBe(
    '1 week on target in a row This week’s plan keeps it going.',
  );
  cleanup();
  const none = { weeks: 0, atLeast: false, thisWeekOnTarget: false, atRisk: false };
  render(<WeekAhead ahead={ahead({ streak: none })} onOpen={() => undefined} />);
  expect(screen.getByTestId('streak').textContent).toContain('no run of weeks on target yet');
});

test('the after-hours pattern: the weeks, the reason, slots inside working hours', () => {
  const onOpen = vi.fn();
  const pattern = {
    weeks: [
      { firstDay: '2026-11-09', percent: 80 },
      { firstDay: '2026-11-16', percent: 100 },
    ],
    slots: [thisWeek.slots[0]!],
  };
  render(<WeekAhead ahead={ahead({ afterHoursPattern: pattern })} onOpen={onOpen} />);
  const note = screen.getByRole('note');
  expect(note.textContent).toContain('Week of Nov 9: 80% of innovation outside working hours.');
  expect(note.textContent).toContain('leads to burnout');
  fireEvent.click(within(note).getByRole('button'));
  expect(onOpen).toHaveBeenCalledWith('https://calendar.google.com/one');
});
