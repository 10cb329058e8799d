import type { Status, Submission } from "../model/records.ts";
import { countTable, type CountTable } from "./aggregate.ts";
import { wilson, type Proportion, type WilsonOptions } from "./wilson.ts";
import { compareText } from "./describe.ts";

export type SubmissionOutcome = Pick<Submission, "edition" | "id" | "status" | "presentation">;

/** Label for accepted papers whose export has no presentation type. */
export const UNSPECIFIED_PRESENTATION = "unspecified";

export interface PresentationCount {
  presentation: string;
  accepted: number;
  shareOfAccepted: number | null;
  /** Accepted with this presentation among decided submissions. */
  rate: Proportion;
}

/**
 * The path from submission to decision. `reviewed` = submitted - desk-rejected - withdrawn
 * (papers withdrawn after receiving reviews leave the funnel at "withdrawn").
 */
export interface Funnel {
  submitted: number;
  deskRejected: number;
  withdrawn: number;
  reviewed: number;
  rejected: number;
  accepted: number;
  pending: number;
  byPresentation: PresentationCount[];
  /** Accepted among all submissions with an outcome (pending excluded): the rate venues announce. */
  acceptance: Proportion;
  /** Accepted among the papers that went to review (pending excluded). */
  acceptanceOfReviewed: Proportion;
}

/** Funnel counts and acceptance rates (Wilson intervals) of the given submissions. */
export function funnel(submissions: SubmissionOutcome[], options: WilsonOptions = {}): Funnel {
  const count: Record<Status, number> = { accepted: 0, rejected: 0, desk_rejected: 0, withdrawn: 0, pending: 0 };
  const presentations = new Map<string, number>();
  for (const s of submissions) {
    count[s.status]++;
    if (s.status === "accepted") {
      const p = s.presentation?.trim() || UNSPECIFIED_PRESENTATION;
      presentations.set(p, (presentations.get(p) ?? 0) + 1);
    }
  }
  const submitted = submissions.length;
  const decided = submitted - count.pending;
  const reviewed = submitted - count.desk_rejected - count.withdrawn;
  const byPresentation = [...presentations]
    .map(([presentation, accepted]) => ({
      presentation,
      accepted,
      shareOfAccepted: count.accepted ? accepted / count.accepted : null,
      rate: wilson(accepted, decided, options),
    }))
    .sort((a, b) => b.accepted - a.accepted || compareText(a.presentation, b.presentation));
  return {
    submitted,
    deskRejected: count.desk_rejected,
    withdrawn: count.withdrawn,
    reviewed,
    rejected: count.rejected,
    accepted: count.accepted,
    pending: count.pending,
    byPresentation,
    acceptance: wilson(count.accepted, decided, options),
    acceptanceOfReviewed: wilson(count.accepted, reviewed - count.pending, options),
  };
}

/**
 * The funnel as a table that partitions the submissions (accepted split by presentation),
 * so its total is the number submitted; ready for `protect`.
 */
export function funnelTable(f: Funnel, title = "Submissions by outcome"): CountTable {
  const rows: Array<[string, number]> = [
    ...f.byPresentation.map((p): [string, number] => [`accepted (${p.presentation})`, p.accepted]),
    ["rejected", f.rejected],
    ["desk-rejected", f.deskRejected],
    ["withdrawn", f.withdrawn],
    ["pending", f.pending],
  ];
  return countTable({
    title,
    unit: "papers",
    rows: rows.map(([label]) => label),
    columns: ["papers"],
    values: rows.map(([, n]) => [n]),
  });
}
