/**
 * EasyChair's tables, whether they arrive as the bundle's CSV files or as the workbook's
 * sheets, keyed by the bundle's table names ("submission", "review", ...).
 */
import { readFile } from "node:fs/promises";
import { decodeEntities } from "../common/entities.ts";
import { parseHeader, readFirstLine, sqlIdentifier, withStagedCsv, type CsvRow } from "../common/csv.ts";
import { readXlsx, tableFromRows } from "../common/sheets.ts";
import { readTextGrid } from "../common/text-grid.ts";
import type { ParseContext, SourceFile } from "../types.ts";
import { reviewWords } from "./review-text.ts";

export interface EcTable {
  header: string[];
  rows: CsvRow[];
  /** Data-row number of each row, for errors. */
  lines: number[];
  file: SourceFile;
  /** Where a row comes from, as shown to the user: the file, or "workbook.xlsx [Reviews]". */
  display: string;
  /**
   * review.csv read from a CSV file: each row's word count (text the authors see), computed
   * while streaming; the `text` cell itself is kept only when review text is kept.
   */
  words?: Array<number | null>;
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
  const deferredScores: SourceFile[] = [];
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
    if (table === "review_score") {
      deferredScores.push(file);
      continue;
    }
    const t = await readCsvTable(ctx, file, table === "review");
    add(table, t);
    ctx.countRows(file, t.rows.length);
  }
  // review_score.csv repeats the numbers of review.csv's `scores` cells; its rows are needed
  // only when some review has no such cell (otherwise it is checked and counted in DuckDB).
  const needed = (tables.get("review") ?? []).some((t) => t.rows.some((r) => !cell(r, "scores")));
  for (const file of deferredScores) {
    if (needed) {
      const t = await readCsvTable(ctx, file, false);
      add("review_score", t);
      ctx.countRows(file, t.rows.length);
    } else {
      ctx.countRows(file, await countCsvRows(ctx, file));
    }
  }
  return tables;
}

async function countCsvRows(ctx: ParseContext, file: SourceFile): Promise<number> {
  const header = parseHeader(await readFirstLine(file.path), file.display);
  return withStagedCsv(ctx.scratch, file, header, async (staged) => {
    const reader = await ctx.scratch.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${staged}`);
    return Number((reader.getRowObjectsJS()[0] as { n: number }).n);
  });
}

/**
 * One bundle CSV through DuckDB, streamed chunk by chunk into rows keyed by lower-case column
 * names. For review.csv the review text is reduced to its word count on the way (it is most of
 * the bundle's bytes) and kept only when the configuration keeps review text.
 */
async function readCsvTable(ctx: ParseContext, file: SourceFile, isReview: boolean): Promise<EcTable> {
  const original = parseHeader(await readFirstLine(file.path), file.display);
  const header = original.map((h) => h.toLowerCase());
  const textColumn = isReview ? header.indexOf("text") : -1;
  const keepText = ctx.config.privacy.keep_review_text;
  return withStagedCsv(ctx.scratch, file, original, async (staged) => {
    const rows: CsvRow[] = [];
    const words: Array<number | null> = [];
    const result = await ctx.scratch.stream(`SELECT ${original.map(sqlIdentifier).join(", ")} FROM ${staged}`);
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      const columns = chunk.getColumns() as Array<Array<string | null>>;
      for (let i = 0; i < chunk.rowCount; i++) {
        const row: CsvRow = {};
        for (let c = 0; c < header.length; c++) if (c !== textColumn) row[header[c]] = columns[c][i];
        if (textColumn >= 0) {
          const text = columns[textColumn][i];
          words.push(reviewWords(text));
          if (keepText) row.text = text;
        }
        rows.push(row);
      }
    }
    return { header, rows, lines: rows.map((_, i) => i + 1), file, display: file.display, ...(textColumn >= 0 ? { words } : {}) };
  });
}


/** A cell, trimmed; null when empty or the column is absent. */
export function cell(r: CsvRow, ...names: string[]): string | null {
  for (const n of names) {
    const v = r[n];
    if (v !== undefined && v !== null && v.trim() !== "") return v.trim();
  }
  return null;
}
