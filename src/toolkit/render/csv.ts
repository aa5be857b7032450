import Papa from 'papaparse';

/**
 * A field a spreadsheet would run as a formula: one that starts with =, +, -, @, tab or carriage return,
 * whatever follows. Papa Parse's own test (`escapeFormulae: true`) requires the rest to hold no line
 * break, so "=HYPERLINK(…)" followed by a new line would have run.
 */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * Excel on Windows reads a CSV file as UTF-8 only when it opens with a byte-order mark; without one it
 * shows "MentorÃ­a" for "Mentoría". Other spreadsheets and CSV readers skip the mark.
 */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark) that is safe to open in a spreadsheet: every field
 * quoted, and every field that a spreadsheet would run as a formula prefixed with an apostrophe so that it
 * shows as text (as OWASP advises).
 */
export function renderCsv(header: string[], rows: string[][]): string {
  return `${BYTE_ORDER_MARK}${Papa.unparse({ fields: header, data: rows }, { quotes: true, escapeFormulae: FORMULA, newline: '\r\n' })}\r\n`;
}
