import { ErrorDetail } from './ErrorDetail';
import { useText } from '../use-text';

export function LoadError({ error, onRetry }: { error?: string; onRetry(): void }) {
  const { t } = useText();
  return (
    <div class="alert" role="alert">
      <p>
        <strong>{t('popup_load_error')}</strong>
      </p>
      <button type="button" onClick={onRetry}>
        {t('popup_try_again')}
      </button>
      <ErrorDetail error={error} />
    </div>
  );
}
