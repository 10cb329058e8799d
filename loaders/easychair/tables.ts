/**
 * EasyChair's tables, whether they arrive as the bundle's CSV files or as the workbook's
 * sheets, keyed by the bundle's table names ("submission", "review", ...).
 */
import { readFile } from "node:fs/promises";
import { decodeEntities } from "../common/entities.ts";
import { parseHeader, readFirstLine, withStagedCsv, type CsvRow } from "../common/csv.ts";
import { readXlsx, tableFromRows } from "../common/sheets.ts";
import { readTextGrid } from "../common/text-grid.ts";
import type { ParseContext, SourceFile } from "../types.ts";
import { fetchColumns, withProjectedCsv } from "../common/columns.ts";
import { scanReviewWordsInTurns, type ReviewScan } from "./review-scan.ts";
import { reviewWords } from "./review-text.ts";

export interface EcTable {
  header: string[];
  /** Data rows. */
  size: number;
  /** Cells by lower-case column name, in row order (null when empty): columns, not row objects, at 100,000s of rows. */
  cells: Map<string, Array<string | null>>;
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
  /** review.csv loaded without its text: the byte scan that gives `words` (see `readTables`). */
  scan?: Promise<ReviewScan | null>;
}

/**
 * The columns the adapter reads of each bundle file (papers.ts, committee.ts, reviews.ts);
 * only these cross into JavaScript. The other tables are checked and counted in DuckDB.
 */
const READ: Record<string, string[]> = {
  submission: ["#", "title", "authors", "submitted", "last updated", "keywords", "decision", "abstract", "deleted?", "track name"],
  author: ["submission #", "first name", "last name", "email", "country", "affiliation", "organization", "corresponding?"],
  review: ["#", "submission #", "member #", "member name", "version", "text", "scores", "reviewer first name", "reviewer last name", "reviewer email", "date", "time"],
  review_score: ["review #", "field #", "score"],
  committee: ["#", "first name", "last name", "email", "role", "affiliation", "organization"],
  committee_topic: ["member #", "topic"],
  submission_topic: ["submission #", "topic"],
};

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

/**
 * Reads every table. `meanwhile` is called once with every table but the reviews: while
 * DuckDB loads review.csv (the largest file, read last) the caller builds its other records.
 */
export async function readEasychairTables(files: SourceFile[], ctx: ParseContext, meanwhile: (tables: Map<string, EcTable[]>) => void): Promise<Map<string, EcTable[]>> {
  // review.csv's text is counted from the file's bytes in turns, while DuckDB loads the files.
  const stop = { stopped: false };
  const scans = new Map<SourceFile, Promise<ReviewScan | null>>();
  if (!ctx.config.privacy.keep_review_text) {
    for (const file of files.filter((f) => f.kind === "review-csv")) {
      let header: string[];
      try {
        header = parseHeader(await readFirstLine(file.path), file.display).map((h) => h.toLowerCase());
      } catch {
        continue; // reported when the file is read
      }
      const [textColumn, idColumn] = [header.indexOf("text"), header.indexOf("#")];
      if (textColumn < 0 || idColumn < 0) continue;
      scans.set(file, scanReviewWordsInTurns(file.path, header.length, textColumn, idColumn, stop).catch(() => null));
    }
  }
  try {
    return await readTables(files, ctx, scans, meanwhile);
  } finally {
    stop.stopped = true;
  }
}

