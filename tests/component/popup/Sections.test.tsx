// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { AfterHours } from '@/components/popup/AfterHours';
import { Coverage } from '@/components/popup/Coverage';
import { DailyChart } from '@/components/popup/DailyChart';
import { InnovationBlocks } from '@/components/popup/InnovationBlocks';
import { LargestExecution } from '@/components/popup/LargestExecution';
import { ReflectionQuestion } from '@/components/popup/ReflectionQuestion';
import { SplitBar } from '@/components/popup/SplitBar';
import { TrendChart } from '@/components/popup/TrendChart';
import { fixtureReport } from './fixture-report';

afterEach(cleanup);
const report = fixtureReport();

test('split: the percent, the hours, and one bar with the target marked', () => {
  const { container } = render(<SplitBar split={report.split} />);
  expect(screen.getByTestId('split-percent').textContent).toBe('24%');
  expect(screen.getByText('4 points above target')).toBeTruthy();
  const bar = screen.getByRole('img');
  expect(bar.getAttribute('aria-label')).toBe(
    'Innovation 24%, execution 76%, target 20% innovation',
  );
  const marker = container.querySelector<HTMLElement>('.split__target')!;
  expect(marker.style.left).toBe('20%');
  expect(container.querySelector<HTMLElement>('.split__innovation')!.style.width).toBe('24%');
  const legend = container.querySelector('dl')!.textContent;
  expect(legend).toContain('Innovation9 h · 24%');
  expect(legend).toContain('Execution28.5 h · 76%');
});

test('split below target, and with nothing counted', () => {
  render(
    <SplitBar
      split={{ ...report.split, innovationPercent: 15, executionPercent: 85, vsTarget: -5 }}
    />,
  );
  expect(screen.getByText('5 points below target')).toBeTruthy();
  cleanup();
  render(<SplitBar split={{ executionMin: 0, innovationMin: 0, targetPercent: 20 }} />);
  expect(screen.getByText('No execution or innovation time counted this week.')).toBeTruthy();
  expect(screen.queryByRole('img')).toBeNull();
});

test('daily chart: an SVG with a text equivalent, unseen days marked', () => {
  const { container } = render(<DailyChart days={report.daily} />);
  const svg = screen.getByRole('img');
  expect(svg.tagName.toLowerCase()).toBe('svg');
  expect(svg.getAttribute('aria-label')).toContain('Tue execution 5.7 h, innovation 4 h');
  expect(svg.getAttribute('aria-label')).toContain('Sun not seen');
  expect(container.querySelectorAll('rect.fill-innovation')).toHaveLength(5);
  expect(container.querySelectorAll('rect.chart__unseen')).toHaveLength(2);
  const rows = within(screen.getByRole('table')).getAllByRole('row');
  expect(rows.map((r) => r.textContent)).toEqual([
    'DayExecutionInnovation',
    'Mon, Nov 235.7 h0 h',
    'Tue, Nov 245.7 h4 h',
    'Wed, Nov 255.7 h0 h',
    'Thu, Nov 265.7 h5 h',
    'Fri, Nov 275.7 h0 h',
    'Sat, Nov 28not seen',
    'Sun, Nov 29not seen',
  ]);
});

test('blocks: kept and overridden, with cause, minutes lost and Rebook; titles stay text', () => {
  const { container } = render(<InnovationBlocks blocks={report.blocks} />);
  expect(screen.getByText('1 of 2 kept')).toBeTruthy();
  const [kept, taken] = screen
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('block'));
  expect(kept!.textContent).toContain('Strategy: next horizon');
  // The browser's language writes the time (fakeBrowser answers en-US, a 12-hour clock).
  expect(kept!.textContent!.replace(/\s/g, ' ')).toContain('Tue, Nov 24, 9 AM – 1 PM · 4 h');
  expect(kept!.textContent).toContain('Kept');
  expect(taken!.textContent).toContain('Overridden, 1 h lost');
  expect(taken!.textContent).toContain('overlapped by Escalation call, 1 h lost');
  expect(within(taken!).getByRole('link', { name: 'Rebook' }).getAttribute('href')).toBe(
    'https://calendar.google.com/calendar/r/eventedit?text=Prototype',
  );
  expect(taken!.textContent).toContain('Prototype <img src=x onerror=alert(1)>');
  expect(container.querySelector('img')).toBeNull();
});

