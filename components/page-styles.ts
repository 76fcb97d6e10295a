import PAGE_UI_CSS from '@/components/page-ui.css?inline';
import LEGEND_CSS from '@/components/legend/legend.css?inline';
import SERVES_CSS from '@/components/tag-control/serves.css?inline';
import TAG_CONTROL_CSS from '@/components/tag-control/tag-control.css?inline';
import TOAST_CSS from '@/components/toast/toast.css?inline';
import type { PageStyles } from '@/utils/shared/i18n/page-strings';

/** The shadow roots' stylesheets, sent to each calendar tab with its strings. */
export const PAGE_STYLES: PageStyles = {
  control: PAGE_UI_CSS + TAG_CONTROL_CSS + SERVES_CSS,
  toast: PAGE_UI_CSS + TOAST_CSS,
  legend: PAGE_UI_CSS + LEGEND_CSS,
};
