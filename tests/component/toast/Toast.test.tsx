// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Toast, TOAST_AUTO_HIDE_MS, type ToastProps } from '@/components/toast/Toast';
import type { ToastNudge } from '@/utils/overrides/nudge-text';

const nudge = (key: string, title = `Innovation time taken: ${key}`): ToastNudge => ({
  key,
  title,
  message: '“Budget approvals” overlaps it: 45 min lost.\nTue 24 Nov, 15:00–17:00',
  rebookLabel: 'Rebook',
  openLabel: 'Open in Calendar',
});

function setup(over: Partial<ToastProps> = {}) {
  const props: ToastProps = {
    nudges: [nudge('Strategy')],
    onAction: vi.fn(),
    onExpire: vi.fn(),
    ...over,
  };
  const view = render(<Toast {...props} />);
  return { props, ...view };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('toast', () => {
  test('names the block, the cause and the minutes; three actions with their names', () => {
    setup();
    expect(screen.getByRole('region', { name: 'Innovation time taken: Strategy' })).toBeTruthy();
    const card = screen.getByRole('region');
    expect(card.querySelector('.message')!.textContent).toContain('overlaps it: 45 min lost');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Rebook',
      'Open in Calendar',
      'Dismiss',
    ]);
  });

  test('announced once, politely, as text in a live region', () => {
    setup();
    const status = screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe(
      'Innovation time taken: Strategy. “Budget approvals” overlaps it: 45 min lost.\nTue 24 Nov, 15:00–17:00',
    );
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
    act(() => void vi.advanceTimersByTime(TOAST_AUTO_HIDE_MS - 100));
    expect(props.onExpire).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(200));
    expect(props.onExpire).toHaveBeenCalledTimes(1);
    expect(TOAST_AUTO_HIDE_MS).toBe(12_000);
  });

  test('stays while hovered or focused, and the time starts again after', () => {
    const { props, container } = setup();
    const region = container.querySelector('.toasts')!;
    fireEvent.mouseEnter(region);
    act(() => void vi.advanceTimersByTime(TOAST_AUTO_HIDE_MS * 2));
    expect(props.onExpire).not.toHaveBeenCalled();
    fireEvent.mouseLeave(region);
    const rebook = screen.getByRole('button', { name: 'Rebook' });
    act(() => rebook.focus());
    act(() => void vi.advanceTimersByTime(TOAST_AUTO_HIDE_MS * 2));
    expect(props.onExpire).not.toHaveBeenCalled();
    act(() => rebook.blur());
    act(() => void vi.advanceTimersByTime(TOAST_AUTO_HIDE_MS));
    expect(props.onExpire).toHaveBeenCalledTimes(1);
  });

  test('Escape closes it; buttons are real buttons, in the tab order, never focused on arrival', () => {
    const { props } = setup();
    expect(document.activeElement).toBe(document.body);
    for (const b of screen.getAllByRole('button')) {
      expect(b.tagName).toBe('BUTTON');
      expect(b.getAttribute('tabindex')).toBeNull();
    }
    fireEvent.keyDown(screen.getByRole('button', { name: 'Rebook' }), { key: 'Escape' });
    expect(props.onExpire).toHaveBeenCalled();
  });

  test('after a keyboard action the next toast gets the focus', () => {
    const onAction = vi.fn();
    const { rerender } = setup({ nudges: [nudge('a'), nudge('b')], onAction });
    const dismissA = screen.getAllByRole('button', { name: 'Dismiss' })[0]!;
    act(() => dismissA.focus());
    fireEvent.click(dismissA, { detail: 0 });
    rerender(<Toast nudges={[nudge('b')]} onAction={onAction} onExpire={vi.fn()} />);
    expect(document.activeElement?.textContent).toBe('Rebook');
    expect(document.activeElement?.closest('section')?.getAttribute('aria-label')).toBe(
      'Innovation time taken: b',
    );
  });

  test('titles are text, never markup', () => {
    setup({ nudges: [nudge('x', '<img src=x onerror=alert(1)>Strategy')] });
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>Strategy')).toBeTruthy();
  });

  test('nothing to show: no toast, no buttons, an empty live region', () => {
    setup({ nudges: [] });
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
