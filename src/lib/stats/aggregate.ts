/**
 * What a statistic looks like once it is meant to be shown: every aggregate says which
 * audience it is fit for. Statistics are computed at chair level; `protect()` in
 * `privacy.ts` turns them into committee or public versions.
 */
import type { Status } from "../model/records.ts";

export const AUDIENCES = ["chair", "committee", "public"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A cell withheld from this audience. Why it was withheld is not said: that would leak too. */
export interface Suppressed {
  suppressed: true;
}
export type Cell = number | Suppressed;

export const SUPPRESSED: Suppressed = Object.freeze({ suppressed: true });

/** Whether a cell (or any value) is the suppression marker. */
export function isSuppressed(cell: unknown): cell is Suppressed {
  return typeof cell === "object" && cell !== null && (cell as Suppressed).suppressed === true;
}

/** What the cells count; the k threshold applies to papers and people alike. */
export type Unit = "papers" | "people" | "reviews";

/** Distinct papers or people behind each cell, when the cells hold fractional (1/n) counts. */
export interface Contributors {
  cells: number[][];
  rowTotals: number[];
  columnTotals: number[];
  total: number;
}

/** A two-way table of counts with its row and column totals (a 1-column table for a list). */
export interface CountTable {
  kind: "counts";
  audience: Audience;
  title: string;
  unit: Unit;
  rows: string[];
  columns: string[];
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
  /** Chair-only: removed by `protect`. */
  contributors?: Contributors;
}

/** One group of a table of measures (means, alphas...): `n` papers or people stand behind it. */
export interface MeasureRow {
  label: string;
  n: Cell;
  values: Record<string, number | null | Suppressed>;
  /**
   * When the row's values are shares, the papers in each part they split `n` into (e.g.
   * deployment, research, other): a share times `n` gives a part back, so a part of fewer
   * than k papers is a small cell too. Chair-only: protection checks it and drops it.
   */
  parts?: number[];
}

export interface MeasureTable {
  kind: "measures";
  audience: Audience;
  title: string;
  unit: Unit;
  measures: string[];
  rows: MeasureRow[];
  /** The whole population, when published next to the groups. */
  total: MeasureRow | null;
}

/** A row about one paper; identifying fields of papers that were not accepted are confidential. */
export interface PaperRow {
  edition: string;
  submission_id: string | null;
  status: Status;
  title?: string | null;
}

export interface PaperList<R extends PaperRow = PaperRow> {
  kind: "papers";
  audience: Audience;
  title: string;
  rows: R[];
}

/** Per-reviewer statistics: chair-only by construction. */
export interface ReviewerTable<R = unknown> {
  kind: "reviewers";
  audience: "chair";
  title: string;
  rows: R[];
}

/** What an audience gets instead of a table it may not see. */
export interface Withheld {
  kind: "withheld";
  audience: Audience;
  title: string;
  reason: string;
}

export type Aggregate = CountTable | MeasureTable | PaperList | ReviewerTable | Withheld;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A chair-level count table from its cells; totals are computed, never passed in. */
export function countTable(spec: {
  title: string;
  unit: Unit;
  rows: string[];
  columns: string[];
  values: number[][];
  contributors?: Contributors;
}): CountTable {
  const { rows, columns, values } = spec;
  if (values.length !== rows.length || values.some((row) => row.length !== columns.length)) {
    throw new RangeError(`count table "${spec.title}" needs ${rows.length} rows of ${columns.length} values`);
  }
  const rowTotals = values.map(sum);
  const columnTotals = columns.map((_, c) => sum(values.map((row) => row[c])));
  return {
    kind: "counts",
    audience: "chair",
    title: spec.title,
    unit: spec.unit,
    rows,
    columns,
    cells: values.map((row) => [...row]),
    rowTotals,
    columnTotals,
    total: sum(rowTotals),
    ...(spec.contributors ? { contributors: spec.contributors } : {}),
  };
}

/** A chair-level table of measures per group. */
export function measureTable(spec: Omit<MeasureTable, "kind" | "audience">): MeasureTable {
  return { kind: "measures", audience: "chair", ...spec };
}

/** A chair-level list of papers. */
export function paperList<R extends PaperRow>(title: string, rows: R[]): PaperList<R> {
  return { kind: "papers", audience: "chair", title, rows };
}

/** A per-reviewer table (always chair-only). */
export function reviewerTable<R>(title: string, rows: R[]): ReviewerTable<R> {
  return { kind: "reviewers", audience: "chair", title, rows };
}
