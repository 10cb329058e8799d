import type { Review, Submission } from "../model/records.ts";
import { countTable, reviewerTable, type CountTable, type ReviewerTable } from "./aggregate.ts";
import { summarize, type Summary, compareText } from "./describe.ts";
import { PaperMap } from "./keys.ts";
import { wilson, type Proportion, type WilsonOptions } from "./wilson.ts";

export type ReviewRef = Pick<Review, "edition" | "submission_id" | "review_id" | "reviewer">;

export interface ReviewsPerPaper {
  /** Papers that went to review (accepted, rejected, pending). */
  papers: number;
  reviews: number;
  summary: Summary;
  /** How many papers received exactly `reviews` reviews, ascending. */
  histogram: Array<{ reviews: number; papers: number }>;
  withoutReviews: number;
}

function histogramOf(counts: Iterable<number>): Map<number, number> {
  const h = new Map<number, number>();
  for (const n of counts) h.set(n, (h.get(n) ?? 0) + 1);
  return new Map([...h].sort((a, b) => a[0] - b[0]));
}

/**
 * Reviews per paper among papers that went to review. Reviews of desk-rejected or withdrawn
 * papers are not counted here (they are in the reviewer load).
 */
export function reviewsPerPaper(
  submissions: Array<Pick<Submission, "edition" | "id" | "status">>,
  reviews: ReviewRef[],
): ReviewsPerPaper {
  const perPaper = new PaperMap<number>();
  for (const s of submissions) {
    if (s.status !== "desk_rejected" && s.status !== "withdrawn") perPaper.set(s.edition, s.id, 0);
  }
  let counted = 0;
  for (const r of reviews) {
    const n = perPaper.get(r.edition, r.submission_id);
    if (n === undefined) continue;
    perPaper.set(r.edition, r.submission_id, n + 1);
    counted++;
  }
  const counts = [...perPaper.values()];
  return {
    papers: counts.length,
    reviews: counted,
    summary: summarize(counts),
    histogram: [...histogramOf(counts)].map(([reviews, papers]) => ({ reviews, papers })),
    withoutReviews: counts.filter((n) => n === 0).length,
  };
}

export interface ReviewerLoad {
  reviewers: number;
  reviews: number;
  summary: Summary;
  histogram: Array<{ load: number; reviewers: number }>;
  /** Chair-only. Sorted by load, heaviest first. */
  perReviewer: Array<{ reviewer: string; reviews: number }>;
}

/** Number of reviewers and the reviews each wrote (across all editions given). */
export function reviewerLoad(reviews: Array<Pick<Review, "reviewer">>): ReviewerLoad {
  const count = new Map<string, number>();
  for (const r of reviews) count.set(r.reviewer, (count.get(r.reviewer) ?? 0) + 1);
  const perReviewer = [...count]
    .map(([reviewer, n]) => ({ reviewer, reviews: n }))
    .sort((a, b) => b.reviews - a.reviews || compareText(a.reviewer, b.reviewer));
  const loads = perReviewer.map((r) => r.reviews);
  return {
    reviewers: perReviewer.length,
    reviews: reviews.length,
    summary: summarize(loads),
    histogram: [...histogramOf(loads)].map(([load, reviewers]) => ({ load, reviewers })),
    perReviewer,
  };
}

/** The load distribution (how many reviewers wrote n reviews), safe to protect and share. */
export function loadHistogramTable(load: ReviewerLoad, title = "Reviewers by number of reviews"): CountTable {
  return countTable({
    title,
    unit: "people",
    rows: load.histogram.map((h) => String(h.load)),
    columns: ["reviewers"],
    values: load.histogram.map((h) => [h.reviewers]),
  });
}

/** Reviews per reviewer: chair-only. */
export function reviewerLoadTable(load: ReviewerLoad, title = "Load per reviewer"): ReviewerTable<ReviewerLoad["perReviewer"][number]> {
  return reviewerTable(title, load.perReviewer);
}

export interface ReviewLengthOptions extends WilsonOptions {
  /** Reviews with fewer words than this are "very short"; 100 by default. */
  shortThreshold?: number;
  /** Histogram bin width in words; 100 by default. */
  binWidth?: number;
}

export interface ReviewLengths {
  /** Reviews with a known length. */
  reviews: number;
  /** Reviews whose length the export does not give. */
  unknown: number;
  summary: Summary;
  histogram: Array<{ from: number; to: number; reviews: number }>;
  shortThreshold: number;
  /** Share of reviews with fewer than `shortThreshold` words. */
  short: Proportion;
}

/** Distribution of review lengths (words) and the share of very short reviews. */
export function reviewLengths(reviews: Array<Pick<Review, "words">>, options: ReviewLengthOptions = {}): ReviewLengths {
  const { shortThreshold = 100, binWidth = 100 } = options;
  if (!(binWidth > 0)) throw new RangeError(`binWidth must be positive, got ${binWidth}`);
  const words = reviews.map((r) => r.words).filter((w): w is number => w !== null);
  const bins = histogramOf(words.map((w) => Math.floor(w / binWidth)));
  return {
    reviews: words.length,
    unknown: reviews.length - words.length,
    summary: summarize(words),
    histogram: [...bins].map(([bin, n]) => ({ from: bin * binWidth, to: (bin + 1) * binWidth, reviews: n })),
    shortThreshold,
    short: wilson(words.filter((w) => w < shortThreshold).length, words.length, options),
  };
}
