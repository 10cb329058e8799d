/**
 * Small text tables read in JS, for the shapes DuckDB's CSV reader should not guess: files
 * without a header row, tab-separated exports, headers below a title row.
 */
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { RetroError } from "../../src/lib/errors.ts";

/** Every record of a CSV/TSV file as strings (BOM removed, quoted multi-line cells allowed). */
export async function readTextGrid(path: string, file: string, delimiter: "," | "\t"): Promise<string[][]> {
  const text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  try {
    return parse(text, { delimiter, relax_column_count: true, relax_quotes: delimiter === "\t", skip_empty_lines: false }) as string[][];
  } catch (e) {
    const err = e as Error & { lines?: number };
    const unclosed = /quote|Quote/.test(err.message);
    throw new RetroError(
      unclosed ? `A quoted value is never closed (line ${err.lines ?? "?"}): the file looks truncated.` : `The file cannot be read as ${delimiter === "\t" ? "tab-separated text" : "CSV"}: ${err.message}`,
      "Download the export again; if you edited it, make sure every opening \" has a closing one.",
      { file, row: err.lines },
    );
  }
}

/** "\t" when the line has more tabs than commas. */
export function delimiterOf(line: string): "," | "\t" {
  return (line.match(/\t/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? "\t" : ",";
}