async function readTables(
  files: SourceFile[],
  ctx: ParseContext,
  scans: Map<SourceFile, Promise<ReviewScan | null>>,
  meanwhile: (tables: Map<string, EcTable[]>) => void,
): Promise<Map<string, EcTable[]>> {
  const tables = new Map<string, EcTable[]>();
  const add = (name: string, t: EcTable) => tables.set(name, [...(tables.get(name) ?? []), t]);
  const deferredScores: SourceFile[] = [];
  const reviewFiles = files.filter((f) => f.kind === "review-csv");
  let called = false;
  for (const file of [...files.filter((f) => f.kind !== "review-csv"), ...reviewFiles]) {
    if (file === reviewFiles[0]) {
      // DuckDB's query for review.csv is sent before `meanwhile` runs.
      const header = parseHeader(await readFirstLine(file.path), file.display);
      const loading = readCsvTable(ctx, file, "review", scans.get(file), header);
      called = true;
      try {
        meanwhile(tables);
      } catch (e) {
        // A file DuckDB refuses is reported first, as when every file was read before records.
        throw (await loading.then(() => null, (refused: unknown) => refused)) ?? e;
      }
      const t = await loading;
      add("review", t);
      ctx.countRows(file, t.size);
      continue;
    }
    if (file.kind === "workbook-xlsx") {
      let rows = 0;
      for (const sheet of await readXlsx(await readFile(file.path), file.display)) {
        const name = SHEETS[sheet.name.toLowerCase().replace(/[^a-z]/g, "").replace(/s$/, "")];
        if (!name || !sheet.rows.length) continue;
        const t = tableFromRows(sheet.rows, 0);
        // Workbook text can carry HTML entities (FORMATS.md 3.3); decoded once.
        for (const r of t.rows) for (const k of Object.keys(r)) r[k] = decodeEntities(r[k]);
        add(name, { header: t.header.map((h) => h.toLowerCase()), ...fromRows(t.rows), lines: t.lines, file, display: `${file.display} [${sheet.name}]` });
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
      add(table, { header: t.header, ...fromRows(t.rows), lines: t.lines, file, display: file.display });
      ctx.warn({ file: file.display, message: "review.csv has no header row (older EasyChair export); columns read by position." });
      ctx.countRows(file, t.rows.length);
      continue;
    }
    if (table === "review_score") {
      deferredScores.push(file);
      continue;
    }
    const t = await readCsvTable(ctx, file, table, scans.get(file));
    add(table, t);
    ctx.countRows(file, t.size);
  }
  if (!called) meanwhile(tables);
  // review_score.csv repeats the numbers of review.csv's `scores` cells; its rows are needed
  // only when some review has no such cell (otherwise it is checked and counted in DuckDB).
  const needed = (tables.get("review") ?? []).some((t) => column(t, "scores").some((v) => v === null));
  for (const file of deferredScores) {
    if (needed) {
      const t = await readCsvTable(ctx, file, "review_score", undefined);
      add("review_score", t);
      ctx.countRows(file, t.size);
    } else {
      ctx.countRows(file, await countCsvRows(ctx, file));
    }
  }
  // The review text's word counts, now that DuckDB has loaded every file (the scan went on
  // meanwhile); a file the scan could not read is read again with its text.
  for (const t of tables.get("review") ?? []) {
    if (t.words || !t.scan) continue;
    const scan = await t.scan;
    const ids = t.cells.get("#");
    if (scan && ids && scan.words.length === t.size && scan.ids.every((id, i) => id === ids[i])) t.words = scan.words;
    else Object.assign(t, await readCsvTable(ctx, t.file, "review", undefined));
    delete t.scan;
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
 * One bundle CSV through DuckDB into columns keyed by lower-case column names; each column crosses
 * into JavaScript as one string (`fetchColumns`). review.csv's text (most of the bundle's bytes)
 * is not loaded when `scanned` (the byte scan) will give its word counts: the table comes back
 * with that scan, joined by `readTables`. DuckDB's cells of the text are fetched only when the
 * configuration keeps review text or the file is not plain CSV.
 */
async function readCsvTable(ctx: ParseContext, file: SourceFile, table: string, scanned: Promise<ReviewScan | null> | undefined, knownHeader?: string[]): Promise<EcTable> {
  const original = knownHeader ?? parseHeader(await readFirstLine(file.path), file.display);
  const header = original.map((h) => h.toLowerCase());
  const wanted = new Set(READ[table] ?? []);
  const textColumn = table === "review" ? header.indexOf("text") : -1;
  const read = original.filter((h, c) => wanted.has(h.toLowerCase()) && c !== textColumn);
  const names = read.map((h) => h.toLowerCase());
  const done = (size: number, cells: Map<string, Array<string | null>>, words?: Array<number | null>): EcTable => ({
    header,
    size,
    cells,
    lines: Array.from({ length: size }, (_, i) => i + 1),
    file,
    display: file.display,
    ...(words ? { words } : {}),
  });
  const cellsOf = async (staged: string) => {
    const { count, columns } = await fetchColumns(ctx.scratch, staged, read);
    return { count, cells: new Map(names.map((n, c) => [n, columns[c]])) };
  };
  if (textColumn >= 0 && scanned) {
    // The other columns from DuckDB without storing the text; the word counts come from the
    // byte scan (which also checks that the file is UTF-8), joined once every file is loaded.
    const fast = await withProjectedCsv(ctx.scratch, file, original, read, async (staged) => {
      const { count, cells } = await cellsOf(staged);
      return { ...done(count, cells), scan: scanned };
    });
    if (fast) return fast;
  } else if (textColumn < 0 && read.length && read.length < original.length && file.bytes > 1 << 20) {
    // Only the columns read are stored. DuckDB checks the text of those alone, but every file
    // reaching an adapter has been checked to be UTF-8 (`inspectFile`).
    const fast = await withProjectedCsv(ctx.scratch, file, original, read, async (staged) => {
      const { count, cells } = await cellsOf(staged);
      return done(count, cells);
    });
    if (fast) return fast;
  }
  return withStagedCsv(ctx.scratch, file, original, async (staged) => {
    const { count, cells } = await cellsOf(staged);
    if (textColumn < 0) return done(count, cells);
    // The text as DuckDB reads it: kept, or the file is not plain enough for the byte scan.
    const [text] = (await fetchColumns(ctx.scratch, staged, [original[textColumn]])).columns;
    if (ctx.config.privacy.keep_review_text) cells.set("text", text);
    return done(count, cells, text.map((t) => reviewWords(t)));
  });
}

/** Row objects (a workbook sheet, a headerless file) as columns keyed by trimmed lower-case name. */
function fromRows(rows: CsvRow[]): { size: number; cells: Map<string, Array<string | null>> } {
  const cells = new Map<string, Array<string | null>>();
  rows.forEach((r, i) => {
    for (const [k, v] of Object.entries(r)) {
      const name = k.trim().toLowerCase();
      let values = cells.get(name);
      if (!values) cells.set(name, (values = new Array<string | null>(rows.length).fill(null)));
      values[i] = v;
    }
  });
  return { size: rows.length, cells };
}

/**
 * A column's cells, trimmed, null when empty; with several names, per row the first that has
 * a value; all null when the table has none of them.
 */
export function column(t: EcTable, ...names: string[]): Array<string | null> {
  for (const n of names) if (!t.cells.has(n) && t.header.includes(n) && n !== "text") throw new Error(`EasyChair adapter: column "${n}" of ${t.display} was not read (add it to READ in tables.ts)`);
  const sources = names.map((n) => t.cells.get(n)).filter((c) => c !== undefined);
  const out = new Array<string | null>(t.size).fill(null);
  for (const values of sources) {
    for (let i = 0; i < t.size; i++) {
      if (out[i] !== null) continue;
      const v = values[i];
      if (v === null || v === undefined) continue;
      const trimmed = v.trim();
      if (trimmed !== "") out[i] = trimmed;
    }
  }
  return out;
}
