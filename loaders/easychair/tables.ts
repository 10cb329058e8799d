/**
 * EasyChair's tables, whether they arrive as the bundle's CSV files or as the workbook's
 * sheets, keyed by the bundle's table names ("submission", "review", ...).
 */
import { readFile } from "node:fs/promises";
import { decodeEntities } from "../common/entities.ts";
import { parseHeader, readCsv, readFirstLine, type CsvRow } from "../common/csv.ts";
import { readXlsx, tableFromRows } from "../common/sheets.ts";
import { readTextGrid } from "../common/text-grid.ts";
import type { ParseContext, SourceFile } from "../types.ts";

export interface EcTable {
  header: string[];
  rows: CsvRow[];
  /** Data-row number of each row, for errors. */
  lines: number[];
  file: SourceFile;
  /** Where a row comes from, as shown to the user: the file, or "workbook.xlsx [Reviews]". */
  display: string;
}

/** The header of an old review.csv exported without one (ESA 2021, ChairVisE). */
const REVIEW_COLUMNS = ["#", "submission #", "member #", "member name", "number", "version", "text", "scores"];
const REVIEW_TAIL = ["reviewer first name", "reviewer last name", "reviewer email", "reviewer person #", "date", "time", "attachment?"];

const SHEETS: Record<string, string> = {
  submission: "submission",
  author: "author",
  review: "review",
  reviewscore: "review_score",
  reviewformfield: "review_form_field",
  submissiontopic: "submission_topic",
  topic: "topics",
  committee: "committee",
  committeemember: "committee",
  programcommittee: "committee",
  pcmember: "committee",
  committeetopic: "committee_topic",
  metareview: "metareview",
};

export async function readEasychairTables(files: SourceFile[], ctx: ParseContext): Promise<Map<string, EcTable[]>> {
  const tables = new Map<string, EcTable[]>();
  const add = (name: string, t: EcTable) => tables.set(name, [...(tables.get(name) ?? []), t]);
  for (const file of files) {
    if (file.kind === "workbook-xlsx") {
      let rows = 0;
      for (const sheet of await readXlsx(await readFile(file.path), file.display)) {
        const name = SHEETS[sheet.name.toLowerCase().replace(/[^a-z]/g, "").replace(/s$/, "")];
        if (!name || !sheet.rows.length) continue;
        const t = tableFromRows(sheet.rows, 0);
        // Workbook text can carry HTML entities (FORMATS.md 3.3); decoded once.
        for (const r of t.rows) for (const k of Object.keys(r)) r[k] = decodeEntities(r[k]);
        t.header = t.header.map((h) => h.toLowerCase());
        t.rows = t.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k.trim().toLowerCase(), v])));
        add(name, { ...t, file, display: `${file.display} [${sheet.name}]` });
        rows += t.rows.length;
      }
      ctx.countRows(file, rows);
      continue;
    }
    const table = file.kind.replace(/(-noheader)?-csv$/, "");
    if (file.kind === "review-noheader-csv") {
      const grid = (await readTextGrid(file.path, file.display, ",")).filter((r) => r.some((c) => c.trim() !== ""));
      const width = grid[0]?.length ?? 0;
      const header = [...REVIEW_COLUMNS, ...(width > REVIEW_COLUMNS.length + REVIEW_TAIL.length ? ["total score"] : []), ...REVIEW_TAIL];
      const t = tableFromRows([header, ...grid], 0);
      add(table, { ...t, file, display: file.display });
      ctx.warn({ file: file.display, message: "review.csv has no header row (older EasyChair export); columns read by position." });
      ctx.countRows(file, t.rows.length);
      continue;
    }
    const firstLine = await readFirstLine(file.path);
    const t = await readCsv(ctx.scratch, file, parseHeader(firstLine, file.display));
    const header = t.header.map((h) => h.toLowerCase());
    const rows = t.rows.map((r) => Object.fromEntries(t.header.map((h, i) => [header[i], r[h]])));
    add(table, { header, rows, lines: rows.map((_, i) => i + 1), file, display: file.display });
    ctx.countRows(file, rows.length);
  }
  return tables;
}


/** A cell, trimmed; null when empty or the column is absent. */
export function cell(r: CsvRow, ...names: string[]): string | null {
  for (const n of names) {
    const v = r[n];
    if (v !== undefined && v !== null && v.trim() !== "") return v.trim();
  }
  return null;
}
