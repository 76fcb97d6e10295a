import { format } from 'date-fns';

/** Storage is full: the week shown may miss the latest changes, and nothing stored was lost. */
export function StorageWarning({ problem }: { problem: { at: number; what: string } }) {
  return (
    <p class="alert" role="alert">
      <strong>Storage is full.</strong> At {format(problem.at, 'HH:mm')} Polarity could not save{' '}
      {problem.what}, so this week may miss your latest changes. Nothing stored was lost. Free some
      disk space, or keep less history in Options.
    </p>
  );
}
