import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '@/utils/shared/i18n/msg';
import { render, type Reader } from '@/utils/shared/i18n/render';

export interface StartEffects {
  /** Opens the welcome page (the first-run page) in a tab. */
  openWelcome(): void;
  /** The popup's keyboard shortcut as the browser has it now; '' when unset. */
  popupShortcut(): Promise<string>;
  /** This section's words, in the browser's language. */
  reader(): Reader;
}

/** Options → Getting started: the welcome page again, and the popup's keyboard shortcut. */
export function GettingStarted({ effects }: { effects: StartEffects }) {
  const [reader] = useState(() => effects.reader());
  const t = (key: MessageKey) => render({ key }, reader);
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    effects.popupShortcut().then(setShortcut, () => setShortcut(''));
  }, [effects]);
  return (
    <section aria-labelledby="start-h">
      <h2 id="start-h">{t('options_start_heading')}</h2>
      <p>
        <button type="button" onClick={() => effects.openWelcome()}>
          {t('options_welcome_button')}
        </button>{' '}
        <span class="hint">{t('options_welcome_hint')}</span>
      </p>
      {shortcut !== null && (
        <p data-testid="shortcut">
          {shortcut ? (
            <>
              {t('options_shortcut')} <kbd>{shortcut}</kbd>
            </>
          ) : (
            t('options_shortcut_none')
          )}{' '}
          <span class="hint">{t('options_shortcut_change')}</span>
        </p>
      )}
    </section>
  );
}
