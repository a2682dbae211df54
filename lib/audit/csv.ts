/**
 * One CSV line (RFC 4180): fields with a comma, quote or line break are quoted. A field that a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading quote
 * mark, since audit parameters are whatever users typed.
 */
export function csvLine(fields: readonly (string | number | null | undefined)[]): string {
  return `${fields
    .map((value) => {
      let s = value === null || value === undefined ? '' : String(value);
      if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',')}\r\n`;
}
