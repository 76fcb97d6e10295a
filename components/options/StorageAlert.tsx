import { timeOf } from '@/utils/shared/i18n/dates';
import { useText } from '../use-text';
import type { StorageProblem } from '@/utils/shared/storage-problem';

/** A background write refused because storage is full: said at the top of the page until a save works. */
export function StorageAlert({ problem }: { problem: StorageProblem | null }) {
  const { lang } = useText();
  if (!problem) return null;
  return (
    <div class="banner" role="alert">
      <p>
        <strong>Storage is full.</strong> At {timeOf(problem.at, lang)} Polarity could not save{' '}
        {problem.what}; nothing it had stored was lost or damaged.
      </p>
      <p>
        Free some disk space, or keep less history (under Your data below). The badge says this too,
        until a save works again.
      </p>
    </div>
  );
}
