import type { Review } from "../model/records.ts";
import { reviewerTable, type ReviewerTable } from "./aggregate.ts";
import { summarize, type Summary, compareText } from "./describe.ts";
import { wilson, type Proportion, type WilsonOptions } from "./wilson.ts";

export type TimedReview = Pick<Review, "submission_id" | "review_id" | "reviewer" | "submitted_at">;

const DAY = 86_400_000;

export interface CompletionPoint {
  at: Date;
  /** Negative before the deadline. */
  daysFromDeadline: number;
  completed: number;
  /** Completed so far among all reviews (undated ones included in the denominator). */
  share: number;
}

export interface CompletionCurve {
  reviews: number;
  /** Reviews without a submission time: never submitted, or the export does not say. */
  undated: number;
  byDeadline: Proportion;
  /** One point per distinct submission time, in time order (a step function). */
  points: CompletionPoint[];
}

function checkDeadline(deadline: Date): void {
  if (!(deadline instanceof Date) || Number.isNaN(deadline.getTime())) throw new RangeError("the review deadline is missing or not a valid date: set it for the edition");
}

function curve(reviews: TimedReview[], deadline: Date, options: WilsonOptions): CompletionCurve {
  checkDeadline(deadline);
  const times = reviews
    .map((r) => r.submitted_at?.getTime())
    .filter((t): t is number => t !== undefined)
    .sort((a, b) => a - b);
  const points: CompletionPoint[] = [];
  for (let i = 0; i < times.length; i++) {
    if (i + 1 < times.length && times[i + 1] === times[i]) continue;
    points.push({ at: new Date(times[i]), daysFromDeadline: (times[i] - deadline.getTime()) / DAY, completed: i + 1, share: (i + 1) / reviews.length });
  }
  const onTime = times.filter((t) => t <= deadline.getTime()).length;
  return { reviews: reviews.length, undated: reviews.length - times.length, byDeadline: wilson(onTime, reviews.length, options), points };
}

/** Cumulative share of reviews submitted over time, against the review deadline. */
export function completionCurve(reviews: TimedReview[], deadline: Date, options: WilsonOptions = {}): CompletionCurve {
  return curve(reviews, deadline, options);
}

export interface ReviewerCompletion {
  reviewer: string;
  reviews: number;
  onTime: number;
  late: number;
  undated: number;
  curve: CompletionPoint[];
}

/** The same curve per reviewer (chair-only: it says who was late). */
export function completionByReviewer(reviews: TimedReview[], deadline: Date): ReviewerTable<ReviewerCompletion> {
  const byReviewer = new Map<string, TimedReview[]>();
  for (const r of reviews) {
    const own = byReviewer.get(r.reviewer);
    if (own) own.push(r);
    else byReviewer.set(r.reviewer, [r]);
  }
  const rows = [...byReviewer].map(([reviewer, own]) => {
    const c = curve(own, deadline, {});
    const onTime = c.byDeadline.successes;
    return { reviewer, reviews: own.length, onTime, late: own.length - c.undated - onTime, undated: c.undated, curve: c.points };
  });
  rows.sort((a, b) => b.late - a.late || compareText(a.reviewer, b.reviewer));
  return reviewerTable("Review completion per reviewer", rows);
}

export interface LateReviews {
  reviews: number;
  late: number;
  undated: number;
  /** Late among reviews with a submission time. */
  share: Proportion;
  /** Days past the deadline, for late reviews. */
  daysLate: Summary;
  /** Chair-only: which review, by whom, how late. */
  list: Array<{ submission_id: string; review_id: string; reviewer: string; daysLate: number }>;
}

/** Reviews submitted after the deadline (plus an optional grace period in hours). */
export function lateReviews(reviews: TimedReview[], deadline: Date, { graceHours = 0, ...options }: WilsonOptions & { graceHours?: number } = {}): LateReviews {
  checkDeadline(deadline);
  const cutoff = deadline.getTime() + graceHours * 3_600_000;
  const dated = reviews.filter((r) => r.submitted_at !== null);
  const list = dated
    .filter((r) => r.submitted_at!.getTime() > cutoff)
    .map((r) => ({ submission_id: r.submission_id, review_id: r.review_id, reviewer: r.reviewer, daysLate: (r.submitted_at!.getTime() - deadline.getTime()) / DAY }))
    .sort((a, b) => b.daysLate - a.daysLate);
  return {
    reviews: reviews.length,
    late: list.length,
    undated: reviews.length - dated.length,
    share: wilson(list.length, dated.length, options),
    daysLate: summarize(list.map((l) => l.daysLate)),
    list,
  };
}
