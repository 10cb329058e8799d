/** Any CMT container (CSV, TSV, SpreadsheetML .xls, .xlsx) -> tables keyed by header name. */
import { readFile } from "node:fs/promises";
import { RetroError } from "../../src/lib/errors.ts";
import { findHeaderRow, readSpreadsheetMl, readXlsx, tableFromRows, type GridTable, type Sheet } from "../common/sheets.ts";
import { readTextGrid } from "../common/text-grid.ts";
import type { SourceFile } from "../types.ts";

export interface CmtTable extends GridTable {
  file: SourceFile;
  /** The worksheet (CMT names it after the track), null for text exports. */
  sheet: string | null;
}

const PAPER_ID = /^#?\s*Paper ID$/i;

/** The tables of one file: every sheet whose header row (wherever it sits) has `Paper ID`. */
export async function readCmtTables(file: SourceFile): Promise<CmtTable[]> {
  const container = file.kind.slice(file.kind.lastIndexOf("-") + 1);
  let sheets: Sheet[];
  if (container === "xml") sheets = readSpreadsheetMl(await readFile(file.path, "utf8"), file.display);
  else if (container === "xlsx") sheets = await readXlsx(await readFile(file.path), file.display);
  else sheets = [{ name: "", rows: await readTextGrid(file.path, file.display, container === "tsv" ? "\t" : ",") }];
  const tables: CmtTable[] = [];
  for (const sheet of sheets) {
    const headerRow = findHeaderRow(sheet.rows, PAPER_ID);
    if (headerRow < 0) continue;
    const table = tableFromRows(sheet.rows, headerRow);
    table.header = table.header.map((h) => h.replace(/^#\s*/, ""));
    table.rows = table.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.trim().replace(/^#\s*/, ""), v])));
    tables.push({ ...table, file, sheet: sheet.name || null });
  }
  if (!tables.length) {
    throw new RetroError('No sheet has a "Paper ID" column in its first 20 rows.', "Export the papers or reviews list from CMT again (Export to Excel, or to tab-delimited text).", {
      file: file.display,
      column: "Paper ID",
    });
  }
  return tables;
}
