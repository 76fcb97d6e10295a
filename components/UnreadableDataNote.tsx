import { browserReader } from '@/utils/shared/i18n/browser-reader';
import { msg } from '@/utils/shared/i18n/msg';
import { render } from '@/utils/shared/i18n/render';

/** Stored records were skipped as unreadable (utils/domain/db/heal.ts): say so, calmly. */
export function UnreadableDataNote({ count }: { count: number | undefined }) {
  if (!count) return null;
  return (
    <p class="alert" role="status" data-testid="unreadable-data">
      {render(msg('data_unreadable'), browserReader())}
    </p>
  );
}
