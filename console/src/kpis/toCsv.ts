// CSV for the KPI charts' "Download CSV" (RFC 4180), safe to open in a spreadsheet.

/** A cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null;

/**
 * Spreadsheets run a cell that starts with one of these as a formula ("CSV injection"): `=HYPERLINK(…)` in a product
 * name would become a link when an analyst opens the file. Tab and carriage return are on OWASP's list too, since
 * some spreadsheets skip them before looking for the formula sign.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  // a number is written as the number: `-3` is a value, not a formula, and must stay one
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 text: a header row, then the rows, fields separated by commas and records by CRLF (also after the last
 * one). A field with a comma, a double quote or a line break is quoted, its quotes doubled. Text that starts like a
 * formula gets a leading single quote, which spreadsheets show as text.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map((cell) => quoted(cellText(cell))).join(',') + '\r\n').join('');
}
