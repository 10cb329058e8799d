/**
 * The real ICLR 2020 ratings and decisions (test/fixtures/real/iclr2020-ratings): 2,594
 * submissions, 7,775 ratings on the 1/3/6/8 scale. Reference values were computed
 * independently (a Python script over the same CSV, and the routes written out below).
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { Review, Submission } from "../../src/lib/model/records.ts";
import * as stats from "../../src/lib/stats/index.ts";

interface Row {
  paper_id: string;
  ratings: string;
  avg_rating: string;
  decision: string;
  withdrawn_or_desk_rejected: string;
}

const rows: Row[] = parse(readFileSync(new URL("../fixtures/real/iclr2020-ratings/ratings_decisions.csv", import.meta.url)), { columns: true });
const PRESENTATION: Record<string, string> = { "Accept (Talk)": "oral", "Accept (Spotlight)": "spotlight", "Accept (Poster)": "poster" };

function status(row: Row): Submission["status"] {
  if (row.decision.startsWith("Accept")) return "accepted";
  if (row.withdrawn_or_desk_rejected === "1") return row.decision === "Reject" ? "desk_rejected" : "withdrawn";
  return "rejected";
}

const submissions: Submission[] = rows.map((row) => ({
  edition: "iclr2020", id: row.paper_id, title: row.paper_id, abstract: null, keywords: [], topics: [], status: status(row),
  decision: row.decision, presentation: PRESENTATION[row.decision] ?? null, track: null, submitted_at: null, modified_at: null,
}));
const ratingsOf = (row: Row) => row.ratings.split(",").map((r) => r.trim()).filter(Boolean).map(Number);
// The CSV has no reviewer ids: reviewer "slots" stand in (alpha does not use them).
const reviews: Review[] = rows.flatMap((row) =>
  ratingsOf(row).map((overall, slot) => ({
    edition: "iclr2020", submission_id: row.paper_id, review_id: `${row.paper_id}-${slot}`, reviewer: `r-${(slot + 1).toString(16).padStart(12, "0")}`,
    round: null, overall, confidence: null, submitted_at: null, words: null,
  })),
);
const scores = stats.overallScores(reviews);

describe("ICLR 2020: acceptance", () => {
  const f = stats.funnel(submissions);

  it("accepted 687 of 2,594 submissions, with its Wilson interval", () => {
    expect(f.submitted).toBe(2594);
    expect(f.accepted).toBe(687);
    expect(f.acceptance.rate).toBeCloseTo(687 / 2594, 12);
    expect(f.acceptance.interval!.low).toBeCloseTo(0.24821831211897497, 12);
    expect(f.acceptance.interval!.high).toBeCloseTo(0.2821610357593877, 12);
  });

  it("splits the funnel and the accepted papers by presentation", () => {
    expect({ withdrawn: f.withdrawn, desk: f.deskRejected, rejected: f.rejected, reviewed: f.reviewed }).toEqual({ withdrawn: 381, desk: 2, rejected: 1524, reviewed: 2211 });
    expect(f.byPresentation.map((p) => [p.presentation, p.accepted])).toEqual([["poster", 532], ["spotlight", 107], ["oral", 48]]);
    expect(f.acceptanceOfReviewed.rate, "accepted among reviewed").toBeCloseTo(687 / 2211, 12);
  });
});

describe("ICLR 2020: scores and decisions", () => {
  const papers = stats.paperScores(scores);
  const decided = stats.decidedPapers(papers, submissions);

  it("has per-paper means equal to the CSV's own avg_rating column", () => {
    const byId = new Map(papers.map((p) => [p.submission_id, p.mean]));
    const mismatches = rows.filter((r) => ratingsOf(r).length > 0 && Math.abs(byId.get(r.paper_id)! - Number(r.avg_rating)) > 0.005 + 1e-9);
    expect(mismatches.map((r) => r.paper_id)).toEqual([]);
  });

  it("gives accepted papers a mean rating of 6.24 against 3.60 for rejected ones", () => {
    const meanOf = (s: string) => stats.mean(decided.filter((p) => p.status === s).map((p) => p.mean));
    expect(decided.length, "decided papers with ratings").toBe(2211);
    expect(meanOf("accepted"), "mean of paper means, accepted").toBeCloseTo(6.243134400776329, 10);
    expect(meanOf("rejected"), "mean of paper means, rejected").toBeCloseTo(3.5979330708661483, 10);
    const byDecision = new Map(stats.scoresByDecision(scores, submissions).map((d) => [d.group, d]));
    expect(byDecision.get("accepted")!.mean, "mean of ratings, accepted").toBeCloseTo(6.238187078109933, 10);
    expect(byDecision.get("rejected")!.n, "ratings of rejected papers").toBe(4641);
  });

  it("shows acceptance rising with the mean score", () => {
    const bins = stats.acceptanceByScore(decided, { binWidth: 1 });
    expect(bins.map((b) => [b.from, b.papers, b.accepted])).toEqual([[1, 169, 0], [2, 226, 1], [3, 356, 1], [4, 489, 22], [5, 414, 168], [6, 417, 356], [7, 140, 139]]);
  });

  it("finds the borderline band and the papers decided against their scores", () => {
    const full = stats.borderlineBand(decided)!;
    expect([full.low, full.high, full.papers.length], "trim 0: one outlier each side stretches the band").toEqual([2.3333333333333335, 7.333333333333333, 1995]);
    const trimmed = stats.borderlineBand(decided, { trim: 0.05 })!;
    expect([trimmed.low, trimmed.high]).toEqual([5, 5.666666666666667]);
    const against = stats.decidedAgainstScores(decided)!;
    expect(against.threshold).toBeCloseTo(5.666666666666667, 12);
    expect(against.papers.length).toBe(170);
    expect(against.papers.filter((p) => p.status === "accepted").length, "accepted below the line").toBe(106);
  });
});

/** Alpha from the definition with value frequencies, independent of the coincidence matrix. */
function alphaByDefinition(units: number[][], level: stats.AlphaLevel): number {
  const pairable = units.filter((u) => u.length >= 2);
  const freq = new Map<number, number>();
  for (const v of pairable.flat()) freq.set(v, (freq.get(v) ?? 0) + 1);
  const n = [...freq.values()].reduce((a, b) => a + b, 0);
  const ordered = [...freq.keys()].sort((a, b) => a - b);
  const delta = (a: number, b: number) => {
    if (a === b) return 0;
    if (level === "nominal") return 1;
    if (level === "interval") return (a - b) ** 2;
    if (level === "ratio") return ((a - b) / (a + b)) ** 2;
    const inside = ordered.filter((g) => g >= Math.min(a, b) && g <= Math.max(a, b)).reduce((s, g) => s + freq.get(g)!, 0);
    return (inside - (freq.get(a)! + freq.get(b)!) / 2) ** 2;
  };
  let observed = 0;
  for (const u of pairable) observed += u.reduce((s, a, i) => s + u.reduce((t, b, j) => t + (i === j ? 0 : delta(a, b)), 0), 0) / (u.length - 1);
  let expected = 0;
  for (const [a, na] of freq) for (const [b, nb] of freq) expected += na * nb * delta(a, b);
  return 1 - (observed / n) / (expected / (n * (n - 1)));
}

