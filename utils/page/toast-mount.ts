import { createToast, type ToastProps } from '@/components/toast/toast';
import type { PageLanguage } from '@/utils/shared/i18n/page-strings';
import { isolateEvents } from './isolate-events';
import { createShadowHost, type Lifetime } from './shadow-host';
import { themeOf } from './tag-theme';

/**
 * The toast's one shadow-root UI, mounted once at start as the last child of
 * `body` (so its live region exists before anything is announced in it).
 * Events stop at the shadow root, after the toast's own handlers ran.
 */
export function createToastMount(ctx: Lifetime, win: Window, language: PageLanguage) {
  const toast = createToast(win.document, language);
  const { host, shadow } = createShadowHost(
    ctx,
    win.document,
    'polarity-toast',
    language.styles?.toast ?? '',
    toast.el,
  );
  isolateEvents(shadow);
  // Bottom-left in a left-to-right page, bottom-right in a right-to-left one (toast.css).
  host.dir = language.dir;
  win.document.body.append(host);
  let last: ToastProps | undefined;
  // Gone with the context: no timer left to fire into a dead script.
  ctx.onInvalidated(() => {
    if (last) toast.update({ ...last, nudges: [] });
  });

  return {
    render(props: ToastProps) {
      // Calendar can rebuild its body children; come back if we were dropped.
      if (!host.isConnected) win.document.body.append(host);
      if (props.nudges.length > 0) host.dataset.theme = themeOf(win.document.body, win);
      last = props;
      toast.update(props);
    },
    get host(): HTMLElement {
      return host;
    },
  };
}
