import { ALL_LOCALES } from '../gcal/locales/all';
import type { Handlers } from '../messages';

/** A calendar tab asks once for its page language's tables (English ships in the page). */
export const localeHandlers = (): Pick<Handlers, 'getLocale'> => ({
  getLocale: ({ code }) => ({ spec: Object.hasOwn(ALL_LOCALES, code) ? ALL_LOCALES[code]! : null }),
});
