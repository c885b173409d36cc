/** One CSV line (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvLine(values: (string | number | null)[]): string {
  return `${values.map((value) => (value === null ? "" : /[",\r\n]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value))).join(",")}\r\n`;
}
