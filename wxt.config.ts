import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PAGES } from './utils/gcal/urls';
import { CATALOGUES } from './utils/shared/i18n/messages/index';
import { toMessagesJson } from './utils/shared/i18n/messages-json';
import { markupFreePreact } from './scripts/markup-free-preact';
import { POPUP_COMMAND } from './utils/shared/shortcut';

// Least privilege: the calendar host and the three APIs the product needs, nothing else.
export default defineConfig({
  imports: false,
  // Manifest V3 for Firefox too (ARCHITECTURE.md "Manifest version"): one
  // manifest shape, the same action API and the same suspended-background
  // model as Chrome.
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    // Each store shows these in the browser's language (_locales, written below).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage', 'notifications', 'alarms'],
    host_permissions: [PAGES],
    action: { default_title: '__MSG_ext_action_title__' },
    // A keyboard shortcut opens the popup (listed in Options).
    commands: POPUP_COMMAND,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'polarity@polarity.invalid',
              // data_collection_permissions: Firefox 140, Firefox for Android 142.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // `npm run zip`: the store packages, and for addons.mozilla.org the sources
  // it rebuilds the add-on from (docs/store.md). Only what the build needs.
  zip: {
    excludeSources: [
      'tests/**',
      'test-results/**',
      'demo-output/**',
      'stats.html',
      'docs/*.png',
      'vitest*.config.ts',
    ],
  },
  vite: () => ({
    plugins: [preact(), markupFreePreact()],
  }),
  hooks: {
    // The message catalogue (utils/shared/i18n/messages/) in the browsers' own format.
    'build:publicAssets': (_wxt, files) => {
      for (const [locale, messages] of Object.entries(CATALOGUES)) {
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: JSON.stringify(toMessagesJson(messages), null, 1),
        });
      }
    },
    // The content script runs in every Calendar tab and has a 30 KB budget. It
    // uses three runtime APIs (id, sendMessage, onMessage), promise-based natively
    // in both browsers under MV3, so it gets WXT's native `browser` instead of the
    // ~10 KB polyfill; background, popup and options keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) {
        delete (alias as Record<string, string>)['wxt/browser'];
        // WXT's general ContentScriptContext (~3 KB) becomes the slice Polarity
        // uses, with the same invalidation (utils/page/page-context.ts).
        (alias as Record<string, string>)['wxt/utils/content-script-context'] = resolve(
          import.meta.dirname,
          'utils/page/page-context.ts',
        );
      }
    },
  },
});
