import { sentence } from './read-view-text';

/** The last page read failed: say why, that stored figures are untouched, and offer to show what was read. */
export function Unreadable({ reason, onShowRead }: { reason: string; onShowRead(): void }) {
  return (
    <div class="alert" role="alert">
      <strong>{sentence(reason)}.</strong> The figures below are from what was read before.{' '}
      <button type="button" class="primary small" onClick={onShowRead}>
        Show what Polarity read
      </button>
    </div>
  );
}
