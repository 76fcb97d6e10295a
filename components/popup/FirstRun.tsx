import { useText } from '../use-text';

/** Nothing was ever read: how to start, and one button to get there. */
export function FirstRun({
  calendarUrl,
  onOpen,
}: {
  calendarUrl: string;
  onOpen(url: string): void;
}) {
  const { t } = useText();
  return (
    <section class="state" aria-labelledby="first-h">
      <h1 id="first-h">{t('popup_first_heading')}</h1>
      <p>{t('popup_first_intro')}</p>
      <ol>
        <li>{t('popup_first_step_open')}</li>
        <li>{t('popup_first_step_browse')}</li>
        <li>{t('popup_first_step_back')}</li>
      </ol>
      <p class="muted small">{t('popup_first_private')}</p>
      <button type="button" class="primary" onClick={() => onOpen(calendarUrl)}>
        {t('popup_first_open')}
      </button>
    </section>
  );
}
