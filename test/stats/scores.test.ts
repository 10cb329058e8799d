import { describe, expect, it } from "vitest";
import {
  acceptanceByScore,
  acceptanceByScoreTable,
  borderlineBand,
  confidenceVsScore,
  decidedAgainstScores,
  decidedPaperList,
  decidedPapers,
  fieldScores,
  labelsFrom,
  overallScores,
  paperScores,
  protect,
  scoreDistribution,
  scoreDistributionTable,
  scoreFields,
  scoresByField,
  scoresByDecision,
  scoresByLabel,
  type DecidedPaper,
} from "../../src/lib/stats/index.ts";
import { review, score, submission } from "./build.ts";

const observations = [score("1", "a", 4), score("1", "b", 2), score("1", "c", 3), score("2", "a", 1), score("2", "b", 1), score("3", "c", 5)];

describe("per-paper scores", () => {
  it("gives mean, standard deviation and spread, best paper first", () => {
    expect(paperScores(observations)).toEqual([
      { edition: "2023", submission_id: "3", n: 1, mean: 5, sd: null, min: 5, max: 5, spread: 0 },
      { edition: "2023", submission_id: "1", n: 3, mean: 3, sd: 1, min: 2, max: 4, spread: 2 },
      { edition: "2023", submission_id: "2", n: 2, mean: 1, sd: 0, min: 1, max: 1, spread: 0 },
    ]);
  });

  it("reads the overall score from reviews and other fields from review scores", () => {
    const reviews = [review("1", "a", { overall: 4, confidence: 2 }), review("1", "b", { overall: null })];
    expect(overallScores(reviews).map((o) => [o.reviewer, o.value, o.confidence])).toEqual([["r-00000000000a", 4, 2]]);
    const fields = [
      { edition: "2023", review_id: "1-a", field: "novelty", value: 3 },
      { edition: "2023", review_id: "1-b", field: "novelty", value: 1 },
      { edition: "2023", review_id: "1-a", field: "clarity", value: 2 },
      { edition: "2023", review_id: "9-z", field: "novelty", value: 5 },
    ];
    expect(fieldScores(reviews, fields, "novelty").map((o) => o.value), "a score without its review is not invented").toEqual([3, 1]);
    expect(scoreFields(fields)).toEqual(["novelty", "clarity"]);
    expect(scoresByField(reviews, fields).map((d) => [d.group, d.n, d.mean])).toEqual([["novelty", 2, 2], ["clarity", 1, 2], ["overall", 1, 4]]);
  });
});

describe("score distributions", () => {
  it("gives counts per score value with mean and standard deviation", () => {
    const [all] = scoreDistribution(observations);
    expect(all.histogram.map((h) => [h.value, h.count])).toEqual([[1, 2], [2, 1], [3, 1], [4, 1], [5, 1]]);
    expect(all.mean).toBeCloseTo(16 / 6, 12);
    expect(all.sd).toBeCloseTo(Math.sqrt((2 * (1 - 16 / 6) ** 2 + (2 - 16 / 6) ** 2 + (3 - 16 / 6) ** 2 + (4 - 16 / 6) ** 2 + (5 - 16 / 6) ** 2) / 5), 12);
  });

  it("splits by decision and by area, a two-area paper's reviews counting half in each", () => {
    const subs = [submission("1", "accepted"), submission("2", "rejected"), submission("3", "accepted")];
    expect(scoresByDecision(observations, subs).map((d) => [d.group, d.n, d.mean])).toEqual([["accepted", 4, 3.5], ["rejected", 2, 1]]);
    const areas = labelsFrom([["2023", "1", ["DB", "OS"]], ["2023", "2", ["DB"]]]);
    const byArea = scoresByLabel(observations, areas);
    expect(byArea.map((d) => [d.group, d.n, d.reviews])).toEqual([["DB", 3.5, 5], ["OS", 1.5, 3], ["(none)", 1, 1]]);
    const table = scoreDistributionTable(byArea, "Scores by area");
    expect(table.total, "the table's total is the number of reviews").toBe(6);
    expect(table.contributors!.cells[1], "OS: whole reviews behind each cell").toEqual([0, 1, 1, 1, 0]);
  });
});

