import { useText } from '../use-text';

/** A week never shown in Google Calendar: nothing to count yet, and where to look. */
export function NoData({ calendarUrl }: { calendarUrl: string }) {
  const { t } = useText();
  return (
    <section class="state" aria-labelledby="nodata-h">
      <h2 id="nodata-h">{t('popup_nodata_heading')}</h2>
      <p>{t('popup_nodata_text')}</p>
      <p>
        <a href={calendarUrl} target="_blank" rel="noopener noreferrer">
          {t('popup_nodata_open')}
        </a>
      </p>
    </section>
  );
}
