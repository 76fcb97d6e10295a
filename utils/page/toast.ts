import type { ContentScriptContext } from '#imports';
import { listenInPage, sendMessage } from '@/utils/shared/messages';
import type { NudgeAction, ToastNudge } from '@/utils/shared/nudge';
import { createToastMount } from './toast-mount';

/** More than this at once is noise; the popup lists every override. */
const MAX_SHOWN = 3;

const text = (v: unknown, max = 500) => String(v ?? '').slice(0, max);

/**
 * The content-script side of nudges: the background sends them to the tab
 * where the change was seen (or to visible calendar tabs), the user acts on
 * them here, the background does the rest (tabs, records, notification).
 */
export async function startToasts(ctx: ContentScriptContext, win: Window) {
  const mount = await createToastMount(ctx, win);
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
      const incoming = (Array.isArray(nudges) ? nudges : []).map((n): ToastNudge => ({
        key: text(n.key, 2000),
        title: text(n.title),
        message: text(n.message),
        rebookLabel: text(n.rebookLabel, 40),
        openLabel: text(n.openLabel, 40),
      }));
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
