import { useText } from '../use-text';

/**
 * What the browser said, folded away under the reader's sentence: its words
 * come in its own language (often English) and matter only to whoever
 * looks into a fault.
 */
export function ErrorDetail({ error }: { error?: string | undefined }) {
  const { t } = useText();
  if (!error) return null;
  return (
    <details class="error-detail">
      <summary>{t('popup_error_detail')}</summary>
      <code>{error}</code>
    </details>
  );
}
