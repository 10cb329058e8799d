/**
 * HotCRP review exports: the web reviews CSV (get/revcsv), the wide CSV of
 * batch/reviewcsv.php (with submitted_at), and the scores CSV (get/scores). Score fields are
 * recognised from their values (numeric symbols or HotCRP letters, A best); text fields give
 * the review length and, chair-only, the text.
 */
import { RetroError } from "../../src/lib/errors.ts";
import type { WorkshopConfig } from "../../src/lib/config/schema.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import { findColumn, requireColumn, rowsFromColumns, sqlIdentifier, withStagedCsv, type CsvRow, type CsvTable } from "../common/csv.ts";
import { parseTimestamp } from "../common/dates.ts";
import { countWords, isBlankSql, trimmedMatchesSql } from "../common/people.ts";
import { isLetterSymbol, letterValue, parseNumericScore, worstLetter, worstOfScale, type ParsedScore } from "../common/scores.ts";
import type { SourceFile, Warning } from "../types.ts";
import { normalizeText } from "./paper-csv.ts";

export interface ReviewDraft {
  submission_id: string;
  /** HotCRP's `{pid}{ordinal}` id when exported, else null (derived later from the reviewer). */
  ordinal_id: string | null;
  reviewer_email: string | null;
  reviewer_name: string | null;
  round: string | null;
  submitted_at: Date | null;
  scores: Map<string, ParsedScore>;
  /** Words in the text fields the authors see; null when the review has no text at all. */
  words: number | null;
  /** The text fields, only when the configuration keeps review text. */
  texts: Array<{ field: string; text: string; pc_only: boolean }>;
  file: string;
  row: number;
}

export interface ReviewFileResult {
  reviews: ReviewDraft[];
  /** Decision labels by paper, from the scores CSV. */
  decisions: Map<string, string>;
}

const FIXED = ["paper", "pid", "title", "review", "reviewername", "email", "round", "submitted_at", "vtag", "status", "decision", "sitename", "siteclass"];
/** Fixed columns nothing reads (the paper's title comes from the papers export): left in DuckDB. */
const UNREAD = new Set(["title", "vtag", "sitename", "siteclass"]);
const PC_ONLY = /\b(pc|committee|confidential|chairs?|private)\b/i;

/**
 * A review file as read through DuckDB: the fixed and score columns as strings, the text
 * columns only when the configuration keeps review text, and per row the words of the text
 * the authors see. Rows arrive in chunks and their text is counted and dropped chunk by chunk,
 * so tens of MB of review text never sit in memory as strings at once.
 */
export interface ReviewTable {
  header: string[];
  /** Rows in file order: the fixed columns, the score fields, and the text fields when kept. */
  rows: CsvRow[];
  /** Per row: the words of the text fields authors see; null when every text field is blank. */
  words: Array<number | null>;
  scoreFields: string[];
  textFields: string[];
}

/** Reads a HotCRP review file through DuckDB (see `ReviewTable`). `header` comes from `parseHeader`. */
export async function queryReviewsCsv(conn: DuckDBConnection, file: SourceFile, header: string[], config: WorkshopConfig): Promise<ReviewTable> {
  return withStagedCsv(conn, file, header, async (staged) => {
    const fixed = new Set(FIXED);
    const fields = header.filter((h) => !fixed.has(h.toLowerCase()));
    // Score fields are recognised from their values: DuckDB counts filled and symbol cells.
    const stats = new Map<string, { filled: number; symbols: number }>();
    if (fields.length) {
      const reader = await conn.runAndReadAll(
        `SELECT ${fields.map((f) => `count(*) FILTER (WHERE NOT ${isBlankSql(sqlIdentifier(f))})::INTEGER, count(*) FILTER (WHERE ${trimmedMatchesSql(sqlIdentifier(f), SYMBOL_RE2)})::INTEGER`).join(", ")} FROM ${staged}`,
      );
      const counts = reader.getRowsJS()[0] as number[];
      fields.forEach((f, i) => stats.set(f, { filled: counts[2 * i], symbols: counts[2 * i + 1] }));
    }
    const configured = new Set([...config.scores.overall, ...config.scores.confidence].map((s) => s.toLowerCase()));
    const scoreFields = fields.filter((f) => configured.has(f.toLowerCase()) || isScoreField(stats.get(f)!));
    const textFields = fields.filter((f) => !scoreFields.includes(f));
    const kept = header.filter((h) => !textFields.includes(h) && !UNREAD.has(h.toLowerCase()));
    const keepText = config.privacy.keep_review_text;
    const pcOnly = textFields.map((f) => PC_ONLY.test(f));
    const rows: CsvRow[] = [];
    const words: Array<number | null> = [];
    // Without kept text, DuckDB joins the fields the authors see into one string per row and
    // says whether every text field is blank: a third of the strings cross into JavaScript,
    // and the PC-only text never does.
    const visible = textFields.filter((_, f) => !pcOnly[f]).map(sqlIdentifier);
    const select = keepText
      ? [...kept, ...textFields].map(sqlIdentifier)
      : [
          ...kept.map(sqlIdentifier),
          visible.length ? `concat_ws(' ', ${visible.join(", ")})` : "NULL::VARCHAR",
          textFields.length ? textFields.map((f) => isBlankSql(sqlIdentifier(f))).join(" AND ") : "true",
        ];
    const result = await conn.stream(`SELECT ${select.join(", ")} FROM ${staged}`);
    for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
      const columns = chunk.getColumns() as Array<Array<string | null>>;
      const start = rows.length;
      for (const row of rowsFromColumns(kept, columns.slice(0, kept.length))) rows.push(row);
      if (!keepText) {
        const text = columns[kept.length];
        const blank = columns[kept.length + 1] as unknown as boolean[];
        for (let i = 0; i < chunk.rowCount; i++) words.push(blank[i] ? null : countWords(text[i]));
        continue;
      }
      const texts = columns.slice(kept.length);
      for (let i = 0; i < chunk.rowCount; i++) {
        let n: number | null = null;
        for (let f = 0; f < textFields.length; f++) {
          const cell = texts[f][i];
          if (!cell || !cell.trim()) continue;
          n = (n ?? 0) + (pcOnly[f] ? 0 : countWords(cell));
          rows[start + i][textFields[f]] = cell;
        }
        words.push(n);
      }
    }
    return { header, rows, words, scoreFields, textFields };
  });
}