const paper = (id: string, mean: number, status: "accepted" | "rejected"): DecidedPaper => ({
  edition: "2023", submission_id: id, n: 3, mean, sd: 0, min: mean, max: mean, spread: 0, status, title: `Paper ${id}`,
});
const decided = [
  paper("a", 4.5, "accepted"),
  paper("b", 4.0, "accepted"),
  paper("c", 3.4, "rejected"),
  paper("d", 3.2, "accepted"),
  paper("e", 3.0, "rejected"),
  paper("f", 2.0, "rejected"),
];

describe("decisions against scores", () => {
  it("keeps only papers decided on their reviews", () => {
    const subs = [submission("1", "accepted"), submission("2", "withdrawn"), submission("3", "rejected")];
    expect(decidedPapers(paperScores(observations), subs).map((p) => [p.submission_id, p.status])).toEqual([["3", "rejected"], ["1", "accepted"]]);
  });

  it("gives the acceptance probability per mean-score bin", () => {
    const bins = acceptanceByScore(decided, { binWidth: 1 });
    expect(bins.map((b) => [b.from, b.to, b.papers, b.accepted])).toEqual([[2, 3, 1, 0], [3, 4, 3, 1], [4, 5, 2, 2]]);
    expect(bins[1].acceptance.rate).toBeCloseTo(1 / 3, 12);
    expect(acceptanceByScoreTable(bins).columnTotals).toEqual([3, 3]);
    expect(acceptanceByScore([]), "no papers, no bins").toEqual([]);
    expect(() => acceptanceByScore(decided, { origin: 2.5 }), "paper f (2.0) would fall outside").toThrow(/origin 2.5 is above the lowest mean score 2/);
  });

  it("puts the borderline band between the lowest accepted and the highest rejected paper", () => {
    const band = borderlineBand(decided)!;
    expect([band.low, band.high, band.separated]).toEqual([3.2, 3.4, false]);
    expect(band.papers.map((p) => p.submission_id)).toEqual(["c", "d"]);
  });

  it("uses the gap when scores separate the decisions, and trims outliers on request", () => {
    const clean = decided.filter((p) => p.submission_id !== "d");
    const gap = borderlineBand(clean)!;
    expect([gap.low, gap.high, gap.separated], "between c (3.4, rejected) and b (4.0, accepted)").toEqual([3.4, 4.0, true]);
    expect(gap.papers.map((p) => p.submission_id)).toEqual(["b", "c"]);
    const trimmed = borderlineBand(decided, { trim: 0.25 })!;
    expect(trimmed.low, "75% quantile of rejected means 2.0, 3.0, 3.4").toBeCloseTo(3.2, 12);
    expect(trimmed.high, "25% quantile of accepted means 3.2, 4.0, 4.5").toBeCloseTo(3.6, 12);
    expect(trimmed.separated, "once the outlier d is trimmed").toBe(true);
    expect(() => borderlineBand(decided, { trim: 0.5 })).toThrow(/trim/);
  });

  it("lists papers a score-only decision with the same number of acceptances would have flipped", () => {
    const against = decidedAgainstScores(decided)!;
    expect(against.threshold, "3rd best mean, 3 accepted").toBe(3.4);
    expect(against.papers.map((p) => [p.submission_id, p.rank, p.margin])).toEqual([["d", 4, expect.closeTo(-0.2, 12)]]);
    expect(decidedAgainstScores(decided.filter((p) => p.status === "accepted")), "nothing to compare").toBeNull();
  });

  it("hides the titles of rejected papers in shared lists", () => {
    const list = protect(decidedPaperList("Borderline", borderlineBand(decided)!.papers), "committee");
    expect(list.rows.map((r) => r.title)).toEqual([null, "Paper d"]);
  });
});

describe("confidence vs score", () => {
  it("summarises scores per confidence level and how far each review is from the others", () => {
    const obs = [score("1", "a", 4, 5), score("1", "b", 2, 1), score("1", "c", 3, 5), score("2", "a", 1, 1), score("2", "b", 1, null)];
    const c = confidenceVsScore(obs);
    expect(c.levels.map((l) => [l.confidence, l.reviews, l.meanScore])).toEqual([[1, 2, 1.5], [5, 2, 3.5]]);
    // Paper 1: |4 - 2.5| = 1.5, |3 - 3| = 0 for the confident ones; |2 - 3.5| = 1.5 and |1 - 1| = 0 for the others.
    expect(c.levels.map((l) => l.meanDeviation)).toEqual([0.75, 0.75]);
    expect(c.scoreCorrelation).toBeCloseTo(0.894427, 6);
  });
});
