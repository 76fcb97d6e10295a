// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '@/components/popup/App';
import { createPopupStore } from '@/components/popup/store';
import { extractView } from '@/utils/gcal/extract-view';
import { interpretView } from '@/utils/gcal/interpret-view';
import { pageStructure } from '@/utils/gcal/page-structure';
import { buildPageReport } from '@/utils/domain/report/page-report';
import { summariseRead } from '@/utils/domain/report/read-summary';
import { REDESIGNS } from '../../fixtures/redesign';
import { committedPage, pageDom, WEEK_URL } from '../../unit/gcal/page-dom';
import { fakeEffects } from './fake-effects';
import { fixtureReport } from './fixture-report';

afterEach(cleanup);

/** What the background would hold after reading this page: the real pipeline, no hand-made numbers. */
function readOf(html: string) {
  const doc = pageDom(html);
  const read = extractView(doc, WEEK_URL, Date.UTC(2026, 10, 25, 12));
  const snap = interpretView(read);
  return {
    summary: summariseRead(snap, 7),
    report: buildPageReport(pageStructure(doc, WEEK_URL, read), snap, '0.1.0'),
  };
}

function renderPopup(html: string, unreadable?: string) {
  const { summary, report } = readOf(html);
  const fake = fakeEffects(() => fixtureReport(unreadable ? { unreadable } : {}), summary, report);
  render(<App store={createPopupStore(fake.effects)} />);
  return { ...fake, summary };
}

describe('"Show what Polarity read"', () => {
  test('reachable any time, under the week', async () => {
    const { effects } = renderPopup(committedPage('week-real-shapes.html'));
    fireEvent.click(await screen.findByRole('button', { name: 'Show what Polarity read' }));
    await screen.findByRole('heading', { name: 'What Polarity read' });
    expect(effects.readSummary).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('read-verdict').textContent).toBe(
      'Read the week view: 5 events counted.',
    );
    expect(screen.getByTestId('chips-found').textContent).toBe('9');
    expect(screen.getByTestId('chips-unread').textContent).toBe('0');
    expect(screen.getByTestId('not-counted').textContent).toBe('1 declined, 2 tasks, 1 all-day');
    const rows = within(screen.getByRole('table', { name: 'Counted per day' }))
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows.slice(0, 3)).toEqual([
      'Mon, Nov 232 (1 time block)3 h',
      'Tue, Nov 242 (1 time block)2 h',
      'Wed, Nov 2511 h',
    ]);
    expect(rows).toHaveLength(7);
    const why = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(why).toContain('Vendor pitch · declined · Thu');
    expect(why).toContain('Send invoices · task · Wed');
    expect(why).toContain('Offsite · all-day · Fri');
    fireEvent.click(screen.getByRole('button', { name: '← Back to the week' }));
    await screen.findByTestId('split-percent');
  });

  test('offered in the alert when the page is unreadable, naming what was found', async () => {
    const redesigned = REDESIGNS.find((r) => r.hook === 'data-column-index')!.apply(
      committedPage('week-en.html'),
    );
    const { summary } = renderPopup(redesigned, "can't read this view: 32 event chips found");
    expect(summary.status).toBe('unreadable');
    const alert = await screen.findByRole('alert');
    fireEvent.click(within(alert).getByRole('button', { name: 'Show what Polarity read' }));
    const verdict = await screen.findByTestId('read-verdict');
    expect(verdict.textContent).toBe(
      "Can't read this view: 32 event chips found, but no day columns " +
        '(grid cells: 14, day columns: 0, dated elements: 14, rows: 2)',
    );
    expect(screen.getByTestId('chips-found').textContent).toBe('32');
    expect(screen.getByTestId('chips-unread').textContent).toBe('32');
    expect(screen.queryByRole('table')).toBeNull();
  });

  test('saves a page report with one click, and says so', async () => {
    const { saved } = renderPopup(committedPage('week-real-shapes.html'));
    fireEvent.click(await screen.findByRole('button', { name: 'Show what Polarity read' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save a page report' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^polarity-page-report-week-\d{4}-\d\d-\d\d\.json$/);
    expect(saved[0]!.type).toBe('application/json');
    expect(JSON.parse(saved[0]!.text).format).toBe('polarity-page-report');
    expect(screen.getByText(/^Saved polarity-page-report-week-/).getAttribute('role')).toBe(
      'status',
    );
  });

  test('before any read: says so, and offers no report', async () => {
    const fake = fakeEffects();
    render(<App store={createPopupStore(fake.effects)} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Show what Polarity read' }));
    await screen.findByText(/hasn’t read a Google Calendar page/);
    expect(screen.queryByRole('button', { name: 'Save a page report' })).toBeNull();
  });
});
