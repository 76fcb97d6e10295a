import type { ChipMarks } from '@/utils/calendar/source';
import type { PageAnswer } from '@/utils/shared/messages';
import type { Category } from '@/utils/shared/types';

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

type Answer = Pick<PageAnswer, 'categories' | 'markerCss'>;

// Enough for weeks of browsing back and forth; past it the memory starts over.
const REMEMBERED = 4000;

/**
 * Chip markers from the background's classification: marks on the chips under
 * the source's fixed stylesheet when it has them (a chip's restyle then tests a
 * handful of rules), else the background's per-event stylesheet. Marks go
 * with the context, like the sheet.
 *
 * Categories are remembered by id across answers, so chips Calendar renders
 * again (a week revisited, a view re-drawn after an edit) are marked in the
 * mutation's own callback, inside the frame that first paints them; the
 * background's answer then corrects only what differs. (Guessing a new
 * week's instances from their series was tried: marking part of a week early
 * still costs the page the second frame, and the guessing cost more.)
 */
export function createChipMarkers(doc: Document, ctx: Lifetime, marks: ChipMarks | undefined) {
  const sheet = createMarkerSheet(doc, ctx);
  if (!marks) return { apply: (res: Answer) => sheet.update(res.markerCss), changed() {} };
  let categories: Answer['categories'] = {};
  const byId = new Map<string, Category>();
  const categoryOf = (eid: string) => categories[eid] ?? byId.get(eid);
  ctx.onInvalidated(() => marks.mark(doc, null));
  return {
    apply(res: Answer) {
      sheet.update(marks.css);
      categories = res.categories;
      if (byId.size > REMEMBERED) byId.clear();
      for (const eid in categories) byId.set(eid, categories[eid]!);
      marks.mark(doc, categoryOf);
    },
    /** The page changed: chips it added or re-targeted take the marks known for them, now. */
    changed(records: readonly MutationRecord[]) {
      marks.markChanged(records, categoryOf);
    },
  };
}

export type ChipMarkers = ReturnType<typeof createChipMarkers>;
