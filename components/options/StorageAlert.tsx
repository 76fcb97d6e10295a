import { timeOf } from '@/utils/shared/i18n/dates';
import { useText } from '../use-text';
import type { StorageProblem } from '@/utils/shared/storage-problem';

/** A background write refused because storage is full: said at the top of the page until a save works. */
export function StorageAlert({ problem }: { problem: StorageProblem | null }) {
  const { t, lang } = useText();
  if (!problem) return null;
  return (
    <div class="banner" role="alert">
      <p>
        {/* What was not saved comes from the background, in its words. */}
        <strong>{t('options_storage_full_title')}</strong>{' '}
        {t('options_storage_full', timeOf(problem.at, lang), problem.what)}
      </p>
      <p>{t('options_storage_full_hint')}</p>
    </div>
  );
}
