import type { PageContext } from './page-context';
import { asMsg } from '@/utils/shared/i18n/check-msg';
import type { PageLanguage } from '@/utils/shared/i18n/page-strings';
import { listenInPage, sendMessage } from '@/utils/shared/messages';
import type { NudgeAction, ToastNudge } from '@/utils/shared/nudge';
import { createToastMount } from './toast-mount';

/** More than this at once is noise; the popup lists every override. */
const MAX_SHOWN = 3;

/** A nudge from the background, checked: sentences as data, or dropped. */
function toastNudge(n: Partial<Record<keyof ToastNudge, unknown>>): ToastNudge | undefined {
  const [title, message, rebookLabel, openLabel] = [
    n.title,
    n.message,
    n.rebookLabel,
    n.openLabel,
  ].map((m) => asMsg(m));
  if (!title || !message || !rebookLabel || !openLabel) return undefined;
  return { key: String(n.key ?? '').slice(0, 2000), title, message, rebookLabel, openLabel };
}

/**
 * The content-script side of nudges: the background sends them to the tab
 * where the change was seen (or to visible calendar tabs), the user acts on
 * them here, the background does the rest (tabs, records, notification).
 */
export async function startToasts(ctx: PageContext, win: Window, language: Promise<PageLanguage>) {
  const mount = createToastMount(ctx, win, await language);
  let shown: ToastNudge[] = [];

  const show = (next: ToastNudge[]) => {
    shown = next;
    if (ctx.isValid) mount.render({ nudges: shown, onAction, onExpire });
  };
  function onAction(key: string, action: NudgeAction) {
    show(shown.filter((n) => n.key !== key));
    void sendMessage('nudgeAction', { key, action }).catch(() => undefined);
  }
  // Stable identity: the toast's timer effect depends on it.
  const onExpire = () => show([]);

  const unlisten = listenInPage({
    showNudges: ({ nudges }) => {
      const incoming = (Array.isArray(nudges) ? (nudges as unknown[]) : [])
        .map((n) => (typeof n === 'object' && n !== null ? toastNudge(n) : undefined))
        .filter((n) => n !== undefined);
      const keys = new Set(incoming.map((n) => n.key));
      show([...incoming, ...shown.filter((n) => !keys.has(n.key))].slice(0, MAX_SHOWN));
      return { ok: true };
    },
    nudgeClosed: ({ key }) => {
      if (shown.some((n) => n.key === key)) show(shown.filter((n) => n.key !== key));
      return { ok: true };
    },
  });
  ctx.onInvalidated(unlisten);
}
