import Papa from 'papaparse';

/**
 * CSV (RFC 4180, CRLF) that is safe to open in a spreadsheet: every field quoted, and a field that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) prefixed with an
 * apostrophe so that it shows as text (Papa Parse's escapeFormulae, as OWASP advises).
 */
export function renderCsv(header: string[], rows: string[][]): string {
  return `${Papa.unparse({ fields: header, data: rows }, { quotes: true, escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
