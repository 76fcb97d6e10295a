import type { ChipMarks } from '@/utils/calendar/source';
import type { Classified } from '@/utils/shared/messages';

export const MARKER_STYLE_ID = 'polarity-chip-markers';

interface Lifetime {
  onInvalidated(cb: () => void): unknown;
}

/**
 * The one injected stylesheet that marks chips, written by the background
 * (chip-marker-css.ts) from ids alone. It goes when the content script's
 * context does (extension disabled or updated), markers with it.
 */
export function createMarkerSheet(doc: Document, ctx: Lifetime) {
  let style: HTMLStyleElement | null = null;
  ctx.onInvalidated(() => {
    style?.remove();
    style = null;
  });
  return {
    update(css: string) {
      // Re-attach if the page dropped it; textContent only, never markup.
      if (!style || !style.isConnected) {
        style = doc.createElement('style');
        style.id = MARKER_STYLE_ID;
        (doc.head ?? doc.documentElement).append(style);
      }
      if (style.textContent !== css) style.textContent = css;
    },
  };
}

/**
 * Chip markers from the background's classification: marks on the chips under
 * the source's fixed stylesheet when it has them (a chip's restyle then tests a
 * handful of rules), else the background's per-event stylesheet. Marks go
 * with the context, like the sheet.
 */
export function createChipMarkers(doc: Document, ctx: Lifetime, marks: ChipMarks | undefined) {
  const sheet = createMarkerSheet(doc, ctx);
  if (!marks) return { apply: (res: Classified) => sheet.update(res.markerCss), remark() {} };
  let states: Classified['states'] = {};
  const categoryOf = (eid: string) => states[eid]?.category;
  ctx.onInvalidated(() => marks.mark(doc, null));
  return {
    apply(res: Classified) {
      sheet.update(marks.css);
      states = res.states;
      marks.mark(doc, categoryOf);
    },
    /** The page changed: chips new or re-used get the marks already known for their ids. */
    remark() {
      marks.mark(doc, categoryOf);
    },
  };
}
