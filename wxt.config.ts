import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PAGES } from './utils/gcal/urls';
import { CATALOGUES } from './utils/shared/i18n/messages/index';
import { toMessagesJson } from './utils/shared/i18n/messages-json';

// Least privilege: the calendar host and the three APIs the product needs, nothing else.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    // Each store shows these in the browser's language (_locales, written below).
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    permissions: ['storage', 'notifications', 'alarms'],
    host_permissions: [PAGES],
    action: { default_title: '__MSG_ext_action_title__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'polarity@polarity.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
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
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
});
