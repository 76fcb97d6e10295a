import type { ServesView } from '@/components/tag-control/serves';
import type { TaggableEvent } from '@/utils/domain/classify/tag-state';
import type { ServesTarget } from '@/utils/domain/db/schema';
import { msg } from '@/utils/shared/i18n/msg';
import { render, type Reader } from '@/utils/shared/i18n/render';
import { sendMessage, type Response } from '@/utils/shared/messages';

export interface ServesFor {
  account: number;
  event: TaggableEvent;
  scope: 'event' | 'series';
}

/**
 * The tag control's "Serves…" for the open innovation event: its choices
 * asked of the background once per event, a choice saved there, its words
 * in the page's language (`reader`, the page's strings). Anything else (not
 * innovation, no popover, no strings for the page) hides it.
 */
export function createServesLink(view: ServesView, reader: Reader) {
  const words = {
    label: render(msg('serves_label'), reader),
    none: render(msg('serves_none'), reader),
  };
  let key = '';
  let open: ServesFor | null = null;
  let answer: Response<'getServesChoices'> | null = null;
  let busy = false;
  let stale = false;

  const draw = () =>
    view.update(
      open && answer && words.label
        ? {
            choices: answer.choices,
            words,
            current: answer.current?.target ?? null,
            busy,
            onServe: (t) => void serve(t),
          }
        : null,
    );

  async function load(k: string, { account, event }: ServesFor) {
    try {
      const res = await sendMessage('getServesChoices', {
        account,
        event: { id: event.id, seriesId: event.seriesId },
      });
      if (k === key) answer = res;
    } catch {
      // The worker is waking or the extension was reloaded: the next popover asks again.
    }
    draw();
  }

  async function serve(target: ServesTarget | null) {
    const at = open;
    if (!at || !answer || busy) return;
    busy = true;
    draw();
    try {
      await sendMessage('setServes', {
        account: at.account,
        scope: at.scope,
        event: { id: at.event.id, seriesId: at.event.seriesId },
        target,
      });
      answer = { ...answer, current: target && { scope: at.scope, target } };
    } catch {
      // Not saved: the select goes back to what is stored.
    }
    busy = false;
    draw();
  }

  return {
    /** A new read of the page: the week's items may have changed, ask again on the next update. */
    reload() {
      stale = true;
    },
    update(next: ServesFor | null) {
      open = next;
      // Asked again after it stops being innovation: untagging drops the link.
      const k = next ? `${next.account}|${next.event.eid}` : '';
      if (k !== key) {
        key = k;
        answer = null;
        stale = false;
        if (next) void load(k, next);
      } else if (stale && next) {
        // Kept on screen meanwhile: the select stays open under the pointer.
        stale = false;
        void load(k, next);
      }
      draw();
    },
  };
}
