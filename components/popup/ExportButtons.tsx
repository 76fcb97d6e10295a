import { ErrorDetail } from './ErrorDetail';
import { useText } from '../use-text';

export interface ExportButtonsProps {
  onCsv(): void;
  onJson(): void;
  notice?: string;
  /** The browser's words about a failed export, folded under the notice. */
  detail?: string | undefined;
}

export function ExportButtons({ onCsv, onJson, notice, detail }: ExportButtonsProps) {
  const { t } = useText();
  return (
    <section aria-labelledby="export-h">
      <h2 id="export-h">{t('popup_section_export')}</h2>
      <div class="buttons">
        <button type="button" onClick={onCsv}>
          {t('popup_export_csv')}
        </button>
        <button type="button" onClick={onJson}>
          {t('popup_export_json')}
        </button>
      </div>
      <p class="muted small" role="status">
        {notice ?? ''}
      </p>
      <ErrorDetail error={detail} />
    </section>
  );
}
