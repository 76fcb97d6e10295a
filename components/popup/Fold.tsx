import type { ComponentChildren } from 'preact';

export interface FoldProps {
  id: string;
  title: string;
  open: boolean;
  onToggle(id: string): void;
  children: ComponentChildren;
}

/**
 * A section that opens on demand: a disclosure button (its state spoken as
 * expanded or collapsed) over content drawn only while open. The content
 * keeps its own heading, so a screen reader still lands in a named region.
 */
export function Fold({ id, title, open, onToggle, children }: FoldProps) {
  const panel = `fold-${id}`;
  return (
    <div class={open ? 'fold fold--open' : 'fold'}>
      <button
        type="button"
        class="fold__button"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => onToggle(id)}
      >
        <span class="fold__chevron" aria-hidden="true" />
        {title}
      </button>
      <div id={panel} class="fold__panel" hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
