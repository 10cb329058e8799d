/** Data notes: where the numbers come from, what was missing, what was suppressed. */
import { isSuppressed, type Aggregate } from "../stats/index.ts";
import type { EditionRecords } from "./archive.ts";
import type { Scope } from "./scope.ts";

export interface SourceFile {
  /** File name only: local paths stay out of shared reports. */
  name: string;
  kind: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface DataNotes {
  system: string;
  ingestId: number | null;
  loadedAt: string | null;
  files: SourceFile[];
  /** Warnings the ingest recorded (the chairs see them with `retro` and on the Data page). */
  warnings: number;
  /** What the export or the configuration did not give, in plain words. */
  missing: string[];
  /** Cells of this report's tables withheld from its audience. */
  suppressedCells: number;
  k: number;
}

function baseName(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}

/** Counts the suppressed cells of protected aggregates (tables, measures). */
export function countSuppressed(aggregates: Aggregate[]): number {
  let n = 0;
  for (const a of aggregates) {
    if (a.kind === "counts") {
      for (const cell of [...a.cells.flat(), ...a.rowTotals, ...a.columnTotals, a.total]) if (isSuppressed(cell)) n++;
    } else if (a.kind === "measures") {
      for (const row of [...a.rows, ...(a.total ? [a.total] : [])]) if (isSuppressed(row.n)) n++;
    }
  }
  return n;
}

export function dataNotes(e: EditionRecords, scope: Scope, aggregates: Aggregate[]): DataNotes {
  const missing: string[] = [];
  const ed = e.edition;
  if (!ed.review_deadline) missing.push("no review deadline is configured for this edition, so completion and late reviews are not computed");
  if (e.reviews.length === 0) missing.push("the export has no reviews");
  else {
    const undated = e.reviews.filter((r) => r.submitted_at === null).length;
    if (undated === e.reviews.length) missing.push("the reviews carry no submission times, so completion against the deadline is not known");
    else if (undated > 0) missing.push(`${undated} of ${e.reviews.length} reviews carry no submission time`);
    if (e.reviews.every((r) => r.overall === null)) missing.push("no review has an overall score");
    if (e.reviews.every((r) => r.confidence === null)) missing.push("no review has a confidence score");
    if (e.reviews.every((r) => r.words === null)) missing.push("review lengths are not known");
  }
  if (e.classifications.length === 0) missing.push("the papers are not classified (run `retro classify`), so areas, kinds, challenges and methods are missing");
  else if (e.classifications.length < e.submissions.length) missing.push(`${e.submissions.length - e.classifications.length} submissions are not classified`);
  if (!e.committee.some((m) => m.topics.length > 0)) missing.push("the export lists no committee topics, so expertise supply is not known (demand only)");
  const first = e.sources[0];
  return {
    system: ed.system,
    ingestId: first?.ingest_id ?? null,
    loadedAt: first ? first.finished_at.toISOString() : null,
    files: e.sources.map((s) => ({ name: baseName(s.file), kind: s.kind, rows: s.rows, bytes: s.bytes, sha256: s.sha256 })),
    warnings: first?.warnings ?? 0,
    missing,
    suppressedCells: scope.audience === "chair" ? 0 : countSuppressed(aggregates),
    k: scope.k,
  };
}
