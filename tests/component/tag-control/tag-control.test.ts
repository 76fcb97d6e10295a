// @vitest-environment happy-dom
import { ENGLISH_LANGUAGE } from '@/utils/shared/i18n/english-page';
import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createTagControl, type TagControlProps } from '@/components/tag-control/tag-control';
import type { TagState } from '@/utils/domain/classify/tag-state';
import { msg, type Msg, type Sub } from '@/utils/shared/i18n/msg';
import type { Category } from '@/utils/shared/types';

afterEach(() => document.body.replaceChildren());

/**
 * A state as the background sends it. Its English `reason` is stale on
 * purpose: the control must render `because`, in its own language.
 */
const st = (
  category: Category,
  source: TagState['source'],
  key: Msg['key'],
  ...subs: Sub[]
): TagState => ({ category, source, because: msg(key, ...subs), reason: 'stale' });

function setup(over: Partial<TagControlProps> = {}) {
  const props: TagControlProps = {
    state: st('innovation', 'default', 'reason_keyword', 'prototype'),
    recurring: false,
    countable: true,
    scope: 'event',
    onScope: vi.fn(),
    onChoose: vi.fn(),
    ...over,
  };
  const control = createTagControl(document, ENGLISH_LANGUAGE);
  control.update(props);
  document.body.append(control.el);
  return { props, control };
}

const pressed = () =>
  screen
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent);

describe('tag control', () => {
  test('four buttons with exactly the contract names, in a named group and section', () => {
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
    expect(screen.getByRole('group', { name: 'Category' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Polarity category' })).toBeTruthy();
    expect(document.querySelector('.brand')!.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByRole('button', { name: 'Auto' }).className).toBe('choice auto');
    for (const b of screen.getAllByRole('button')) expect(b.getAttribute('type')).toBe('button');
  });

  test('auto classification: its category and Auto pressed, the reason shown', () => {
    setup();
    expect(pressed()).toEqual(['Innovation', 'Auto']);
    expect(screen.getByRole('button', { name: 'Execution' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(screen.getByText("Auto: keyword 'prototype'")).toBeTruthy();
    expect(document.querySelector('.reason')!.getAttribute('aria-live')).toBe('polite');
  });

  test('a hand tag: only its category pressed, "Tagged by you"', () => {
    setup({ state: st('excluded', 'tag', 'reason_tag') });
    expect(pressed()).toEqual(['Exclude']);
    expect(screen.getByText('Tagged by you')).toBeTruthy();
  });

  test('a series tag reads "Series tag"', () => {
    setup({
      state: st('execution', 'series-tag', 'reason_series_tag'),
      recurring: true,
      scope: 'series',
    });
    expect(pressed()).toEqual(['Execution']);
    expect(screen.getByText('Series tag')).toBeTruthy();
  });

  test('choosing: category, or null for Auto', () => {
    const { props } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Execution' }));
    fireEvent.click(screen.getByRole('button', { name: 'Auto' }));
    expect(props.onChoose).toHaveBeenNthCalledWith(1, 'execution');
    expect(props.onChoose).toHaveBeenNthCalledWith(2, null);
  });

  test('while a choice is being saved the buttons say so and a second click does nothing', () => {
    const { props, control } = setup({ busy: true });
    const exec = screen.getByRole('button', { name: 'Execution' });
    expect(exec.getAttribute('aria-busy')).toBe('true');
    fireEvent.click(exec);
    expect(props.onChoose).not.toHaveBeenCalled();
    control.update({ ...props, busy: false });
    expect(exec.getAttribute('aria-busy')).toBe('false');
    fireEvent.click(exec);
    expect(props.onChoose).toHaveBeenCalledWith('execution');
    control.update({ ...props, busy: undefined });
    expect(exec.hasAttribute('aria-busy')).toBe(false);
  });

  test('recurring events offer this event or the whole series', () => {
    const { props } = setup({ recurring: true });
    expect(screen.getByRole('group', { name: 'Apply to' })).toBeTruthy();
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
      state: st('excluded', 'default', 'reason_allday'),
      countable: false,
    });
    expect(screen.getByText(/Auto: all-day event/).textContent).toBe(
      'Auto: all-day event · never counted',
    );
    expect(screen.getByRole('button', { name: 'Auto' }).hasAttribute('disabled')).toBe(true);
  });

  test('an error takes the place of the reason', () => {
    setup({ error: msg('page_tag_error') });
    expect(document.querySelector('.reason')!.textContent).toBe(
      'Could not save the tag. Reload the page and try again.',
    );
  });

  test('a hostile title in the reason is text, never markup', () => {
    setup({
      state: st('execution', 'rule', 'reason_rule', 1, '<img src=x onerror=alert(1)>'),
    });
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('.reason')!.textContent).toBe(
      'Rule 1: <img src=x onerror=alert(1)>',
    );
  });

  test('an update patches in place: the focused button keeps its focus, the answer shows', () => {
    const { props, control } = setup({ state: undefined });
    const innov = screen.getByRole('button', { name: 'Innovation' }) as HTMLButtonElement;
    control.update({ ...props, state: st('execution', 'default', 'reason_no_keyword') });
    innov.focus();
    control.update({
      ...props,
      state: st('innovation', 'tag', 'reason_tag'),
    });
    expect(screen.getByRole('button', { name: 'Innovation' })).toBe(innov);
    expect(document.activeElement).toBe(innov);
    expect(pressed()).toEqual(['Innovation']);
    expect(innov.disabled).toBe(false);
    expect(document.querySelector('.reason')!.textContent).toBe('Tagged by you');
  });

  test('the series choice comes and goes with the event, and follows the scope', () => {
    const { props, control } = setup({ recurring: true });
    control.update({ ...props, recurring: true, scope: 'series' });
    const series = screen.getByRole('radio', { name: 'All events in the series' });
    expect((series as HTMLInputElement).checked).toBe(true);
    control.update({ ...props, recurring: false });
    expect(screen.queryByRole('radio')).toBeNull();
    control.update({ ...props, recurring: true, countable: false });
    expect(screen.queryByRole('radio')).toBeNull();
    control.update({ ...props, recurring: true });
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    expect(document.querySelectorAll('fieldset')).toHaveLength(1);
    // Between the buttons and the reason, as before.
    expect(document.querySelector('fieldset')!.nextElementSibling!.className).toBe('reason');
  });
});
