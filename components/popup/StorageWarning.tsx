import { timeOf } from '@/utils/shared/i18n/dates';
import type { MessageKey } from '@/utils/shared/i18n/msg';
import { useText } from '../use-text';

// What the background says it could not save, in English words
// (utils/background/storage-status.ts); anything else is "a change".
const WHAT: Record<string, MessageKey> = {
  'a tag': 'popup_storage_what_tag',
  'a nudge you answered': 'popup_storage_what_nudge',
  'the calendar page': 'popup_storage_what_page',
};

/** Storage is full: the week shown may miss the latest changes, and nothing stored was lost. */
export function StorageWarning({ problem }: { problem: { at: number; what: string } }) {
  const { t, lang } = useText();
  const what = t(WHAT[problem.what] ?? 'popup_storage_what_change');
  return (
    <p class="alert" role="alert">
      <strong>{t('popup_storage_full')}</strong>{' '}
      {t('popup_storage_detail', timeOf(problem.at, lang), what)}
    </p>
  );
}
