import { createServes } from '@/components/tag-control/serves';
import { createTagControl, type TagControlProps } from '@/components/tag-control/tag-control';
import type { PageLanguage } from '@/utils/shared/i18n/page-strings';
import { isolateEvents } from './isolate-events';
import { createShadowHost, type Lifetime } from './shadow-host';
import { themeOf } from './tag-theme';

/**
 * The tag control's one shadow-root UI, moved to whichever dialog is open.
 * Mounted as a direct child of the dialog: Calendar's inner containers
 * delete foreign nodes, the dialog itself does not.
 */
export function createTagMount(ctx: Lifetime, win: Window, language: PageLanguage) {
  const control = createTagControl(win.document, language);
  const serves = createServes(win.document);
  control.el.append(serves.el);
  const { host, shadow } = createShadowHost(
    ctx,
    win.document,
    'polarity-tag-control',
    language.styles?.control ?? '',
    control.el,
  );
  isolateEvents(shadow, { passEscape: true });
  // Its margins and order follow the page's direction, which the host sets for its shadow tree.
  host.dir = language.dir;

  return {
    serves,
    /** Shows the control in `dialog` (re-mounting if Calendar dropped it) with these props. */
    show(dialog: HTMLElement, props: TagControlProps) {
      control.update(props);
      if (host.parentElement === dialog) return;
      host.remove();
      host.dataset.theme = themeOf(dialog, win);
      dialog.append(host);
    },
    hide() {
      host.remove();
    },
    /** The control's host, if it is in the page (for the watcher's duplicate check). */
    get host(): HTMLElement {
      return host;
    },
  };
}
