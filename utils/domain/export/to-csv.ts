export type CsvValue = string | number;

// A spreadsheet runs a cell that starts with one of these as a formula; event
// titles come from anyone who can send an invitation.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field, with text that could run as a formula defused by a leading apostrophe. */
export function csvCell(value: CsvValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header line and rows, CRLF-separated as RFC 4180 and spreadsheets expect. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
