/**
 * Columns of a staged CSV table (see `withStagedCsv`) brought into JavaScript as arrays of
 * strings. DuckDB joins each column into one string, which crosses into JavaScript at once
 * and is split there: several times faster than converting 100,000s of cells one by one.
 * A column whose values hold the separator itself is streamed cell by cell instead.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { READ_CSV_OPTIONS, sqlIdentifier, sqlString } from "./csv.ts";
import type { SourceFile } from "../types.ts";

/** The separator between a column's values (ASCII unit separator). */
const SEP = "\u001f";

/**
 * The row count and the named columns of `table`, in row order (its rowid); empty cells are null.
 *
 * The aggregates are unordered (an ORDER BY would sort the table once per column): DuckDB
 * combines its threads' partial results in the same order for every aggregate of the query,
 * so the rowids, aggregated alongside, say where each value belongs.
 */
export async function fetchColumns(conn: DuckDBConnection, table: string, names: string[]): Promise<{ count: number; columns: Array<Array<string | null>> }> {
  const aggregates = names.map((n) => `string_agg(coalesce(${sqlIdentifier(n)}, ''), chr(31))`);
  let count: number;
  let order: string | null;
  let joined: Array<string | null>;
  try {
    const reader = await conn.runAndReadAll(`SELECT count(*)::INTEGER, ${names.length ? "string_agg(rowid::VARCHAR, ',')" : "NULL"}, ${[...aggregates, "NULL"].join(", ")} FROM ${table}`);
    [count, order, ...joined] = reader.getRows()[0] as [number, string | null, ...Array<string | null>];
  } catch {
    // A column too long for one JavaScript string (hundreds of MB): cell by cell.
    const columns: Array<Array<string | null>> = [];
    for (const n of names) columns.push(await streamColumn(conn, table, n));
    const reader = await conn.runAndReadAll(`SELECT count(*)::INTEGER FROM ${table}`);
    return { count: reader.getRows()[0][0] as number, columns };
  }
  if (!names.length) return { count, columns: [] };
  const rowids = count === 0 ? [] : (order ?? "").split(",").map(Number);
  const sorted = rowids.every((r, i) => r === i);
  const out: Array<Array<string | null>> = [];
  for (let c = 0; c < names.length; c++) {
    const values: Array<string | null> = count === 0 ? [] : (joined[c] ?? "").split(SEP);
    if (values.length !== count || (!sorted && !isPermutation(rowids))) {
      out.push(await streamColumn(conn, table, names[c]));
      continue;
    }
    for (let i = 0; i < values.length; i++) if (values[i] === "") values[i] = null;
    if (sorted) out.push(values);
    else {
      const inOrder: Array<string | null> = new Array(count);
      for (let i = 0; i < count; i++) inOrder[rowids[i]] = values[i];
      out.push(inOrder);
    }
  }
  return { count, columns: out };
}

/** Each of 0..n-1 exactly once. */
function isPermutation(rowids: number[]): boolean {
  const seen = new Uint8Array(rowids.length);
  for (const r of rowids) {
    if (!(r >= 0 && r < rowids.length) || seen[r]) return false;
    seen[r] = 1;
  }
  return true;
}

/** One column cell by cell (when its values hold the separator). */
async function streamColumn(conn: DuckDBConnection, table: string, name: string): Promise<Array<string | null>> {
  const values: Array<string | null> = [];
  const result = await conn.stream(`SELECT nullif(${sqlIdentifier(name)}, '') FROM ${table} ORDER BY rowid`);
  for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    for (const v of chunk.getColumns()[0] as Array<string | null>) values.push(v);
  }
  return values;
}

let projections = 0;

/**
 * Some columns of a CSV file loaded into a temporary table (dropped after `use`), read with
 * the options of `withStagedCsv`: the other columns are parsed but never stored (review.csv's
 * text is most of its bytes). DuckDB does not check the text of columns it does not store, so
 * this is for a file whose bytes are known to be UTF-8. Null when the header has an empty or
 * repeated name or DuckDB refuses the file: `withStagedCsv` then reads it and reports why.
 */
export async function withProjectedCsv<T>(conn: DuckDBConnection, file: SourceFile, header: string[], keep: string[], use: (staged: string) => Promise<T>): Promise<T | null> {
  const names = new Set(header.map((h) => h.toLowerCase()));
  if (names.size !== header.length || names.has("")) return null;
  const table = `csv_projection_${++projections}`;
  const columns = `{${header.map((h) => `${sqlString(h)}: 'VARCHAR'`).join(", ")}}`;
  try {
    try {
      await conn.run(
        `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT ${keep.map(sqlIdentifier).join(", ")} FROM read_csv(${sqlString(file.path)}, columns = ${columns}, ${READ_CSV_OPTIONS})`,
      );
    } catch {
      return null;
    }
    return await use(table);
  } finally {
    await conn.run(`DROP TABLE IF EXISTS ${table}`);
  }
}
