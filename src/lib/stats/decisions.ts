import type { Submission } from "../model/records.ts";
import { countTable, paperList, type CountTable, type PaperList } from "./aggregate.ts";
import { quantileSorted } from "./describe.ts";
import { PaperMap } from "./keys.ts";
import type { PaperScore } from "./scores.ts";
import { wilson, type Proportion, type WilsonOptions } from "./wilson.ts";

/** A paper decided on its reviews (accepted or rejected) with its score summary. */
export interface DecidedPaper extends PaperScore {
  status: "accepted" | "rejected";
  title: string | null;
}

/**
 * Accepted and rejected papers with scores. Desk-rejected, withdrawn and pending papers were
 * not decided on their scores and are left out. Call per edition: score scales differ.
 */
export function decidedPapers(scores: PaperScore[], submissions: Array<Pick<Submission, "edition" | "id" | "status" | "title">>): DecidedPaper[] {
  const byKey = new PaperMap<(typeof submissions)[number]>();
  for (const s of submissions) byKey.set(s.edition, s.id, s);
  const out: DecidedPaper[] = [];
  for (const p of scores) {
    const s = byKey.get(p.edition, p.submission_id);
    if (s && (s.status === "accepted" || s.status === "rejected")) out.push({ ...p, status: s.status, title: s.title });
  }
  return out;
}

export interface ScoreBin {
  from: number;
  /** Exclusive, except for the last bin. */
  to: number;
  papers: number;
  accepted: number;
  acceptance: Proportion;
}

/** Acceptance probability by mean-score bin: bins of `binWidth` (1 by default) from `origin` (default: below the lowest mean). */
export function acceptanceByScore(papers: DecidedPaper[], { binWidth = 1, origin, ...options }: WilsonOptions & { binWidth?: number; origin?: number } = {}): ScoreBin[] {
  if (!(binWidth > 0)) throw new RangeError(`binWidth must be positive, got ${binWidth}`);
  if (papers.length === 0) return [];
  const means = papers.map((p) => p.mean);
  const lowest = Math.min(...means);
  if (origin !== undefined && origin > lowest) throw new RangeError(`origin ${origin} is above the lowest mean score ${lowest}: lower it or leave it out`);
  const start = origin ?? Math.floor(lowest / binWidth) * binWidth;
  const last = Math.max(0, Math.ceil((Math.max(...means) - start) / binWidth) - 1);
  const bins = Array.from({ length: last + 1 }, () => ({ papers: 0, accepted: 0 }));
  for (const p of papers) {
    // Tiny epsilon: 6.000000001 from averaging must not fall out of the [6, 7) bin.
    const i = Math.min(last, Math.max(0, Math.floor((p.mean - start) / binWidth + 1e-9)));
    bins[i].papers++;
    if (p.status === "accepted") bins[i].accepted++;
  }
  return bins.map((b, i) => ({ from: start + i * binWidth, to: start + (i + 1) * binWidth, ...b, acceptance: wilson(b.accepted, b.papers, options) }));
}

/** Bins x decision, ready for `protect`. */
export function acceptanceByScoreTable(bins: ScoreBin[], title = "Decisions by mean score"): CountTable {
  return countTable({
    title,
    unit: "papers",
    rows: bins.map((b) => `${b.from}-${b.to}`),
    columns: ["accepted", "rejected"],
    values: bins.map((b) => [b.accepted, b.papers - b.accepted]),
  });
}

export interface BorderlineBand {
  low: number;
  high: number;
  trim: number;
  /** True when every accepted paper out-scored every rejected one (after trimming). */
  separated: boolean;
  accepted: number;
  rejected: number;
  /** Papers in [low, high], highest mean first. */
  papers: DecidedPaper[];
}

/**
 * The borderline band: mean scores between the `trim`-quantile of accepted papers and the
 * (1 - trim)-quantile of rejected papers. With trim = 0 (default) that is from the
 * lowest-scoring accepted to the highest-scoring rejected paper: where the scores alone did
 * not decide. A larger trim (e.g. 0.05) ignores outliers. When the two groups do not overlap,
 * the band is the gap between them, so it still holds the papers closest to the cut.
 */
export function borderlineBand(papers: DecidedPaper[], { trim = 0 }: { trim?: number } = {}): BorderlineBand | null {
  if (!(trim >= 0 && trim < 0.5)) throw new RangeError(`trim must be in [0, 0.5), got ${trim}`);
  const sorted = (status: string) => Float64Array.from(papers.filter((p) => p.status === status).map((p) => p.mean)).sort();
  const lowAccepted = quantileSorted(sorted("accepted"), trim);
  const highRejected = quantileSorted(sorted("rejected"), 1 - trim);
  if (lowAccepted === null || highRejected === null) return null;
  const low = Math.min(lowAccepted, highRejected);
  const high = Math.max(lowAccepted, highRejected);
  const inBand = papers.filter((p) => p.mean >= low && p.mean <= high).sort((a, b) => b.mean - a.mean);
  const accepted = inBand.filter((p) => p.status === "accepted").length;
  return { low, high, trim, separated: lowAccepted > highRejected, accepted, rejected: inBand.length - accepted, papers: inBand };
}

export interface AgainstScores {
  /** Mean score of the A-th best paper, A = number accepted. */
  threshold: number;
  papers: Array<DecidedPaper & { rank: number; margin: number }>;
}

/**
 * Papers decided against their scores: had the same number of papers been accepted purely by
 * mean score, these would have gone the other way. Accepted papers scoring below the
 * threshold and rejected ones above it; ties at the threshold are not counted.
 */
export function decidedAgainstScores(papers: DecidedPaper[]): AgainstScores | null {
  const ranked = [...papers].sort((a, b) => b.mean - a.mean);
  const accepted = ranked.filter((p) => p.status === "accepted").length;
  if (accepted === 0 || accepted === ranked.length) return null;
  const threshold = ranked[accepted - 1].mean;
  const against = ranked
    .map((p, i) => ({ ...p, rank: i + 1, margin: p.mean - threshold }))
    .filter((p) => (p.status === "accepted" && p.margin < 0) || (p.status === "rejected" && p.margin > 0));
  return { threshold, papers: against };
}

/** Any list of decided papers as a protectable list (titles of rejected papers are private). */
export function decidedPaperList<R extends DecidedPaper>(title: string, papers: R[]): PaperList<R> {
  return paperList(title, papers);
}
