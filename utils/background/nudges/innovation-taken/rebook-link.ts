import type { OverrideRecord } from '@/utils/domain/db/schema';
import type { CalendarUrls } from '@/utils/calendar/source';

/**
 * The popup's Rebook link for an override: the slot offered when it was
 * detected while that slot is still ahead, else Calendar's new-event page
 * with the title only (Calendar then picks the time). The toast and the
 * notification look for a fresh slot at click time instead.
 */
export const rebookLink =
  (now: () => number, urls: CalendarUrls) =>
  (o: OverrideRecord): string | undefined => {
    if (o.state === 'restored') return undefined;
    const slot = o.rebook && o.rebook.start >= now() ? o.rebook : undefined;
    return urls.newEvent(o.account, o.block.title, slot, o.timeZone);
  };
