import { useText } from '../use-text';
import { sentence } from './read-view-text';

/** The last page read failed: say why, that stored figures are untouched, and offer to show what was read. */
export function Unreadable({ reason, onShowRead }: { reason: string; onShowRead(): void }) {
  const { t } = useText();
  return (
    <div class="alert" role="alert">
      <strong>{sentence(reason)}.</strong> {t('popup_unreadable_note')}{' '}
      <button type="button" class="primary small" onClick={onShowRead}>
        {t('popup_show_read')}
      </button>
    </div>
  );
}
