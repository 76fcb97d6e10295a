import { useEffect, useRef, useState } from 'preact/hooks';
import type { NudgeAction, ToastNudge } from '@/utils/overrides/nudge-text';

export interface ToastProps {
  /** Newest first; each with its own actions. */
  nudges: readonly ToastNudge[];
  onAction: (key: string, action: NudgeAction) => void;
  /** Time ran out (or Escape): the toasts go, the overrides stay as they are. */
  onExpire: () => void;
  autoHideMs?: number;
}

export const TOAST_AUTO_HIDE_MS = 12_000;

/**
 * The page's nudges, bottom-left. They never take focus (the user is in the
 * middle of editing the calendar); they are reachable with Tab, and stay while
 * hovered or focused. A separate polite live region announces them once, as
 * text, without reading every button.
 */
export function Toast({ nudges, onAction, onExpire, autoHideMs = TOAST_AUTO_HIDE_MS }: ToastProps) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const region = useRef<HTMLDivElement>(null);
  const refocus = useRef<number | null>(null);

  useEffect(() => {
    if (nudges.length === 0 || hovered || focused) return;
    const timer = setTimeout(onExpire, autoHideMs);
    return () => clearTimeout(timer);
  }, [nudges, hovered, focused, autoHideMs, onExpire]);

  // After an action removes a toast that had focus, focus moves to the next one, not to nowhere.
  useEffect(() => {
    if (refocus.current === null) return;
    const buttons = region.current?.querySelectorAll<HTMLButtonElement>('.toast button.primary');
    const next = buttons?.[Math.min(refocus.current, buttons.length - 1)];
    refocus.current = null;
    if (next) next.focus();
    else setFocused(false);
  }, [nudges]);

  // A keyboard click (detail 0) keeps the user in the toasts; a mouse click lets them go.
  const act = (index: number, key: string, action: NudgeAction, e: MouseEvent) => {
    if (e.detail === 0) refocus.current = index;
    onAction(key, action);
  };

  const newest = nudges[0];
  return (
    <div
      class="toasts"
      ref={region}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocusCapture={() => setFocused(true)}
      onBlurCapture={(e) => {
        const to = (e as FocusEvent).relatedTarget as Node | null;
        if (!to || !region.current?.contains(to)) setFocused(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onExpire();
      }}
    >
      <div class="sr" role="status" aria-live="polite">
        {newest ? `${newest.title}. ${newest.message}` : ''}
      </div>
      {nudges.map((n, i) => (
        <section class="toast" key={n.key} aria-label={n.title}>
          <p class="brand" aria-hidden="true">
            Polarity
          </p>
          <p class="title">{n.title}</p>
          <p class="message">{n.message}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={(e) => act(i, n.key, 'rebook', e)}>
              {n.rebookLabel}
            </button>
            <button type="button" onClick={(e) => act(i, n.key, 'open', e)}>
              {n.openLabel}
            </button>
            <button type="button" onClick={(e) => act(i, n.key, 'dismiss', e)}>
              Dismiss
            </button>
          </div>
        </section>
      ))}
    </div>
  );
}
