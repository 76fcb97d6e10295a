import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { h, render } from 'preact';
import { Toast, type ToastProps } from '@/components/toast/Toast';
import { TOAST_CSS } from '@/components/toast/toast-css';
import { isolateEvents } from './isolate-events';
import { themeOf } from './tag-theme';

/**
 * The toast's one shadow-root UI, mounted once at start as the last child of
 * `body` (so its live region exists before anything is announced in it).
 * Events stop at the shadow root, after the toast's own handlers ran.
 */
export async function createToastMount(ctx: ContentScriptContext, win: Window) {
  const ui = await createShadowRootUi(ctx, {
    name: 'polarity-toast',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: TOAST_CSS,
    onMount: () => undefined,
    onRemove: () => render(null, ui.uiContainer),
  });
  isolateEvents(ui.shadow);
  ui.mount();

  return {
    render(props: ToastProps) {
      // Calendar can rebuild its body children; come back if we were dropped.
      if (!ui.shadowHost.isConnected) ui.mount();
      if (props.nudges.length > 0) ui.shadowHost.dataset.theme = themeOf(win.document.body, win);
      render(h(Toast, props), ui.uiContainer);
    },
    get host(): HTMLElement {
      return ui.shadowHost;
    },
  };
}
