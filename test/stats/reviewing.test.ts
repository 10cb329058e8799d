import { describe, expect, it } from "vitest";
import {
  completionByReviewer,
  completionCurve,
  lateReviews,
  loadHistogramTable,
  protect,
  reviewerLoad,
  reviewerLoadTable,
  reviewLengths,
  reviewsPerPaper,
} from "../../src/lib/stats/index.ts";
import { pseudonym, review, submission } from "./build.ts";

const deadline = new Date("2023-04-14T11:59:00Z");
const at = (iso: string) => new Date(iso);

const submissions = [submission("1", "accepted"), submission("2", "rejected"), submission("3", "pending"), submission("4", "withdrawn"), submission("5", "rejected")];
const reviews = [
  review("1", "a", { words: 450, submitted_at: at("2023-04-10T10:00:00Z") }),
  review("1", "b", { words: 80, submitted_at: at("2023-04-14T11:00:00Z") }),
  review("1", "c", { words: 300, submitted_at: at("2023-04-16T11:59:00Z") }),
  review("2", "a", { words: 20, submitted_at: at("2023-04-12T09:00:00Z") }),
  review("2", "b", { words: null, submitted_at: null }),
  review("3", "a", { words: 120, submitted_at: at("2023-04-14T11:59:00Z") }),
  review("4", "c", { words: 99, submitted_at: at("2023-04-13T00:00:00Z") }),
];

describe("reviews per paper", () => {
  const r = reviewsPerPaper(submissions, reviews);

  it("counts the reviews of papers that went to review, zeros included", () => {
    expect(r.papers, "the withdrawn paper is out").toBe(4);
    expect(r.reviews).toBe(6);
    expect(r.histogram).toEqual([{ reviews: 0, papers: 1 }, { reviews: 1, papers: 1 }, { reviews: 2, papers: 1 }, { reviews: 3, papers: 1 }]);
    expect(r.withoutReviews).toBe(1);
    expect(r.summary.mean).toBe(1.5);
  });
});

describe("reviewer load", () => {
  const load = reviewerLoad(reviews);

  it("counts reviewers and the reviews each wrote", () => {
    expect(load.reviewers).toBe(3);
    expect(load.perReviewer).toEqual([
      { reviewer: pseudonym("a"), reviews: 3 },
      { reviewer: pseudonym("b"), reviews: 2 },
      { reviewer: pseudonym("c"), reviews: 2 },
    ]);
    expect(load.histogram).toEqual([{ load: 2, reviewers: 2 }, { load: 3, reviewers: 1 }]);
    expect(load.summary.max).toBe(3);
  });

  it("shares the load distribution but keeps per-reviewer loads for chairs", () => {
    expect(protect(reviewerLoadTable(load), "committee").kind).toBe("withheld");
    const shared = protect(loadHistogramTable(load), "public", { k: 2 });
    expect(shared.cells, "k = 2: the lone reviewer with 3 reviews is hidden, and so is the other row, or 3 - 2 = 1 gives it away").toEqual([[{ suppressed: true }], [{ suppressed: true }]]);
    expect(shared.total).toBe(3);
  });
});

describe("review lengths", () => {
  it("describes lengths and the share of very short reviews", () => {
    const l = reviewLengths(reviews);
    expect(l.reviews, "one review without a length").toBe(6);
    expect(l.unknown).toBe(1);
    expect(l.short.successes, "20, 80 and 99 words are under 100").toBe(3);
    expect(l.short.rate).toBe(0.5);
    expect(l.summary.median).toBe(109.5);
    expect(l.histogram).toEqual([
      { from: 0, to: 100, reviews: 3 },
      { from: 100, to: 200, reviews: 1 },
      { from: 300, to: 400, reviews: 1 },
      { from: 400, to: 500, reviews: 1 },
    ]);
  });

  it("takes the threshold and bin width from the options", () => {
    const l = reviewLengths(reviews, { shortThreshold: 50, binWidth: 250 });
    expect(l.short.successes).toBe(1);
    expect(l.histogram.map((h) => h.reviews)).toEqual([4, 2]);
  });

  it("has no share of short reviews when no length is known", () => {
    expect(reviewLengths([{ words: null }]).short.rate).toBeNull();
  });
});

describe("completion against the deadline", () => {
  it("draws the cumulative curve over all reviews, undated ones in the denominator", () => {
    const c = completionCurve(reviews, deadline);
    expect(c.reviews).toBe(7);
    expect(c.undated).toBe(1);
    expect(c.points.map((p) => p.completed)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(c.points[0].daysFromDeadline).toBeCloseTo(-(4 + 119 / 1440), 10);
    expect(c.points.at(-1)!.share).toBeCloseTo(6 / 7, 12);
    expect(c.byDeadline.successes, "a review at the deadline minute is on time").toBe(5);
  });

  it("merges reviews submitted at the same moment into one step", () => {
    const same = [review("1", "a", { submitted_at: at("2023-04-01T00:00:00Z") }), review("2", "b", { submitted_at: at("2023-04-01T00:00:00Z") })];
    expect(completionCurve(same, deadline).points).toHaveLength(1);
  });

  it("gives each reviewer's curve to chairs only", () => {
    const per = completionByReviewer(reviews, deadline);
    expect(per.rows[0]).toMatchObject({ reviewer: pseudonym("c"), reviews: 2, onTime: 1, late: 1, undated: 0 });
    expect(per.rows.find((r) => r.reviewer === pseudonym("b"))).toMatchObject({ onTime: 1, late: 0, undated: 1 });
    expect(protect(per, "public").kind).toBe("withheld");
  });

  it("lists late reviews with how late they were", () => {
    const late = lateReviews(reviews, deadline);
    expect(late.late).toBe(1);
    expect(late.list).toEqual([{ submission_id: "1", review_id: "1-c", reviewer: pseudonym("c"), daysLate: 2 }]);
    expect(late.share.rate).toBeCloseTo(1 / 6, 12);
    expect(lateReviews(reviews, deadline, { graceHours: 72 }).late, "within a 3-day grace period").toBe(0);
  });

  it("asks for a deadline rather than computing against an invalid one", () => {
    expect(() => completionCurve(reviews, new Date("not a date"))).toThrow(/review deadline/);
  });
});
