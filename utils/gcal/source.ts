import type { CalendarSource } from '@/utils/calendar/source';
import { chipMarkerCss } from './chip-marker-css';
import { interpretChecked } from './interpret-checked';
import { placeholderStructure } from './page-structure';
import { taggableFromPopover } from './taggable-from-popover';
import { googleUrls, PAGES } from './urls';
import { viewFromUrl } from './view-from-url';

/** Google Calendar, background half: reads what the page half found, builds Calendar's addresses. */
export const googleCalendar: CalendarSource = {
  tabPattern: PAGES,
  accountOf: (url) => viewFromUrl(url).account,
  // Checked deep before it is read: a malformed read is "can't read this view", never a throw.
  interpret: interpretChecked,
  describePopover: taggableFromPopover,
  markerCss: chipMarkerCss,
  structure: placeholderStructure,
  urls: googleUrls,
};
