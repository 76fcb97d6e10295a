export interface ExportButtonsProps {
  onCsv(): void;
  onJson(): void;
  notice?: string;
}

export function ExportButtons({ onCsv, onJson, notice }: ExportButtonsProps) {
  return (
    <section aria-labelledby="export-h">
      <h2 id="export-h">Export</h2>
      <div class="buttons">
        <button type="button" onClick={onCsv}>
          This week as CSV
        </button>
        <button type="button" onClick={onJson}>
          All data as JSON
        </button>
      </div>
      <p class="muted small" role="status">
        {notice ?? ''}
      </p>
    </section>
  );
}
