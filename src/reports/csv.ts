/**
 * CSV as Danish Excel opens it: UTF-8 with a byte-order mark (or Excel guesses Windows-1252 and
 * "ø" breaks), ";" between fields (Danish Excel's list separator, since "," is the decimal mark),
 * CRLF line ends. A field is quoted when it holds ";", a quote or a line break, quotes doubled.
 * A text that a spreadsheet would run as a formula (=, +, -, @, and tab or carriage return before
 * one) gets a leading "'" so it stays text (OWASP "CSV injection"). Numbers are written as they
 * are: a negative number is a number, not a formula.
 */
export type CsvCell = string | number | null;

export const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: the header row, then one line per row; every line ends with CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const line = (cells: readonly CsvCell[]) => cells.map(csvField).join(SEPARATOR) + LINE_END;
  return BOM + line(header) + rows.map(line).join('');
}
