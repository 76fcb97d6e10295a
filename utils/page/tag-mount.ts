import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { h, render } from 'preact';
import { TagControl, type TagControlProps } from '@/components/tag-control/TagControl';
import { TAG_CONTROL_CSS } from '@/components/tag-control/tag-control-css';
import { isolateEvents } from './isolate-events';
import { themeOf } from './tag-theme';

/**
 * The tag control's one shadow-root UI, moved to whichever dialog is open.
 * Mounted as a direct child of the dialog: Calendar's inner containers
 * delete foreign nodes, the dialog itself does not.
 */
export async function createTagMount(ctx: ContentScriptContext, win: Window) {
  let anchor: HTMLElement | null = null;
  let props: TagControlProps | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'polarity-tag-control',
    position: 'inline',
    anchor: () => anchor,
    append: 'last',
    css: TAG_CONTROL_CSS,
    onMount: (container) => {
      if (props) render(h(TagControl, props), container);
    },
    onRemove: () => render(null, ui.uiContainer),
  });
  isolateEvents(ui.shadow, { passEscape: true });

  return {
    /** Shows the control in `dialog` (re-mounting if Calendar dropped it) with these props. */
    show(dialog: HTMLElement, next: TagControlProps) {
      props = next;
      if (anchor === dialog && ui.shadowHost.parentElement === dialog) {
        render(h(TagControl, next), ui.uiContainer);
        return;
      }
      if (ui.shadowHost.isConnected) ui.remove();
      anchor = dialog;
      ui.shadowHost.dataset.theme = themeOf(dialog, win);
      ui.mount();
    },
    hide() {
      if (ui.shadowHost.isConnected) ui.remove();
      anchor = null;
      props = null;
    },
    /** The control's host, if it is in the page (for the watcher's duplicate check). */
    get host(): HTMLElement {
      return ui.shadowHost;
    },
  };
}