test('blocks: no Rebook without a URL, nor with one outside Google Calendar', () => {
  const [, b] = report.blocks;
  const o = b!.overrides[0]!;
  render(
    <InnovationBlocks
      blocks={[
        { ...b!, id: 'x', overrides: [{ ...o, rebookUrl: undefined }] },
        { ...b!, id: 'y', overrides: [{ ...o, rebookUrl: 'javascript:alert(1)' }] },
        { ...b!, id: 'z', overrides: [{ ...o, cause: 'deleted', byTitle: undefined }] },
      ]}
    />,
  );
  expect(screen.queryAllByRole('link', { name: 'Rebook' })).toHaveLength(1);
  expect(screen.getByText(/^deleted, 1 h lost/)).toBeTruthy();
});

test('blocks: a week without any says to book one', () => {
  render(<InnovationBlocks blocks={[]} />);
  expect(screen.getByText(/No innovation block this week/)).toBeTruthy();
});

test('after hours: the share, and the burnout warning only when high', () => {
  render(<AfterHours summary={report.afterHours} />);
  expect(screen.getByText('1 h of 9 h innovation (11%) was outside working hours.')).toBeTruthy();
  expect(screen.queryByRole('note')).toBeNull();
  cleanup();
  render(
    <AfterHours summary={{ innovationMin: 300, afterHoursMin: 180, percent: 60, high: true }} />,
  );
  expect(screen.getByRole('note').textContent).toMatch(/burnout/);
  cleanup();
  const { container } = render(
    <AfterHours summary={{ innovationMin: 0, afterHoursMin: 0, high: false }} />,
  );
  expect(container.textContent).toBe('');
});

test('largest execution items, recurring series as one', () => {
  render(<LargestExecution items={report.largest} />);
  const items = screen.getAllByRole('listitem').map((li) => li.textContent);
  expect(items).toEqual(['Standup5 hseries, 5 times', 'Quarterly review3 h']);
});

test('coverage: days seen, the missing ones, a link to them; nothing to open when complete', () => {
  render(<Coverage coverage={report.coverage} />);
  expect(screen.getByTestId('coverage').textContent).toBe('5 of 7 days seen · missing Sat, Sun');
  expect(
    screen
      .getByRole('link', { name: 'Open the missing days in Google Calendar' })
      .getAttribute('href'),
  ).toBe('https://calendar.google.com/calendar/u/0/r/week/2026/11/28');
  cleanup();
  render(<Coverage coverage={{ ...report.coverage, seen: 7, missing: [] }} />);
  expect(screen.getByTestId('coverage').textContent).toBe('7 of 7 days seen');
  expect(screen.queryByRole('link')).toBeNull();
});

test('trend: eight weeks against the target, with a list equivalent', () => {
  const { container } = render(<TrendChart points={report.trend} target={20} />);
  const svg = screen.getByRole('img');
  expect(svg.getAttribute('aria-label')).toContain('against a 20% target');
  expect(svg.getAttribute('aria-label')).toContain('W41: no data');
  expect(svg.getAttribute('aria-label')).toContain('W48: 24% (7 of 7 days seen)');
  expect(container.querySelectorAll('rect')).toHaveLength(7);
  expect(container.querySelectorAll('line.chart__target')).toHaveLength(1);
  expect(screen.getAllByRole('listitem')).toHaveLength(8);
});

test('the reflection question is shown as it comes', () => {
  render(<ReflectionQuestion question={report.question} />);
  expect(screen.getByText(report.question)).toBeTruthy();
});
