/** `polarity-2026-W48.csv` for the week's events, `polarity-2026-W48-data.json` for all data. */
export function exportFileName(isoWeek: string, kind: 'csv' | 'json'): string {
  // The label is ours, but a file name is no place to trust anything.
  const week = isoWeek.replace(/[^\w-]/g, '');
  return kind === 'csv' ? `polarity-${week}.csv` : `polarity-${week}-data.json`;
}
