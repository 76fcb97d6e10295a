/** The last page read failed: say why, and that stored figures are untouched. */
export function Unreadable({ reason }: { reason: string }) {
  return (
    <div class="alert" role="alert">
      <strong>Can’t read this view.</strong> {reason}. The figures below are from what was read
      before.
    </div>
  );
}
