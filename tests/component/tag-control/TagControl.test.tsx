// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TagControl, type TagControlProps } from '@/components/tag-control/TagControl';

afterEach(cleanup);

function setup(over: Partial<TagControlProps> = {}) {
  const props: TagControlProps = {
    state: { category: 'innovation', source: 'default', reason: "Auto: keyword 'prototype'" },
    recurring: false,
    countable: true,
    scope: 'event',
    onScope: vi.fn(),
    onChoose: vi.fn(),
    ...over,
  };
  render(<TagControl {...props} />);
  return props;
}

const pressed = () =>
  screen
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent);

describe('tag control', () => {
  test('four buttons with exactly the contract names', () => {
    setup();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Execution',
      'Innovation',
      'Exclude',
      'Auto',
    ]);
    for (const name of ['Execution', 'Innovation', 'Exclude', 'Auto']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
  });

  test('auto classification: its category and Auto pressed, the reason shown', () => {
    setup();
    expect(pressed()).toEqual(['Innovation', 'Auto']);
    expect(screen.getByText("Auto: keyword 'prototype'")).toBeTruthy();
  });

  test('a hand tag: only its category pressed, "Tagged by you"', () => {
    setup({ state: { category: 'excluded', source: 'tag', reason: 'Tagged by you' } });
    expect(pressed()).toEqual(['Exclude']);
    expect(screen.getByText('Tagged by you')).toBeTruthy();
  });

  test('a series tag reads "Series tag"', () => {
    setup({
      state: { category: 'execution', source: 'series-tag', reason: 'Series tag' },
      recurring: true,
      scope: 'series',
    });
    expect(pressed()).toEqual(['Execution']);
    expect(screen.getByText('Series tag')).toBeTruthy();
  });

  test('choosing: category, or null for Auto', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Execution' }));
    fireEvent.click(screen.getByRole('button', { name: 'Auto' }));
    expect(props.onChoose).toHaveBeenNthCalledWith(1, 'execution');
    expect(props.onChoose).toHaveBeenNthCalledWith(2, null);
  });

  test('recurring events offer this event or the whole series', () => {
    const props = setup({ recurring: true });
    const thisOne = screen.getByRole('radio', { name: 'This event' }) as HTMLInputElement;
    const series = screen.getByRole('radio', { name: 'All events in the series' });
    expect(thisOne.checked).toBe(true);
    fireEvent.click(series);
    expect(props.onScope).toHaveBeenCalledWith('series');
  });

  test('one-off events get no series choice', () => {
    setup();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  test('arrow keys move between the buttons', () => {
    setup();
    const exec = screen.getByRole('button', { name: 'Execution' });
    exec.focus();
    fireEvent.keyDown(exec, { key: 'ArrowRight' });
    expect(document.activeElement?.textContent).toBe('Innovation');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement?.textContent).toBe('Auto');
  });

  test('while loading nothing is pressed and the buttons wait', () => {
    setup({ state: undefined });
    expect(pressed()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Innovation' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Reading…')).toBeTruthy();
  });

  test('events that never count (all-day) say so and cannot be tagged', () => {
    setup({
      state: { category: 'excluded', source: 'default', reason: 'Auto: all-day event' },
      countable: false,
    });
    expect(screen.getByText(/Auto: all-day event/).textContent).toBe(
      'Auto: all-day event · never counted',
    );
    expect(screen.getByRole('button', { name: 'Auto' }).hasAttribute('disabled')).toBe(true);
  });

  test('a hostile title in the reason is text, never markup', () => {
    setup({
      state: {
        category: 'execution',
        source: 'rule',
        reason: 'Rule 1: <img src=x onerror=alert(1)>',
      },
    });
    expect(document.querySelector('img')).toBeNull();
  });
});
