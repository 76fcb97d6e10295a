import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ConfirmPanelProps {
  id: string;
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A confirm step in the page (no window.confirm): the question, what it does,
 * and two buttons. Focus starts on the safe choice; Escape is the safe choice.
 */
export function ConfirmPanel(props: ConfirmPanelProps) {
  const { id, title, children, confirmLabel, cancelLabel, onConfirm, onCancel } = props;
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onCancel();
      }}
    >
      <p class="confirm-title" id={`${id}-title`}>
        {title}
      </p>
      <div id={`${id}-body`}>{children}</div>
      <div class="actions">
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
