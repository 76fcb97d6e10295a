// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { App } from '@/components/review/App';
import { createReviewStore } from '@/components/review/store';
import { msg } from '@/utils/shared/i18n/msg';
import { englishFragments, pageWords, speak } from '../speak';
import { ev, fakeReview } from './fake-review';

afterEach(cleanup);

const at = (d: number, h: number) => new Date(2026, 10, d, h).getTime();
const EVENTS = [
  ev({
    id: 's1',
    title: 'Standup',
    start: at(23, 9),
    end: at(23, 10),
    because: msg('reason_no_keyword'),
  }),
  // Stored before reasons were sentences: its English words are all there is.
  ev({ id: 'o1', title: 'Ops review', reason: 'Rule 1: old words' }),
];

test('the review page in German: week number, reasons and a saved title rule in German', async () => {
  speak('de');
  render(<App store={createReviewStore(fakeReview(EVENTS).effects, 0)} />);
  await screen.findByRole('region', { name: /^Standup/ });
  const words = pageWords();
  expect(words).toContain('KW 48');
  expect(words).toContain('Auto: kein Innovations-Stichwort · automatisch eingeordnet');
  expect(words).toContain('Rule 1: old words');
  expect(words).not.toContain('W48 ');
  expect(words).not.toContain('no innovation keyword');
  fireEvent.change(
    within(screen.getByRole('region', { name: /^Standup/ })).getByRole('combobox', {
      name: 'Alle Termine mit diesem Titel: Standup',
    }),
    { target: { value: 'innovation' } },
  );
  expect((await screen.findByTestId('title-rule')).textContent).toBe(
    'Gespeichert als Regel 1: Titel passt zu /^\\s*Standup\\s*$/i',
  );
  for (const w of englishFragments('de', ['review_'])) expect(pageWords(), w).not.toContain(w);
});

test('the review page in Chinese names the week its own way', async () => {
  speak('zh_CN');
  render(<App store={createReviewStore(fakeReview(EVENTS).effects, 0)} />);
  await screen.findByRole('region', { name: /^Standup/ });
  expect(pageWords()).toContain('第48周');
  expect(pageWords()).not.toContain('no innovation keyword');
});
