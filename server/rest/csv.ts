/** A text cell a spreadsheet would run as a formula: OWASP's list of leading characters. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null): string {
  if (value === null) return "";
  // Numbers are ours (cents, ids) and stay numbers; text came from platforms and people, so it is neutralized.
  const text = typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled; no cell can run as a formula. */
export function csvLine(values: (string | number | null)[]): string {
  return `${values.map(cell).join(",")}\r\n`;
}
