/** CSV cells and rows as RFC 4180 writes them, made safe to open in a spreadsheet. */

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: a formula-like text gets a leading apostrophe, so a spreadsheet shows it as text; a cell
 * with a comma, quote or line break is quoted, quotes doubled. Numbers and booleans are written as they are.
 *
 * @example
 * csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 * csvCell(87.5) // '87.5'
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One record, CRLF-terminated as RFC 4180 says.
 *
 * @example
 * csvRow(['a', 1, 'b,c']) // 'a,1,"b,c"\r\n'
 */
export function csvRow(cells: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The UTF-8 byte order mark: Excel needs it to read a CSV file as UTF-8 rather than the local code page. */
export const CSV_BOM = '\uFEFF';
