// @vitest-environment happy-dom
import { ENGLISH_LANGUAGE } from '@/utils/shared/i18n/english-page';
import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createToast, TOAST_AUTO_HIDE_MS, type ToastProps } from '@/components/toast/toast';
import { msg } from '@/utils/shared/i18n/msg';
import type { ToastNudge } from '@/utils/shared/nudge';

/** A nudge as the background sends it: sentences as data, the block's title inside. */
const nudge = (key: string, block = key): ToastNudge => ({
  key,
  title: msg('nudge_taken_title', block),
  message: msg(
    'nudge_taken_message',
    msg('nudge_cause_overlap', 'Budget approvals'),
    { minutes: 45 },
    'Tue 24 Nov, 15:00–17:00',
  ),
  rebookLabel: msg('nudge_rebook'),
  openLabel: msg('nudge_open'),
});

function setup(over: Partial<ToastProps> = {}) {
  const props: ToastProps = {
    nudges: [nudge('Strategy')],
    onAction: vi.fn(),
    onExpire: vi.fn(),
    ...over,
  };
  const toast = createToast(document, ENGLISH_LANGUAGE);
  toast.update(props);
  document.body.append(toast.el);
  return { props, toast };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('toast', () => {
  test('names the block, the cause and the minutes; three actions with their names', () => {
    setup();
    expect(screen.getByRole('region', { name: 'Innovation time taken: Strategy' })).toBeTruthy();
    const card = screen.getByRole('region');
    expect(card.className).toBe('toast');
    expect(card.querySelector('.title')!.textContent).toBe('Innovation time taken: Strategy');
    expect(card.querySelector('.message')!.textContent).toContain('overlaps it: 45 min lost');
    expect(card.querySelector('.brand')!.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Rebook',
      'Open in Calendar',
      'Dismiss',
    ]);
    expect(screen.getByRole('button', { name: 'Rebook' }).className).toBe('primary');
  });

  test('announced once, politely, as text in a live region', () => {
    setup();
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe(
      'Innovation time taken: Strategy. “Budget approvals” overlaps it: 45 min lost.\nTue 24 Nov, 15:00–17:00',
    );
  });

  test('the live region is not rewritten while the newest nudge stays the same', () => {
    const { props, toast } = setup();
    const text = screen.getByRole('status').firstChild;
    toast.update({ ...props, nudges: [nudge('Strategy'), nudge('older')] });
    expect(screen.getByRole('status').firstChild).toBe(text);
  });

  test('each action reports its key', () => {
    const { props } = setup({ nudges: [nudge('a'), nudge('b')] });
    const [, , , rebookB, openB, dismissB] = screen.getAllByRole('button');
    fireEvent.click(rebookB!);
    fireEvent.click(openB!);
    fireEvent.click(dismissB!);
    expect(props.onAction).toHaveBeenNthCalledWith(1, 'b', 'rebook');
    expect(props.onAction).toHaveBeenNthCalledWith(2, 'b', 'open');
    expect(props.onAction).toHaveBeenNthCalledWith(3, 'b', 'dismiss');
  });

  test('goes away by itself after about 12 s', () => {
    const { props } = setup();
    vi.advanceTimersByTime(TOAST_AUTO_HIDE_MS - 100);
    expect(props.onExpire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(props.onExpire).toHaveBeenCalledTimes(1);
    expect(TOAST_AUTO_HIDE_MS).toBe(12_000);
  });

  test('new nudges start the time again; the same ones do not', () => {
    const { props, toast } = setup();
    vi.advanceTimersByTime(TOAST_AUTO_HIDE_MS - 100);
    const two = [nudge('b'), nudge('Strategy')];
    toast.update({ ...props, nudges: two });
    vi.advanceTimersByTime(TOAST_AUTO_HIDE_MS - 100);
    expect(props.onExpire).not.toHaveBeenCalled();
    toast.update({ ...props, nudges: two });
    vi.advanceTimersByTime(TOAST_AUTO_HIDE_MS - 100);
    expect(props.onExpire).toHaveBeenCalledTimes(1);
  });

  test('stays while hovered or focused, and the time starts again after', () => {
    const { props, toast } = setup();
    const region = toast.el;
    expect(region.className).toBe('toasts');
    fireEvent.mouseEnter(region);
    vi.advanceTimersByTime(TOAST_AUTO_HIDE_MS * 2);
    expect(props.onExpire).not.toHaveBeenCalled();
    fireEvent.mouseLeave(region);
    const rebook = screen.getByRole('button', { name: 'Rebook' });
    rebook.focus();
    vi.advanceTimersByTime(TOAST_AUTO_HIDE_MS * 2);
    expect(props.onExpire).not.toHaveBeenCalled();
    rebook.blur();
    vi.advanceTimersByTime(TOAST_AUTO_HIDE_MS);
    expect(props.onExpire).toHaveBeenCalledTimes(1);
  });

  test('Escape closes it; buttons are real buttons, in the tab order, never focused on arrival', () => {
    const { props } = setup();
    expect(document.activeElement).toBe(document.body);
    for (const b of screen.getAllByRole('button')) {
      expect(b.tagName).toBe('BUTTON');
      expect(b.getAttribute('type')).toBe('button');
      expect(b.getAttribute('tabindex')).toBeNull();
    }
    fireEvent.keyDown(screen.getByRole('button', { name: 'Rebook' }), { key: 'Escape' });
    expect(props.onExpire).toHaveBeenCalled();
  });

  test('after a keyboard action the next toast gets the focus', () => {
    const onAction = vi.fn();
    const { toast } = setup({ nudges: [nudge('a'), nudge('b')], onAction });
    const dismissA = screen.getAllByRole('button', { name: 'Dismiss' })[0]!;
    dismissA.focus();
    fireEvent.click(dismissA, { detail: 0 });
    expect(onAction).toHaveBeenCalledWith('a', 'dismiss');
    toast.update({ nudges: [nudge('b')], onAction, onExpire: vi.fn() });
    expect(document.activeElement?.textContent).toBe('Rebook');
    expect(document.activeElement?.closest('section')?.getAttribute('aria-label')).toBe(
      'Innovation time taken: b',
    );
  });

  test('after a mouse action the focus is left alone', () => {
    const onAction = vi.fn();
    const { toast } = setup({ nudges: [nudge('a'), nudge('b')], onAction });
    fireEvent.click(screen.getAllByRole('button', { name: 'Dismiss' })[0]!, { detail: 1 });
    toast.update({ nudges: [nudge('b')], onAction, onExpire: vi.fn() });
    expect(document.activeElement).toBe(document.body);
  });

  test('a nudge arriving on top keeps the focus where it was, on the same button', () => {
    const { props, toast } = setup({ nudges: [nudge('a')] });
    const rebookA = screen.getByRole('button', { name: 'Rebook' });
    rebookA.focus();
    toast.update({ ...props, nudges: [nudge('new'), nudge('a')] });
    expect(document.activeElement).toBe(rebookA);
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-label'))).toEqual([
      'Innovation time taken: new',
      'Innovation time taken: a',
    ]);
    expect(screen.getByRole('status').textContent).toMatch(/^Innovation time taken: new\. /);
  });

  test('titles are text, never markup', () => {
    setup({ nudges: [nudge('x', '<img src=x onerror=alert(1)>Strategy')] });
    expect(document.querySelector('img')).toBeNull();
    expect(
      screen.getByText('Innovation time taken: <img src=x onerror=alert(1)>Strategy'),
    ).toBeTruthy();
  });

  test('nothing to show: no toast, no buttons, an empty live region', () => {
    setup({ nudges: [] });
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  test('the last toast going leaves nothing behind', () => {
    const { props, toast } = setup({ nudges: [nudge('a'), nudge('b')] });
    toast.update({ ...props, nudges: [] });
    expect(screen.queryAllByRole('region')).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('');
    vi.advanceTimersByTime(TOAST_AUTO_HIDE_MS * 2);
    expect(props.onExpire).not.toHaveBeenCalled();
  });
});
