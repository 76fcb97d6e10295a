import type { CalendarSource } from '@/utils/calendar/source';
import { chipMarkerCss } from './chip-marker-css';
import { interpretView } from './interpret-view';
import { isPageRead } from './page-read';
import { taggableFromPopover } from './taggable-from-popover';
import { googleUrls, PAGES } from './urls';
import { viewFromUrl } from './view-from-url';

/** Google Calendar, background half: reads what the page half found, builds Calendar's addresses. */
export const googleCalendar: CalendarSource = {
  tabPattern: PAGES,
  accountOf: (url) => viewFromUrl(url).account,
  interpret: (read) => (isPageRead(read) ? interpretView(read) : null),
  describePopover: taggableFromPopover,
  markerCss: chipMarkerCss,
  urls: googleUrls,
};
