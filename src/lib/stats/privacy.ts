/**
 * Privacy by construction: `protect(aggregate, audience)` is the only way from a chair-level
 * statistic to something a committee or the public may see.
 */
import {
  isSuppressed,
  SUPPRESSED,
  type Aggregate,
  type Audience,
  type CountTable,
  type MeasureTable,
  type PaperList,
  type PaperRow,
  type ReviewerTable,
  type Withheld,
} from "./aggregate.ts";
import { suppressionPattern } from "./suppression.ts";

export interface ProtectOptions {
  /** Minimum number of papers or people behind a published cell; 5 by default. */
  k?: number;
}

/** A paper row as committees and the public see it: identity withheld unless accepted. */
export type RedactedRow<R extends PaperRow> = Omit<R, "submission_id" | "title"> & {
  submission_id: string | null;
  title?: string | null;
  redacted: boolean;
};

const CONFIDENTIAL_PAPER_FIELDS = ["submission_id", "title", "abstract", "authors", "keywords"];
const REVIEWER_FIELDS = ["reviewer", "reviewers", "member"];

function checkK(k: number): number {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a whole number >= 1 (5 is common), got ${k}`);
  return k;
}

function numeric(table: CountTable): number[][] {
  const cells = [...table.cells.map((row, r) => [...row, table.rowTotals[r]]), [...table.columnTotals, table.total]];
  return cells.map((row) =>
    row.map((cell) => {
      if (isSuppressed(cell)) throw new RangeError(`"${table.title}" is already protected: protect the chair-level table`);
      return cell;
    }),
  );
}

/** Suppresses small cells and their complements; totals stay published where they can. */
export function protectCounts(table: CountTable, audience: Audience, { k = 5 }: ProtectOptions = {}): CountTable {
  if (audience === "chair") return table;
  const values = numeric(table);
  const c = table.contributors;
  const contributors = c ? [...c.cells.map((row, r) => [...row, c.rowTotals[r]]), [...c.columnTotals, c.total]] : values;
  const on = suppressionPattern(values, contributors, checkK(k));
  const cell = (r: number, col: number) => (on[r][col] ? SUPPRESSED : values[r][col]);
  const R = table.rows.length;
  const C = table.columns.length;
  const { contributors: _private, ...rest } = table;
  return {
    ...rest,
    audience,
    cells: table.rows.map((_, r) => table.columns.map((_, col) => cell(r, col))),
    rowTotals: table.rows.map((_, r) => cell(r, C)),
    columnTotals: table.columns.map((_, col) => cell(R, col)),
    total: cell(R, C),
  };
}

/**
 * Suppresses groups built from fewer than k papers or people, and, when the whole population
 * is published too, enough other groups that it cannot be subtracted to reveal them.
 */
export function protectMeasures(table: MeasureTable, audience: Audience, { k = 5 }: ProtectOptions = {}): MeasureTable {
  if (audience === "chair") return table;
  const ns = [...table.rows, ...(table.total ? [table.total] : [])].map((row) => {
    if (isSuppressed(row.n)) throw new RangeError(`"${table.title}" is already protected: protect the chair-level table`);
    return row.n;
  });
  checkK(k);
  let hidden: boolean[];
  if (table.total && table.rows.length > 0) {
    const values = ns.map((n) => [n, n]);
    hidden = suppressionPattern(values, values, k).map(([a, b]) => a || b);
  } else {
    hidden = ns.map((n) => n > 0 && n < k);
  }
  // A row of shares also hides when one of the parts its shares give back is small.
  const all = [...table.rows, ...(table.total ? [table.total] : [])];
  let byParts = false;
  all.forEach((row, i) => {
    if (row.parts?.some((p) => p > 0 && p < k)) byParts = hidden[i] = true;
  });
  // The total's shares minus the other rows' would give such a row's parts back.
  if (byParts && table.total) hidden[all.length - 1] = true;
  const hide = (row: MeasureTable["rows"][number]) => ({
    label: row.label,
    n: SUPPRESSED,
    values: Object.fromEntries(Object.keys(row.values).map((m) => [m, SUPPRESSED])),
  });
  const show = ({ parts: _chairOnly, ...row }: MeasureTable["rows"][number]) => row;
  const rows = table.rows.map((row, i) => (hidden[i] ? hide(row) : show(row)));
  const total = table.total && (hidden[ns.length - 1] ? hide(table.total) : show(table.total));
  return { ...table, audience, rows, total };
}

/**
 * Committee: rows about papers that were not accepted keep their numbers but lose their
 * identity. Public: only accepted papers are listed.
 */
export function protectPapers<R extends PaperRow>(table: PaperList<R>, audience: "committee" | "public"): PaperList<RedactedRow<R>>;
export function protectPapers<R extends PaperRow>(table: PaperList<R>, audience: Audience): PaperList<R> | PaperList<RedactedRow<R>>;
export function protectPapers<R extends PaperRow>(table: PaperList<R>, audience: Audience): PaperList<R> | PaperList<RedactedRow<R>> {
  if (audience === "chair") return table;
  const rows = table.rows
    .filter((row) => audience === "committee" || row.status === "accepted")
    .map((row) => {
      const out: Record<string, unknown> = { ...(row as Record<string, unknown>), redacted: row.status !== "accepted" };
      for (const field of REVIEWER_FIELDS) delete out[field];
      if (row.status !== "accepted") for (const field of CONFIDENTIAL_PAPER_FIELDS) if (field in out) out[field] = null;
      return out as unknown as RedactedRow<R>;
    });
  return { ...table, audience, rows };
}

/** Per-reviewer statistics are chair-only: anyone else gets a marker saying so. */
export function protectReviewers<R>(table: ReviewerTable<R>, audience: Audience): ReviewerTable<R> | Withheld {
  if (audience === "chair") return table;
  return { kind: "withheld", audience, title: table.title, reason: "per-reviewer statistics are shown to chairs only" };
}

/** The version of any aggregate fit for `audience` (chair: unchanged). */
export function protect(table: CountTable, audience: Audience, options?: ProtectOptions): CountTable;
export function protect(table: MeasureTable, audience: Audience, options?: ProtectOptions): MeasureTable;
export function protect<R extends PaperRow>(table: PaperList<R>, audience: "committee" | "public"): PaperList<RedactedRow<R>>;
export function protect<R extends PaperRow>(table: PaperList<R>, audience: Audience): PaperList<R> | PaperList<RedactedRow<R>>;
export function protect<R>(table: ReviewerTable<R>, audience: "committee" | "public"): Withheld;
export function protect<R>(table: ReviewerTable<R>, audience: Audience): ReviewerTable<R> | Withheld;
export function protect(table: Aggregate, audience: Audience, options?: ProtectOptions): Aggregate;
export function protect(table: Aggregate, audience: Audience, options: ProtectOptions = {}): unknown {
  if (table.audience === audience) return table;
  if (table.audience !== "chair") {
    throw new RangeError(`"${table.title}" was protected for ${table.audience}: protect the chair-level table for ${audience}`);
  }
  switch (table.kind) {
    case "counts":
      return protectCounts(table, audience, options);
    case "measures":
      return protectMeasures(table, audience, options);
    case "papers":
      return protectPapers(table, audience);
    case "reviewers":
      return protectReviewers(table, audience);
    case "withheld":
      return table;
  }
}
