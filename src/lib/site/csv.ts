/**
 * CSV for the dashboard's "Download CSV" buttons. A text cell starting with =, +, -, @ (or a
 * tab or carriage return) would run as a formula in a spreadsheet, so it is prefixed with a
 * single quote; numbers are written as numbers. Pure: used in the browser and in tests.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised against formula injection and quoted as RFC 4180 needs. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value instanceof Date ? value.toISOString() : Array.isArray(value) ? value.join("; ") : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV with a header line; `columns` picks and orders the fields (all of the first row's by default). */
export function toCsv(rows: object[], columns?: string[], header?: Record<string, string>): string {
  const cols = columns ?? Object.keys(rows[0] ?? {});
  const lines = [cols.map((c) => csvCell(header?.[c] ?? c)).join(",")];
  for (const row of rows) lines.push(cols.map((c) => csvCell((row as Record<string, unknown>)[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