/** A cell that is a score symbol: one capital letter, or a whole number of up to three characters. */
const SYMBOL_RE2 = "[A-Z]|[+-][0-9]{1,2}|[0-9]{1,3}";

export function readReviewsCsv(table: ReviewTable, file: SourceFile, config: WorkshopConfig, warn: (w: Warning) => void): ReviewFileResult {
  const { header, rows, scoreFields, textFields } = table;
  const paperCol = requireColumn(header, file, "the paper number", file.kind === "reviews-batch-csv" ? "pid" : "paper", "pid");
  const col = {
    review: findColumn(header, "review"),
    name: findColumn(header, "reviewername"),
    email: findColumn(header, "email"),
    round: findColumn(header, "round"),
    submitted: findColumn(header, "submitted_at"),
    decision: findColumn(header, "decision"),
    status: findColumn(header, "status"),
  };
  const scales = new Map(scoreFields.map((f) => [f, letterScale(f, rows, config.scores.letter_scales)]));
  for (const [field, scale] of scales) {
    if (scale?.inferred) {
      warn({ file: file.display, column: field, message: `"${field}" uses letters, read as a HotCRP letter scale whose worst option is ${scale.worst} (= 1, the best letter highest). If nobody used the worst option, set "scores.letter_scales": { "${field}": "A-D" } in the configuration.` });
    }
  }
  const pcOnly = textFields.map((f) => PC_ONLY.test(f));
  const keepText = config.privacy.keep_review_text;

  const reviews: ReviewDraft[] = [];
  const decisions = new Map<string, string>();
  rows.forEach((r, i) => {
    const row = i + 1;
    const pid = r[paperCol]?.trim();
    if (!pid) throw new RetroError("The paper number is empty.", "Every review row needs the paper number.", { file: file.display, row, column: paperCol });
    if (col.status && r[col.status] && !/^(complete|approved|submitted|delivered)$/i.test(r[col.status]!.trim())) return; // drafts
    if (col.decision && r[col.decision]?.trim()) decisions.set(pid, r[col.decision]!.trim());
    const scores = new Map<string, ParsedScore>();
    for (const field of scoreFields) {
      const cell = r[field]?.trim();
      if (!cell) continue;
      scores.set(field, parseScoreCell(cell, scales.get(field) ?? null, { file: file.display, row, column: field }));
    }
    const words = table.words[i];
    const texts = keepText
      ? textFields.map((field, f) => ({ field, text: normalizeText(r[field]) ?? "", pc_only: pcOnly[f] })).filter((t) => t.text !== "")
      : [];
    const submitted = col.submitted ? parseTimestamp(r[col.submitted]) : null;
    if (submitted === undefined) {
      throw new RetroError(`"${r[col.submitted!]}" is not a time.`, "batch/reviewcsv.php writes Unix seconds; re-export the reviews.", { file: file.display, row, column: col.submitted });
    }
    reviews.push({
      submission_id: pid,
      ordinal_id: col.review ? r[col.review]?.trim() || null : null,
      reviewer_email: col.email ? r[col.email]?.trim() || null : null,
      reviewer_name: col.name ? r[col.name]?.trim() || null : null,
      round: col.round ? r[col.round]?.trim() || null : null,
      submitted_at: submitted,
      scores,
      words,
      texts,
      file: file.display,
      row,
    });
  });
  return { reviews, decisions };
}

/** A field is a score field when at least 90% of its filled cells are score symbols. */
function isScoreField({ filled, symbols }: { filled: number; symbols: number }): boolean {
  return filled > 0 && symbols / filled >= 0.9;
}

interface LetterScale {
  worst: string;
  inferred: boolean;
}

/** A field's letter scale (configured, else inferred from the letters seen), or null if numeric. */
function letterScale(field: string, rows: CsvTable["rows"], configured: Record<string, string>): LetterScale | null {
  const letters: string[] = [];
  for (const r of rows) {
    const cell = r[field]?.trim();
    if (cell && isLetterSymbol(cell)) letters.push(cell);
  }
  if (!letters.length) return null;
  const key = Object.keys(configured).find((k) => k.toLowerCase() === field.toLowerCase());
  const worst = key ? worstOfScale(configured[key]) : null;
  return worst ? { worst, inferred: false } : { worst: worstLetter(letters), inferred: true };
}

function parseScoreCell(cell: string, scale: LetterScale | null, where: { file: string; row: number; column: string }): ParsedScore {
  if (scale !== null && isLetterSymbol(cell) && cell <= scale.worst) return { value: letterValue(cell, scale.worst), label: cell };
  const numeric = scale === null ? parseNumericScore(cell) : null;
  if (numeric) return { value: numeric.value, label: numeric.label };
  throw new RetroError(
    `The score "${cell}" cannot be read as a number${scale !== null ? ` or a letter up to ${scale.worst}` : ""}.`,
    scale !== null
      ? "This field uses HotCRP letters; every cell must be a single letter. Correct the cell or re-export the reviews."
      : 'Scores must be numbers such as "4" (or "4: Accept"). Correct the cell or re-export the reviews.',
    where,
  );
}
