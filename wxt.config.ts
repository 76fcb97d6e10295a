import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PAGES } from './utils/gcal/urls';

// Least privilege: the calendar host and the three APIs the product needs, nothing else.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Polarity',
    description:
      'Keep execution and innovation in balance: your Google Calendar week split on the toolbar, and a nudge when innovation time is taken.',
    permissions: ['storage', 'notifications', 'alarms'],
    host_permissions: [PAGES],
    action: { default_title: 'Polarity' },
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
