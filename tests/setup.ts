import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

// Unit tests read every language; the content script registers only its page's one.
import { ALL_LOCALES } from '@/utils/gcal/locales/all';
import { registerLocale } from '@/utils/gcal/locales/index';
for (const [code, spec] of Object.entries(ALL_LOCALES)) registerLocale(code, spec);
