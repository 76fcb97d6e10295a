// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { App } from '@/components/review/App';
import { createReviewStore } from '@/components/review/store';
import { fakeReview } from './fake-review';

afterEach(cleanup);

function renderReview(fake = fakeReview(), offset = 0) {
  const store = createReviewStore(fake.effects, offset);
  render(<App store={store} />);
  return { ...fake, store };
}

const group = (title: string) => screen.getByRole('region', { name: new RegExp(`^${title}`) });
const choose = (select: HTMLElement, value: string) =>
  fireEvent.change(select, { target: { value } });

test('the week’s events grouped by title (any case) and series, each with category and reason', async () => {
  renderReview();
  await screen.findByRole('heading', { level: 1, name: 'Review and tag' });
  await screen.findByRole('region', { name: /^Standup/ });
  const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
  expect(names).toEqual([
    'Standup 3 this week',
    'Ops review 1 this week',
    'Vision <b>memo</b> 1 this week',
  ]);
  const standup = group('Standup');
  expect(within(standup).getAllByRole('listitem')).toHaveLength(3);
  expect(standup.textContent).toContain('Auto: no innovation keyword · decided by default');
  expect(
    within(standup).getByRole('combobox', { name: 'Every event in this series: Standup' }),
  ).toBeTruthy();
  const vision = group('Vision');
  // Titles are text, never markup.
  expect(vision.querySelector('b')).toBeNull();
  expect(vision.textContent).toContain('Innovation');
  expect(vision.textContent).toContain('Tagged by you');
  // A single event has no series control.
  expect(within(vision).queryByRole('combobox', { name: /series/ })).toBeNull();
  const select = within(vision).getByRole<HTMLSelectElement>('combobox', {
    name: /^Vision <b>memo<\/b>, Thu, Nov 26/,
  });
  expect(select.value).toBe('innovation');
});

test('filter: only what the defaults decided', async () => {
  renderReview();
  await screen.findByRole('region', { name: /^Standup/ });
  fireEvent.click(screen.getByRole('checkbox', { name: 'Only events decided by default' }));
  const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
  expect(names).toEqual(['Standup 3 this week']);
});

test('change one event, then a series: the tags go to the background and the week is read again', async () => {
  const { tags, effects } = renderReview();
  await screen.findByRole('region', { name: /^Standup/ });
  choose(
    within(group('Standup')).getByRole('combobox', { name: /^Standup, Mon, Nov 23/ }),
    'innovation',
  );
  await waitFor(() => expect(tags).toHaveLength(1));
  expect(tags[0]).toEqual({
    account: 0,
    scope: 'event',
    event: { id: 's1', seriesId: 'st', title: 'Standup' },
    category: 'innovation',
  });
  choose(within(group('Standup')).getByRole('combobox', { name: /series/ }), 'excluded');
  await waitFor(() => expect(tags).toHaveLength(2));
  expect(tags[1]).toMatchObject({
    scope: 'series',
    category: 'excluded',
    event: { seriesId: 'st' },
  });
  await waitFor(() => expect(effects.weekEvents).toHaveBeenCalledTimes(3));
  expect(screen.getByRole('status').textContent).toBe('Saved. Standup');
  // Back to Auto clears the tag.
  choose(within(group('Vision')).getByRole('combobox', { name: /^Vision.*, Thu/ }), '');
  await waitFor(() => expect(tags[2]).toMatchObject({ scope: 'event', category: null }));
});

test('every event titled like this: a rule, first in the list, shown as a rule', async () => {
  const fake = fakeReview();
  fake.setRules([
    { id: 'old', when: { type: 'keywords', keywords: ['ops'] }, category: 'execution' },
  ]);
  renderReview(fake);
  await screen.findByRole('region', { name: /^Standup/ });
  choose(
    within(group('Standup')).getByRole('combobox', {
      name: 'Every event titled like this: Standup',
    }),
    'innovation',
  );
  await waitFor(() => expect(fake.rules()).toHaveLength(2));
  expect(fake.rules()[0]).toEqual({
    id: 'r1',
    when: { type: 'regex', pattern: '^\\s*Standup\\s*$' },
    category: 'innovation',
  });
  const note = await within(group('Standup')).findByTestId('title-rule');
  expect(note.textContent).toBe('Saved as rule 1: title matches /^\\s*Standup\\s*$/i');
  const rule = within(group('Standup')).getByRole<HTMLSelectElement>('combobox', {
    name: 'Every event titled like this: Standup',
  });
  expect(rule.value).toBe('innovation');
  // The events now follow the rule.
  await waitFor(() => expect(group('Standup').textContent).not.toContain('decided by default'));

  // Changing it edits the same rule; No rule removes it.
  choose(rule, 'excluded');
  await waitFor(() => expect(fake.rules()[0]!.category).toBe('excluded'));
  expect(fake.rules()).toHaveLength(2);
  choose(within(group('Standup')).getByRole('combobox', { name: /titled like this/ }), '');
  await waitFor(() => expect(fake.rules()).toHaveLength(1));
  expect(fake.rules()[0]!.id).toBe('old');
});

test('a failed change says why, and the page stays usable', async () => {
  const fake = fakeReview();
  fake.effects.setTag = async () => {
    throw new Error('Could not establish connection');
  };
  renderReview(fake);
  await screen.findByRole('region', { name: /^Standup/ });
  choose(
    within(group('Ops review')).getByRole('combobox', { name: /^Ops review, / }),
    'innovation',
  );
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe(
      'Not saved: Could not establish connection',
    ),
  );
});

test('weeks: previous and next; an empty week links to the calendar; first run says what to do', async () => {
  const fake = fakeReview([]);
  renderReview(fake, -1);
  await screen.findByText(/No events seen for this week/);
  expect(
    screen.getByRole('link', { name: 'Open this week in Calendar' }).getAttribute('href'),
  ).toBe('https://calendar.google.com/calendar/u/0/r/week/2026/11/23');
  fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
  await waitFor(() => expect(fake.effects.weekEvents).toHaveBeenLastCalledWith(-2));
  fireEvent.click(screen.getByRole('button', { name: 'All rules in Options' }));
  expect(fake.effects.openOptions).toHaveBeenCalled();
  cleanup();

  fake.effects.weekEvents = async () => ({
    state: 'first-run',
    calendarUrl: 'https://calendar.google.com/',
  });
  renderReview(fake);
  await screen.findByText(/Nothing read yet/);
});
