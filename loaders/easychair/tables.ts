/**
 * EasyChair's tables, whether they arrive as the bundle's CSV files or as the workbook's
 * sheets, keyed by the bundle's table names ("submission", "review", ...).
 */
import { readFile } from "node:fs/promises";
import { decodeEntities } from "../common/entities.ts";
import { parseHeader, readFirstLine, rowsFromColumns, withStagedCsv, type CsvRow } from "../common/csv.ts";
import { readXlsx, tableFromRows } from "../common/sheets.ts";
import { readTextGrid } from "../common/text-grid.ts";
import type { ParseContext, SourceFile } from "../types.ts";
import { fetchColumns } from "./columns.ts";
import { scanReviewWords, type ReviewScan } from "./review-scan.ts";
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
 * One bundle CSV through DuckDB into rows keyed by lower-case column names; each column crosses
 * into JavaScript as one string (`fetchColumns`). review.csv's text (most of the bundle's bytes)
 * is reduced to word counts read from the file's bytes while DuckDB loads the table, and is
 * fetched only when the configuration keeps review text (or the file is not plain CSV).
 */
async function readCsvTable(ctx: ParseContext, file: SourceFile, isReview: boolean): Promise<EcTable> {
  const original = parseHeader(await readFirstLine(file.path), file.display);
  const header = original.map((h) => h.toLowerCase());
  const textColumn = isReview ? header.indexOf("text") : -1;
  const idColumn = header.indexOf("#");
  const keepText = ctx.config.privacy.keep_review_text;
  const scanning = textColumn >= 0 && idColumn >= 0 && !keepText;
  const read = scanning ? original.filter((_, c) => c !== textColumn) : original;
  const names = read.map((h) => h.toLowerCase());
  let scan: ReviewScan | null = null;
  // DuckDB loads the table on its own threads while this thread scans the text: `use` runs
  // only once the load is done, so after the scan below.
  const loading = withStagedCsv(ctx.scratch, file, original, async (staged) => {
    const columns = await fetchColumns(ctx.scratch, staged, read);
    const rows = rowsFromColumns(names, columns);
    if (textColumn < 0) return { rows };
    const ids = columns[names.indexOf("#")];
    if (scan && scan.words.length === rows.length && scan.ids.every((id, i) => id === ids[i])) return { rows, words: scan.words };
    // The text as DuckDB reads it: kept, or the file is not plain enough for the byte scan.
    const [text] = await fetchColumns(ctx.scratch, staged, [original[textColumn]]);
    if (keepText) rows.forEach((r, i) => (r.text = text[i]));
    return { rows, words: text.map((t) => reviewWords(t)) };
  });
  if (scanning) scan = scanReviewWords(file.path, header.length, textColumn, idColumn);
  const { rows, words } = await loading;
  return { header, rows, lines: rows.map((_, i) => i + 1), file, display: file.display, ...(words ? { words } : {}) };
}

/** A cell, trimmed; null when empty or the column is absent. */
export function cell(r: CsvRow, ...names: string[]): string | null {
  for (const n of names) {
    const v = r[n];
    if (v !== undefined && v !== null && v.trim() !== "") return v.trim();
  }
  return null;
}
