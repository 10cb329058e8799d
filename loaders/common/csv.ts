/**
 * CSV reading for every adapter. DuckDB's native reader does the bulk parsing (it is several
 * times faster than a JS parser); the header is parsed in JS first so DuckDB never has to
 * guess the dialect, and every DuckDB complaint becomes a RetroError with file, line and fix.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { open } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { RetroError } from "../../src/lib/errors.ts";
import type { SourceFile } from "../types.ts";

export type CsvRow = Record<string, string | null>;

export interface CsvTable {
  header: string[];
  /** Rows in file order; values are trimmed-free strings, null for empty cells. */
  rows: CsvRow[];
}

let stagingCounter = 0;

/** The first line of a text file (from its first 64 KiB, BOM removed): a CSV's header. */
export async function readFirstLine(path: string): Promise<string> {
  const handle = await open(path, "r");
  try {
    const buf = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "").split(/\r?\n/)[0];
  } finally {
    await handle.close();
  }
}

/** Parses the header line (quotes and all) with csv-parse. */
export function parseHeader(firstLine: string, file: string): string[] {
  try {
    const [header] = parse(firstLine, { to: 1, bom: true, relax_column_count: true }) as string[][];
    return (header ?? []).map((h) => h.trim());
  } catch (e) {
    throw new RetroError(`The header row cannot be read: ${(e as Error).message}`, "Download the export again; the first line should be the column names.", { file, row: 1 });
  }
}

/** Reads a whole CSV file through DuckDB. `header` comes from `parseHeader`. */
export async function readCsv(conn: DuckDBConnection, file: SourceFile, header: string[]): Promise<CsvTable> {
  return withStagedCsv(conn, file, header, async (staged) => {
    const reader = await conn.runAndReadAll(`SELECT * FROM ${staged}`);
    return { header, rows: rowsFromColumns(header, reader.getColumnsJS() as Array<Array<string | null>>) };
  });
}

/** How every CSV export is read (with `columns` naming the header, every column VARCHAR): strict RFC 4180. */
export const READ_CSV_OPTIONS = `header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', strict_mode = true, null_padding = false, max_line_size = 67108864`;

/**
 * Loads a CSV file into a temporary table (every column VARCHAR, in file order) and hands its
 * name to `use`, which may query it (e.g. to compute in DuckDB what need not travel to
 * JavaScript); the table is dropped afterwards. DuckDB's complaints about the file become
 * RetroErrors with the line and a fix.
 */
export async function withStagedCsv<T>(conn: DuckDBConnection, file: SourceFile, header: string[], use: (staged: string) => Promise<T>): Promise<T> {
  const seen = new Set<string>();
  for (const name of header) {
    if (name === "") throw new RetroError("A column has an empty name in the header row.", "Give every column a name, or remove the empty column.", { file: file.display, row: 1 });
    if (seen.has(name.toLowerCase())) {
      throw new RetroError(`The column "${name}" appears twice in the header row.`, "Remove or rename one of the two columns.", { file: file.display, row: 1, column: name });
    }
    seen.add(name.toLowerCase());
  }
  const table = `csv_stage_${++stagingCounter}`;
  const columns = `{${header.map((h) => `${sqlString(h)}: 'VARCHAR'`).join(", ")}}`;
  try {
    try {
      await conn.run(
        `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT * FROM read_csv(${sqlString(file.path)}, columns = ${columns}, ${READ_CSV_OPTIONS})`,
      );
    } catch (e) {
      throw csvError(e as Error, file);
    }
    return await use(table);
  } finally {
    await conn.run(`DROP TABLE IF EXISTS ${table}`);
  }
}

/** Row objects from DuckDB's columns, named by `header` (cheaper than its row-object conversion). */
export function rowsFromColumns(header: string[], columns: Array<Array<string | null>>): CsvRow[] {
  const n = columns[0]?.length ?? 0;
  const rows: CsvRow[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: CsvRow = {};
    for (let c = 0; c < header.length; c++) row[header[c]] = columns[c][i];
    rows[i] = row;
  }
  return rows;
}

function csvError(e: Error, file: SourceFile): RetroError {
  const message = e.message;
  const line = Number(/CSV Error on Line: (\d+)/.exec(message)?.[1]) || undefined;
  const where = { file: file.display, row: line };
  if (/unterminated quote/i.test(message)) {
    return new RetroError(
      `A quoted value is never closed (line ${line ?? "?"}): the file looks truncated or is not a CSV export.`,
      "Download the export again; if you edited it, make sure every opening \" has a closing one.",
      where,
    );
  }
  if (/Invalid unicode|not utf-8/i.test(message)) {
    return new RetroError(
      `The file is not UTF-8 (first bad bytes on line ${line ?? "?"}).`,
      "Re-save the file as UTF-8 (e.g. in a spreadsheet: Save As > CSV UTF-8), or re-download it from the submission system.",
      where,
    );
  }
  const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  if (counts) {
    return new RetroError(
      `Line ${line} has ${counts[2]} values but the header has ${counts[1]} columns.`,
      "Check for an unquoted comma or a missing value on that line; re-export the file if it was edited by hand.",
      where,
    );
  }
  if (/Maximum line size/i.test(message)) {
    return new RetroError(`A line is longer than the 64 MiB limit (line ${line ?? "?"}).`, "Check that the file is a submission-system export.", where);
  }
  return new RetroError(`The CSV cannot be read: ${message.split("\n").slice(0, 2).join(" ")}`, "Check that the file is a CSV export of the submission system.", where);
}

/** A SQL string literal. */
export function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** A SQL identifier (a column named as in the file's header). */
export function sqlIdentifier(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}

/** Case- and space-insensitive column lookup: returns the header's own spelling. */
export function findColumn(header: string[], ...candidates: string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_#-]+/g, "");
  const byNorm = new Map(header.map((h) => [norm(h), h]));
  for (const c of candidates) {
    const hit = byNorm.get(norm(c));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** Like findColumn, but a missing column is an error that lists what the file has. */
export function requireColumn(header: string[], file: SourceFile, what: string, ...candidates: string[]): string {
  const hit = findColumn(header, ...candidates);
  if (hit === undefined) {
    throw new RetroError(
      `The required column "${candidates[0]}" (${what}) is missing; the file has: ${header.join(", ")}.`,
      `Export again with the "${candidates[0]}" column included (in HotCRP, show it in the search list before downloading).`,
      { file: file.display, row: 1, column: candidates[0] },
    );
  }
  return hit;
}
