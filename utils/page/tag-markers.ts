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
