// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, expect, test, vi } from 'vitest';
import { ServedExecution } from '@/components/popup/ServedExecution';
import type { ServedSummary } from '@/utils/domain/report/served';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const OPS = { kind: 'series', key: 'ops', title: 'Weekly ops review' } as const;
const INCIDENT = { kind: 'title', key: 'incident process', title: 'Incident process' } as const;

function answering(summary: ServedSummary | null) {
  const asked: unknown[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((m: unknown) => {
    asked.push(m);
    return Promise.resolve(summary);
  }) as never);
  return asked;
}

test('the share of innovation that served execution, the items it served, and the trend', async () => {
  const asked = answering({
    innovationMin: 300,
    servedMin: 150,
    items: [
      { target: OPS, minutes: 120 },
      { target: INCIDENT, minutes: 30 },
    ],
    trend: [
      { target: OPS, before: 180, after: 60, change: 'down' },
      { target: INCIDENT, before: null, after: null, change: 'unknown' },
    ],
  });
  render(<ServedExecution offset={-2} />);
  const section = await screen.findByRole('region', { name: 'Innovation that serves execution' });
  expect(asked).toEqual([{ type: 'getServed', data: { offset: -2 } }]);
  expect(section.textContent).toContain(
    '2 h 30 min of this week’s 5 h of innovation served execution.',
  );
  expect([...section.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'Weekly ops review: 2 h',
    'Incident process: 30 min',
    'Weekly ops review: execution time went down after the work, from 3 h to 1 h a week.',
    'Incident process: not enough weeks before and after the work to tell yet.',
  ]);
});

test('innovation but none linked: says how to link it', async () => {
  answering({ innovationMin: 120, servedMin: 0, items: [], trend: [] });
  render(<ServedExecution offset={0} />);
  const section = await screen.findByTestId('served');
  expect(section.textContent).toContain('None of this week’s innovation is linked to execution.');
  expect(section.querySelectorAll('li')).toHaveLength(0);
});

test('no innovation and nothing ever linked, or no answer: no section', async () => {
  const asked = answering({ innovationMin: 0, servedMin: 0, items: [], trend: [] });
  const { container } = render(<ServedExecution offset={0} />);
  await waitFor(() => expect(asked).toHaveLength(1));
  expect(container.textContent).toBe('');
  cleanup();
  vi.restoreAllMocks();
  answering(null);
  const again = render(<ServedExecution offset={0} />);
  await Promise.resolve();
  expect(again.container.textContent).toBe('');
});
