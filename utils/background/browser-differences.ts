/**
 * Where Firefox and Chrome differ under Polarity, in one place: each entry
 * says what the product does about it. Both end-to-end tiers check them in the
 * real browser (tests/e2e/browser-differences.e2e.test.ts,
 * tests/e2e-firefox/nudges.e2e.test.ts).
 *
 * Not differences, checked in both browsers (the same e2e files, and
 * tests/e2e-firefox/browser-apis.e2e.test.ts): action, alarms, notifications,
 * storage.sync, storage.session and IndexedDB exist in both, and storage.sync
 * refuses an item over 8 KB in both. The content script's runtime APIs are
 * promise-based natively in both (wxt.config.ts).
 */
export interface BrowserDifferences {
  /**
   * Chrome draws buttons on a notification (Rebook, Open in Calendar).
   * Firefox has none and refuses a notification that asks for them: there the
   * click opens Calendar, and the toast on the page carries the actions.
   */
  notificationButtons: boolean;
  /**
   * Chrome tells whether the user closed a notification. Firefox reports every
   * close as the user's, the add-on's own clear() and a notification headless
   * Firefox could not show too (Firefox ESR 153), so there a close must not
   * dismiss the nudge.
   */
  closedTellsByUser: boolean;
}

export const differencesFor = (firefox: boolean): BrowserDifferences => ({
  notificationButtons: !firefox,
  closedTellsByUser: !firefox,
});

/** This build's browser: WXT builds once per browser and sets the flag. */
export const BROWSER: BrowserDifferences = differencesFor(import.meta.env.FIREFOX);
