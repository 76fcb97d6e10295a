import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least privilege: the calendar host and the three APIs the product needs, nothing else.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Polarity',
    description:
      'Keep execution and innovation in balance: your Google Calendar week split on the toolbar, and a nudge when innovation time is taken.',
    permissions: ['storage', 'notifications', 'alarms'],
    host_permissions: ['https://calendar.google.com/*'],
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
});
