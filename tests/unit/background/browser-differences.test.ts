import { expect, test } from 'vitest';
import { BROWSER, differencesFor } from '@/utils/background/browser-differences';

test('Chrome: notification buttons, and a close that says who closed it', () => {
  expect(differencesFor(false)).toEqual({ notificationButtons: true, closedTellsByUser: true });
});

test('Firefox: neither', () => {
  expect(differencesFor(true)).toEqual({ notificationButtons: false, closedTellsByUser: false });
});

test("this build's differences follow the browser WXT builds for", () => {
  expect(BROWSER).toEqual(differencesFor(import.meta.env.FIREFOX));
});
