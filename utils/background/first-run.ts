import { getLastAccount } from '@/utils/domain/db/meta';
import type { Db } from '@/utils/domain/db/schema';
import type { CalendarUrls } from '@/utils/calendar/source';

/** The welcome page, relative to the extension's root (entrypoints/welcome/). */
export const WELCOME_PATH = '/welcome.html';

/**
 * Whether an `runtime.onInstalled` event should open the welcome page: a first
 * install only. Updates, browser updates and shared-module updates never do
 * (product.md "First run": it never opens again by itself).
 */
export const opensWelcome = (details: { reason: string }): boolean => details.reason === 'install';

/**
 * The calendar's week view, for the welcome page's "Open Google Calendar" step:
 * UI code never holds the calendar's origin, it asks here.
 */
export function firstRunHandlers({ db, urls }: { db: Promise<Db>; urls: CalendarUrls }) {
  return {
    getCalendarUrl: async () => ({ url: urls.week((await getLastAccount(await db)) ?? 0) }),
  };
}
