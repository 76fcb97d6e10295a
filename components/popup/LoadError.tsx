export function LoadError({ error, onRetry }: { error?: string; onRetry(): void }) {
  return (
    <div class="alert" role="alert">
      <p>
        <strong>Couldn’t load the week.</strong> {error}
      </p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
