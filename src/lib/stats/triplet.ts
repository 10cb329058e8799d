import type { Submission } from "../model/records.ts";
import { countTable, isSuppressed, SUPPRESSED, type Cell, type CountTable, type Suppressed } from "./aggregate.ts";
import { labelsOf, type Labels } from "./groups.ts";
import { wilson, type Proportion, type WilsonOptions } from "./wilson.ts";
import { compareText } from "./describe.ts";

export type SubmissionStatus = Pick<Submission, "edition" | "id" | "status">;

/** Which submissions a triplet counts: all with an outcome, or only those that went to review. */
export type Population = "submitted" | "reviewed";

export interface TripletOptions extends WilsonOptions {
  population?: Population;
  /** The group of papers without any label, "(none)" by default. */
  unlabelled?: string;
}

/** Share of submissions / acceptance rate / share of accepted for one group. */
export interface TripletRow {
  group: string;
  /** Fractional: a paper with n labels adds 1/n. */
  submissions: number;
  accepted: number;
  /** Distinct papers with this label (whole counts). */
  papers: number;
  acceptedPapers: number;
  shareOfSubmissions: number | null;
  acceptance: Proportion;
  shareOfAccepted: number | null;
}

export interface Triplets {
  population: Population;
  submissions: number;
  accepted: number;
  rows: TripletRow[];
}

function inPopulation(status: Submission["status"], population: Population): boolean {
  if (status === "pending") return false;
  return population === "submitted" || (status !== "desk_rejected" && status !== "withdrawn");
}

/**
 * The triplet per label (area, kind, challenge, method, country...), counting a paper with n
 * labels as 1/n in each, so that shares add up to 1. Pending papers are left out (no outcome).
 */
export function triplets(submissions: SubmissionStatus[], labels: Labels, options: TripletOptions = {}): Triplets {
  const population = options.population ?? "submitted";
  const unlabelled = options.unlabelled ?? "(none)";
  const groups = new Map<string, { submissions: number; accepted: number; papers: number; acceptedPapers: number }>();
  let total = 0;
  let accepted = 0;
  for (const s of submissions) {
    if (!inPopulation(s.status, population)) continue;
    const isAccepted = s.status === "accepted";
    const own = labelsOf(labels, s.edition, s.id, unlabelled);
    total++;
    if (isAccepted) accepted++;
    for (const label of own) {
      const g = groups.get(label) ?? { submissions: 0, accepted: 0, papers: 0, acceptedPapers: 0 };
      g.submissions += 1 / own.length;
      g.papers++;
      if (isAccepted) {
        g.accepted += 1 / own.length;
        g.acceptedPapers++;
      }
      groups.set(label, g);
    }
  }
  const rows = [...groups]
    .map(([group, g]) => ({
      group,
      ...g,
      shareOfSubmissions: total ? g.submissions / total : null,
      acceptance: wilson(g.accepted, g.submissions, options),
      shareOfAccepted: accepted ? g.accepted / accepted : null,
    }))
    .sort((a, b) => b.submissions - a.submissions || compareText(a.group, b.group));
  return { population, submissions: total, accepted, rows };
}

/**
 * The counts behind the triplets (groups x accepted / not accepted), with the distinct papers
 * behind each cell so that `protect` applies k to papers, not to fractions of papers.
 */
export function tripletTable(t: Triplets, title: string): CountTable {
  return countTable({
    title,
    unit: "papers",
    rows: t.rows.map((r) => r.group),
    columns: ["accepted", "not accepted"],
    values: t.rows.map((r) => [r.accepted, r.submissions - r.accepted]),
    contributors: {
      cells: t.rows.map((r) => [r.acceptedPapers, r.papers - r.acceptedPapers]),
      rowTotals: t.rows.map((r) => r.papers),
      columnTotals: [t.accepted, t.submissions - t.accepted],
      total: t.submissions,
    },
  });
}

/** A triplet as an audience sees it: anything that would need a suppressed count is suppressed. */
export interface PublishedTriplet {
  group: string;
  submissions: Cell;
  accepted: Cell;
  shareOfSubmissions: number | Suppressed | null;
  acceptance: Proportion | Suppressed;
  shareOfAccepted: number | Suppressed | null;
}

/** Triplets recomputed from a (protected) `tripletTable`, so shares never reveal a hidden count. */
export function tripletsFromTable(table: CountTable, options: WilsonOptions = {}): PublishedTriplet[] {
  const ratio = (a: Cell, b: Cell): number | Suppressed | null =>
    isSuppressed(a) || isSuppressed(b) ? SUPPRESSED : b === 0 ? null : a / b;
  return table.rows.map((group, r) => {
    const submissions = table.rowTotals[r];
    const accepted = table.cells[r][0];
    return {
      group,
      submissions,
      accepted,
      shareOfSubmissions: ratio(submissions, table.total),
      acceptance: isSuppressed(accepted) || isSuppressed(submissions) ? SUPPRESSED : wilson(accepted, submissions, options),
      shareOfAccepted: ratio(accepted, table.columnTotals[0]),
    };
  });
}