describe("ICLR 2020: reviewer agreement", () => {
  it("has 7,775 ratings on 2,561 papers rated at least twice", () => {
    const a = stats.agreement(scores, { resamples: 1 });
    expect(scores.length).toBe(7775);
    expect(a.units).toBe(2561);
    expect(a.alpha.pairable, "every rating is pairable").toBe(7775);
  });

  it("reproduces the alpha of its ratings at every level", () => {
    const reference = { nominal: 0.1957311465139081, ordinal: 0.3946026924109717, interval: 0.39371168624489006, ratio: 0.3353200351393508 };
    const units = rows.map(ratingsOf);
    for (const level of stats.ALPHA_LEVELS) {
      const alpha = stats.agreement(scores, { level, resamples: 1 }).alpha.alpha!;
      expect(alpha, `${level} vs Python`).toBeCloseTo(reference[level], 12);
      expect(alpha, `${level} vs the definition`).toBeCloseTo(alphaByDefinition(units, level), 12);
    }
  });

  it("gives a tight, reproducible bootstrap interval for the ordinal alpha", () => {
    const a = stats.agreement(scores, { seed: 2020 });
    const again = stats.agreement(scores, { seed: 2020 });
    expect(again.interval, "same seed, same interval").toEqual(a.interval);
    expect(a.interval!.low).toBeLessThan(a.alpha.alpha!);
    expect(a.interval!.high).toBeGreaterThan(a.alpha.alpha!);
    expect(a.interval!.high - a.interval!.low, "2,561 papers: about ±0.02").toBeLessThan(0.06);
  });
});
