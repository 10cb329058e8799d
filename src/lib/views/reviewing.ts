/** The reviewing: load, completion against the deadline, late reviews, review length. */
import {
  completionByReviewer,
  completionCurve,
  countTable,
  lateReviews,
  loadHistogramTable,
  isSuppressed,
  protect,
  reviewerLoad,
  reviewerLoadTable,
  reviewLengths,
  reviewsPerPaper,
  SUPPRESSED,
  type CountTable,
  type ReviewerTable,
  type Suppressed,
  type Withheld,
} from "../stats/index.ts";
import type { EditionRecords } from "./archive.ts";
import { hiddenFunnel } from "./funnel.ts";
import { gate, gateCount, gateRate, type Rate, type Scope, type Shown } from "./scope.ts";

export interface CompletionDay {
  /** Whole days relative to the deadline: 0 = the 24 hours ending at the deadline. */
  day: number;
  /** Share of all reviews submitted by the end of that day. */
  share: number;
  completed: number;
}

export interface ReviewingFacts {
  /** `papers` (and the mean, which gives it back) withheld when the funnel hides desk rejections or withdrawals. */
  perPaper: { papers: Shown<number>; mean: Shown<number | null>; median: Shown<number | null>; min: Shown<number | null>; withoutReviews: Shown<number> };
  load: {
    reviewers: Shown<number>;
    mean: Shown<number | null>;
    median: Shown<number | null>;
    /** How many reviewers wrote n reviews, protected. */
    histogram: CountTable;
    /** Chair-only: reviews per reviewer pseudonym, heaviest first. */
    perReviewer: ReviewerTable<{ reviewer: string; reviews: number }> | Withheld;
  };
  completion: {
    deadline: string | null;
    reviews: number;
    undated: number;
    onTime: Shown<Rate> | null;
    /** Cumulative share by day around the deadline; empty without review times or deadline. */
    days: CompletionDay[];
  };
  late: {
    late: Shown<number>;
    share: Shown<Rate> | null;
    medianDaysLate: Shown<number | null>;
    /** Chair-only: reviewers with at least one late review. */
    lateReviewers: number | Withheld;
    perReviewer: ReviewerTable<{ reviewer: string; reviews: number; late: number; onTime: number; undated: number }> | Withheld;
  } | null;
  lengths: {
    reviews: number;
    unknown: number;
    median: Shown<number | null>;
    mean: Shown<number | null>;
    shortThreshold: number;
    short: Shown<Rate>;
    /** Reviews per 100-word bin, protected. */
    histogram: CountTable;
  };
}

function completionDays(points: Array<{ daysFromDeadline: number; completed: number; share: number }>): CompletionDay[] {
  const days = new Map<number, CompletionDay>();
  for (const p of points) {
    const day = Math.ceil(p.daysFromDeadline - 1e-9) || 0; // never -0
    days.set(day, { day, share: p.share, completed: p.completed });
  }
  return [...days.values()];
}

const withheld = (title: string, audience: Scope["audience"]): Withheld => ({ kind: "withheld", audience, title, reason: "per-reviewer statistics are shown to chairs only" });

export function reviewingFacts(e: EditionRecords, scope: Scope): ReviewingFacts {
  const k = { k: scope.k };
  const wilson = { confidence: scope.confidence };
  const perPaper = reviewsPerPaper(e.submissions, e.reviews);
  const pp = gate(scope, "reviews per paper", "papers", perPaper.papers, { mean: perPaper.summary.mean, median: perPaper.summary.median, min: perPaper.summary.min });
  const removedHidden = hiddenFunnel(e, scope).removed;
  const load = reviewerLoad(e.reviews);
  const ld = gate(scope, "load per reviewer", "people", load.reviewers, { mean: load.summary.mean, median: load.summary.median });
  const deadline = e.edition.review_deadline;
  const dated = e.reviews.some((r) => r.submitted_at !== null);
  let completion: ReviewingFacts["completion"] = { deadline: deadline?.toISOString() ?? null, reviews: e.reviews.length, undated: e.reviews.filter((r) => r.submitted_at === null).length, onTime: null, days: [] };
  let late: ReviewingFacts["late"] = null;
  if (deadline && dated) {
    const curve = completionCurve(e.reviews, deadline, wilson);
    const l = lateReviews(e.reviews, deadline, wilson);
    const lateCount = gateCount(scope, "late reviews", "reviews", l.late);
    // The on-time share and the curve give the late count back: withheld with it.
    const hidden = isSuppressed(lateCount);
    completion = { ...completion, onTime: hidden ? SUPPRESSED : gateRate(scope, "reviews on time", "reviews", curve.byDeadline), days: hidden ? [] : completionDays(curve.points) };
    // Per-reviewer completion is chair-only: not even computed for anyone else.
    const byReviewer = scope.audience === "chair" ? completionByReviewer(e.reviews, deadline) : null;
    late = {
      late: lateCount,
      share: hidden ? SUPPRESSED : gateRate(scope, "late share", "reviews", l.share),
      medianDaysLate: gate(scope, "days late", "reviews", l.late, { median: l.daysLate.median }).median as number | null | Suppressed,
      lateReviewers: byReviewer ? byReviewer.rows.filter((r) => r.late > 0).length : withheld("Reviewers with late reviews", scope.audience),
      perReviewer: byReviewer ? protect(reviewerTableWithoutCurves(byReviewer), scope.audience) : withheld("Review completion per reviewer", scope.audience),
    };
  }
  const lengths = reviewLengths(e.reviews, wilson);
  const lengthHistogram = countTable({
    title: "Reviews by length (words)",
    unit: "reviews",
    rows: lengths.histogram.map((h) => `${h.from}-${h.to - 1}`),
    columns: ["reviews"],
    values: lengths.histogram.map((h) => [h.reviews]),
  });
  const len = gate(scope, "review length", "reviews", lengths.reviews, { median: lengths.summary.median, mean: lengths.summary.mean });
  return {
    perPaper: { papers: removedHidden ? SUPPRESSED : perPaper.papers, ...pp, mean: removedHidden ? SUPPRESSED : pp.mean, withoutReviews: gateCount(scope, "papers without reviews", "papers", perPaper.withoutReviews) },
    load: {
      reviewers: gateCount(scope, "reviewers", "people", load.reviewers),
      ...ld,
      histogram: protect(loadHistogramTable(load), scope.audience, k),
      perReviewer: protect(reviewerLoadTable(load), scope.audience),
    },
    completion,
    late,
    lengths: {
      reviews: lengths.reviews,
      unknown: lengths.unknown,
      ...len,
      shortThreshold: lengths.shortThreshold,
      // The short reviews are a cell of their own: withheld when there are fewer than k of them.
      short: isSuppressed(gateCount(scope, "short reviews", "reviews", lengths.short.successes)) ? SUPPRESSED : gateRate(scope, "short reviews", "reviews", lengths.short),
      histogram: protect(lengthHistogram, scope.audience, k),
    },
  };
}

function reviewerTableWithoutCurves(t: ReturnType<typeof completionByReviewer>): ReviewerTable<{ reviewer: string; reviews: number; late: number; onTime: number; undated: number }> {
  return { ...t, rows: t.rows.map(({ curve: _curve, ...rest }) => rest) };
}
