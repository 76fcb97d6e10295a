import { browser } from '#imports';
import { createLegend, type LegendText } from '@/components/legend/legend';
import { msg } from '@/utils/shared/i18n/msg';
import type { PageLanguage } from '@/utils/shared/i18n/page-strings';
import { render } from '@/utils/shared/i18n/render';
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
 * In the page's language (page_legend_*, with the page's other strings); a
 * page whose strings never came shows none and leaves it for the next page,
 * so the script carries no English copy of it.
 */
export function createLegendMount(
  ctx: Lifetime,
  win: Window,
  memory: LegendMemory,
  language: Promise<PageLanguage>,
) {
  let asked = false;
  return {
    /** Markers were just drawn on the page. */
    async markersShown(): Promise<void> {
      if (asked) return;
      asked = true;
      const { reader, dir, styles } = await language;
      if (reader.lookup('page_legend_label') === undefined || (await memory.seen())) return;
      await memory.remember();
      const doc = win.document;
      const dismiss = () => host.remove();
      const t = (key: `page_legend_${keyof LegendText}`) => render(msg(key), reader);
      const ui = createLegend(
        doc,
        {
          label: t('page_legend_label'),
          intro: t('page_legend_intro'),
          innovation: t('page_legend_innovation'),
          execution: t('page_legend_execution'),
          excluded: t('page_legend_excluded'),
          dismiss: t('page_legend_dismiss'),
        },
        dismiss,
      );
      ui.lang = reader.lang;
      const { host, shadow } = createShadowHost(
        ctx,
        doc,
        'polarity-legend',
        styles?.legend ?? '',
        ui,
      );
      isolateEvents(shadow);
      host.dataset.theme = themeOf(doc.body, win);
      host.dir = dir;
      doc.body.append(host);
    },
  };
}

/** The memory in storage.local: kept per browser profile, gone with the extension. */
export const localLegendMemory = (): LegendMemory => ({
  seen: async () => (await browser.storage.local.get(LEGEND_SEEN_KEY))[LEGEND_SEEN_KEY] === true,
  remember: () => browser.storage.local.set({ [LEGEND_SEEN_KEY]: true }),
});
