import { browser } from '#imports';
import PAGE_UI_CSS from '@/components/page-ui.css?inline';
import LEGEND_CSS from '@/components/legend/legend.css?inline';
import { createLegend } from '@/components/legend/legend';
import { enLegend } from '@/utils/shared/i18n/messages/legend/en';
import { isolateEvents } from './isolate-events';
import { createShadowHost, type Lifetime } from './shadow-host';
import { themeOf } from './tag-theme';

/** Where "the legend was shown" is remembered (storage.local, this browser only). */
export const LEGEND_SEEN_KEY = 'legendSeen';

export interface LegendMemory {
  seen(): Promise<boolean>;
  remember(): Promise<void>;
}

/**
 * The marker legend, the first time markers appear on a calendar page and
 * never again (remembered when shown, so a reload does not bring it back).
 * English until the page side speaks the page's language; its words are in
 * the catalogue (page_legend_*) for that.
 */
export function createLegendMount(ctx: Lifetime, win: Window, memory: LegendMemory) {
  let asked = false;
  return {
    /** Markers were just drawn on the page. */
    async markersShown(): Promise<void> {
      if (asked) return;
      asked = true;
      if (await memory.seen()) return;
      await memory.remember();
      const doc = win.document;
      const dismiss = () => host.remove();
      const ui = createLegend(
        doc,
        {
          label: enLegend.page_legend_label,
          intro: enLegend.page_legend_intro,
          innovation: enLegend.page_legend_innovation,
          execution: enLegend.page_legend_execution,
          excluded: enLegend.page_legend_excluded,
          dismiss: enLegend.page_legend_dismiss,
        },
        dismiss,
      );
      const { host, shadow } = createShadowHost(
        ctx,
        doc,
        'polarity-legend',
        PAGE_UI_CSS + LEGEND_CSS,
        ui,
      );
      isolateEvents(shadow);
      host.dataset.theme = themeOf(doc.body, win);
      doc.body.append(host);
    },
  };
}

/** The memory in storage.local: kept per browser profile, gone with the extension. */
export const localLegendMemory = (): LegendMemory => ({
  seen: async () => (await browser.storage.local.get(LEGEND_SEEN_KEY))[LEGEND_SEEN_KEY] === true,
  remember: () => browser.storage.local.set({ [LEGEND_SEEN_KEY]: true }),
});
