import { paperList, reviewerTable, type PaperList, type ReviewerTable } from "./aggregate.ts";
import { compareText } from "./describe.ts";
import type { Status } from "../model/records.ts";
import { wilson, type Proportion, type WilsonOptions } from "./wilson.ts";

/** One score in one snapshot of an export. */
export interface SnapshotScore {
  submission_id: string;
  review_id: string;
  reviewer: string;
  field: string;
  value: number;
}

export type ChangeKind = "up" | "down" | "same" | "added" | "removed";

export interface ReviewChange {
  submission_id: string;
  review_id: string;
  reviewer: string;
  before: number | null;
  after: number | null;
  delta: number | null;
  change: ChangeKind;
}

export interface PaperChange {
  submission_id: string;
  /** Mean over the reviews in each snapshot. */
  meanBefore: number | null;
  meanAfter: number | null;
  delta: number | null;
  up: number;
  down: number;
  added: number;
  removed: number;
}

export interface ScoreChanges {
  field: string;
  /** Reviews present in both snapshots. */
  compared: number;
  up: number;
  down: number;
  added: number;
  removed: number;
  /** Reviews whose score moved, among those compared. */
  changed: Proportion;
  meanDelta: number | null;
  papersCompared: number;
  papersChanged: number;
  papers: PaperChange[];
  /** Chair-only: who changed what. */
  reviews: ReviewChange[];
}

/**
 * Score changes of one field between two snapshots of the same edition (before and after the
 * rebuttal), matched by review id. New and vanished reviews are counted apart, not as changes.
 */
export function scoreChanges(before: SnapshotScore[], after: SnapshotScore[], field: string, options: WilsonOptions = {}): ScoreChanges {
  const earlier = new Map<string, SnapshotScore>();
  for (const s of before) if (s.field === field) earlier.set(s.review_id, s);
  const reviews: ReviewChange[] = [];
  const change = (x: SnapshotScore | undefined, y: SnapshotScore | undefined): ReviewChange => {
    const ref = (y ?? x)!;
    const delta = x && y ? y.value - x.value : null;
    const kind: ChangeKind = !x ? "added" : !y ? "removed" : delta! > 0 ? "up" : delta! < 0 ? "down" : "same";
    return { submission_id: ref.submission_id, review_id: ref.review_id, reviewer: ref.reviewer, before: x?.value ?? null, after: y?.value ?? null, delta, change: kind };
  };
  const seen = new Set<string>();
  for (const y of after) {
    if (y.field !== field) continue;
    seen.add(y.review_id);
    reviews.push(change(earlier.get(y.review_id), y));
  }
  for (const [id, x] of earlier) if (!seen.has(id)) reviews.push(change(x, undefined));

  const byPaper = new Map<string, PaperChange & { sumBefore: number; nBefore: number; sumAfter: number; nAfter: number }>();
  const totals = { up: 0, down: 0, added: 0, removed: 0, same: 0 };
  let deltaSum = 0;
  for (const r of reviews) {
    let p = byPaper.get(r.submission_id);
    if (!p) {
      p = { submission_id: r.submission_id, meanBefore: null, meanAfter: null, delta: null, up: 0, down: 0, added: 0, removed: 0, sumBefore: 0, nBefore: 0, sumAfter: 0, nAfter: 0 };
      byPaper.set(r.submission_id, p);
    }
    if (r.before !== null) (p.sumBefore += r.before), p.nBefore++;
    if (r.after !== null) (p.sumAfter += r.after), p.nAfter++;
    if (r.change !== "same") p[r.change]++;
    totals[r.change]++;
    if (r.delta !== null) deltaSum += r.delta;
  }
  const papers: PaperChange[] = [...byPaper.values()].map(({ sumBefore, nBefore, sumAfter, nAfter, ...p }) => {
    const meanBefore = nBefore ? sumBefore / nBefore : null;
    const meanAfter = nAfter ? sumAfter / nAfter : null;
    return { ...p, meanBefore, meanAfter, delta: meanBefore !== null && meanAfter !== null ? meanAfter - meanBefore : null };
  });
  papers.sort((p, q) => Math.abs(q.delta ?? 0) - Math.abs(p.delta ?? 0) || compareText(p.submission_id, q.submission_id));
  const compared = totals.up + totals.down + totals.same;
  return {
    field,
    compared,
    up: totals.up,
    down: totals.down,
    added: totals.added,
    removed: totals.removed,
    changed: wilson(totals.up + totals.down, compared, options),
    meanDelta: compared ? deltaSum / compared : null,
    papersCompared: papers.filter((p) => p.delta !== null).length,
    papersChanged: papers.filter((p) => p.up + p.down > 0).length,
    papers,
    reviews,
  };
}

/** Per-paper changes with each paper's status, as a protectable list. */
export function paperChangeList(changes: ScoreChanges, edition: string, status: Map<string, Status>, title = "Score changes per paper"): PaperList<PaperChange & { edition: string; status: Status }> {
  const rows = changes.papers.map((p) => {
    const s = status.get(p.submission_id);
    if (!s) throw new RangeError(`no status for submission "${p.submission_id}" of ${edition}: pass every submission of the edition`);
    return { ...p, edition, status: s };
  });
  return paperList(title, rows);
}

/** Per-review changes (who changed what): chair-only. */
export function reviewChangeTable(changes: ScoreChanges, title = "Score changes per review"): ReviewerTable<ReviewChange> {
  return reviewerTable(title, changes.reviews);
}
