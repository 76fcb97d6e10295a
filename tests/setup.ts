import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATALOGUES } from '@/utils/shared/i18n/messages/index';
import { fill } from '@/utils/shared/i18n/render';

// fakeBrowser has no i18n: answer as a browser set to English would, from the
// same catalogue the build writes into _locales/en.
function englishI18n() {
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) => {
    const message = CATALOGUES.en![name];
    if (message === undefined) return '';
    return fill(message, typeof subs === 'string' ? [subs] : (subs ?? []));
  }) as typeof fakeBrowser.i18n.getMessage;
}

beforeEach(() => {
  fakeBrowser.reset();
  englishI18n();
});
