/** CSV exactly as HotCRP's CsvGenerator writes it: LF line ends, no BOM, minimal quoting. */

const BARE = /^[-_@/$+A-Za-z0-9.](?:[-_@/$+A-Za-z0-9. \t]*[-_@/$+A-Za-z0-9.])?$/;

/** `CsvGenerator::quote`: empty stays empty, safe text stays bare, anything else is quoted. */
export function quoteCsv(value: string | number): string {
  if (typeof value === "number") return String(value);
  if (value === "" || BARE.test(value)) return value;
  return value.includes('"') ? `"${value.replace(/"/g, '""')}"` : `"${value}"`;
}

/** One CSV record with its LF. Built with `join`, which yields a flat string rather than a rope. */
export function csvLine(values: readonly (string | number)[]): string {
  const cells = values.map(quoteCsv);
  cells[cells.length - 1] += "\n";
  return cells.join(",");
}

export function csvFile(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  let out = csvLine(header);
  for (const row of rows) out += csvLine(row);
  return out;
}
