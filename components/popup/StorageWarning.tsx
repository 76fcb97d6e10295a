import { timeOf } from '@/utils/shared/i18n/dates';
import { useText } from '../use-text';

/** Storage is full: the week shown may miss the latest changes, and nothing stored was lost. */
export function StorageWarning({ problem }: { problem: { at: number; what: string } }) {
  const { lang } = useText();
  return (
    <p class="alert" role="alert">
      <strong>Storage is full.</strong> At {timeOf(problem.at, lang)} Polarity could not save{' '}
      {problem.what}, so this week may miss your latest changes. Nothing stored was lost. Free some
      disk space, or keep less history in Options.
    </p>
  );
}
