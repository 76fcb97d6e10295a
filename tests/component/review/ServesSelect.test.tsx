// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { App } from '@/components/review/App';
import { createReviewStore } from '@/components/review/store';
import { ev, fakeReview, WEEK_EVENTS } from './fake-review';

// Issue 17 point 3, the bulk list: "Serves…" on each innovation row of the
// review page, for the account and week it shows.
afterEach(cleanup);

const OPS = { kind: 'title', key: 'ops review', title: 'Ops review' };

async function renderReview(fake = fakeReview(), offset = 0) {
  render(<App store={createReviewStore(fake.effects, offset)} />);
  await screen.findByRole('region', { name: /^Standup/ });
  return fake;
}

const serves = () =>
  within(screen.getByRole('region', { name: /^Vision/ })).getByRole<HTMLSelectElement>('combobox', {
    name: /^Serves…: Vision <b>memo<\/b>, Thu, Nov 26/,
  });

test('only innovation rows have it, labelled, with the week’s execution items as text', async () => {
  const fake = await renderReview(undefined, -1);
  const select = await waitFor(serves);
  expect(select.value).toBe('');
  const options = [...select.options].map((o) => o.textContent);
  expect(options).toEqual(['Nothing in particular', 'Standup', 'Ops review']);
  expect(select.querySelector('b')).toBeNull();
  // A visible label too, tied to the select.
  expect(screen.getByText('Serves…', { selector: 'label' }).getAttribute('for')).toBe(select.id);
  // Execution rows have none.
  expect(screen.queryAllByRole('combobox', { name: /^Serves…/ })).toHaveLength(1);
  // Asked for the account and week shown.
  expect(fake.effects.servesChoices).toHaveBeenCalledWith({
    account: 0,
    event: { id: 'v1', seriesId: 'v1' },
    offset: -1,
  });
});

test('choose, see it chosen after the week is read again, then remove it', async () => {
  const fake = await renderReview();
  fireEvent.change(await waitFor(serves), { target: { value: '1' } });
  await waitFor(() => expect(fake.served).toHaveLength(1));
  expect(fake.served[0]).toEqual({
    account: 0,
    scope: 'event',
    event: { id: 'v1', seriesId: 'v1' },
    target: OPS,
  });
  await waitFor(() => expect(fake.effects.servesChoices).toHaveBeenCalledTimes(2));
  await waitFor(() => expect(serves().selectedOptions[0]?.textContent).toBe('Ops review'));
  expect(screen.getByRole('status').textContent).toBe('Saved. Vision <b>memo</b>');

  fireEvent.change(serves(), { target: { value: '' } });
  await waitFor(() => expect(fake.served[1]).toMatchObject({ scope: 'event', target: null }));
  await waitFor(() => expect(serves().value).toBe(''));
  expect(fake.links.size).toBe(0);
});

test('a series link shows on its events, and is changed and removed where it is kept', async () => {
  const lab = (id: string, d: number) =>
    ev({
      id,
      seriesId: 'lab',
      title: 'Lab',
      category: 'innovation',
      source: 'series-tag',
      reason: 'Tagged by you: every event in the series',
      seriesTag: 'innovation',
      start: new Date(2026, 10, d, 14).getTime(),
      end: new Date(2026, 10, d, 16).getTime(),
    });
  const fake = fakeReview([...WEEK_EVENTS, lab('l1', 24), lab('l2', 25)]);
  // Kept by the series; the current target is no longer in this week's choices.
  const old = { kind: 'title', key: 'incident process', title: 'Incident process' } as const;
  fake.links.set('series:lab', { scope: 'series', target: old });
  await renderReview(fake);
  const labRows = () =>
    within(screen.getByRole('region', { name: /^Lab/ })).getAllByRole<HTMLSelectElement>(
      'combobox',
      { name: /^Serves…: Lab/ },
    );
  await waitFor(() => expect(labRows()).toHaveLength(2));
  for (const select of labRows()) {
    expect(select.selectedOptions[0]?.textContent).toBe('Incident process');
  }
  fireEvent.change(labRows()[0]!, { target: { value: '' } });
  await waitFor(() =>
    expect(fake.served[0]).toEqual({
      account: 0,
      scope: 'series',
      event: { id: 'l1', seriesId: 'lab' },
      target: null,
    }),
  );
  await waitFor(() => expect(labRows().map((s) => s.value)).toEqual(['', '']));
});

test('from the keyboard: a native select in the tab order, its change saves', async () => {
  // A native select: Tab reaches it and the keys choose; the change event saves.
  const fake = await renderReview();
  const select = await waitFor(serves);
  select.focus();
  expect(document.activeElement).toBe(select);
  expect(select.tabIndex).toBe(0);
  expect(select.disabled).toBe(false);
  select.value = '0';
  fireEvent.change(select);
  await waitFor(() => expect(fake.served[0]?.target).toMatchObject({ title: 'Standup' }));
});

test('a row whose choices could not be asked has no choice; the rest of the page works', async () => {
  const fake = fakeReview();
  fake.effects.servesChoices = async () => {
    throw new Error('Could not establish connection');
  };
  await renderReview(fake);
  expect(screen.queryAllByRole('combobox', { name: /^Serves…/ })).toHaveLength(0);
  expect(screen.getAllByRole('combobox').length).toBeGreaterThan(0);
});

test('a failed link says why and shows what is stored', async () => {
  const fake = fakeReview();
  fake.effects.setServes = async () => {
    throw new Error('Refused setServes: data.target.kind is not one of series, title');
  };
  await renderReview(fake);
  fireEvent.change(await waitFor(serves), { target: { value: '1' } });
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe(
      'Not saved: Refused setServes: data.target.kind is not one of series, title',
    ),
  );
  await waitFor(() => expect(serves().value).toBe(''));
});
