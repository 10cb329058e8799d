import { describe, expect, it } from "vitest";
import {
  borderlineBand,
  calibrate,
  decidedPapers,
  overallScores,
  paperScores,
  pearson,
  protect,
  leniencyTable,
  syntheticEdition,
  whatIfCalibrated,
  whatIfCalibratedList,
} from "../../src/lib/stats/index.ts";
import { pseudonym, score, submission } from "./build.ts";

describe("reviewer calibration", () => {
  it("recovers known reviewer biases from synthetic reviews (6 reviews per reviewer)", () => {
    // 1-10 scale, paper quality sd 1.5, reviewer leniency sd 1, noise sd 0.5, integer scores.
    const e = syntheticEdition({ submissions: 200, reviews: 600, reviewers: 100, seed: 11, biasSd: 1, noiseSd: 0.5 });
    const c = calibrate(overallScores(e.reviews));
    expect(Math.min(...c.reviewers.map((r) => r.reviews)), "every reviewer wrote 6 reviews").toBe(6);
    const truth = c.reviewers.map((r) => e.truth.bias.get(r.reviewer)!);
    expect(pearson(c.reviewers.map((r) => r.leniency), truth), "leniency vs true bias").toBeGreaterThan(0.9);
    expect(c.converged).toBe(true);
    const quality = c.papers.map((p) => e.truth.quality.get(p.submission_id)!);
    const calibratedFit = pearson(c.papers.map((p) => p.calibrated), quality)!;
    expect(calibratedFit, "calibrated scores track quality better than raw means").toBeGreaterThan(pearson(c.papers.map((p) => p.rawMean), quality)!);
  });

  it("recovers biases better with more reviews per reviewer", () => {
    const fit = (reviewers: number) => {
      const e = syntheticEdition({ submissions: 300, reviews: 900, reviewers, seed: 5 });
      const c = calibrate(overallScores(e.reviews));
      return pearson(c.reviewers.map((r) => r.leniency), c.reviewers.map((r) => e.truth.bias.get(r.reviewer)!))!;
    };
    expect(fit(75), "12 reviews each").toBeGreaterThan(fit(150));
  });

  it("finds a reviewer who scores two points lower than a colleague on the same papers", () => {
    const obs = ["1", "2", "3", "4"].flatMap((id, i) => [score(id, "h", i + 1), score(id, "a", i + 3)]);
    const c = calibrate(obs, { paperPenalty: 1e-6, reviewerPenalty: 1e-6 });
    const lenient = (name: string) => c.reviewers.find((r) => r.reviewer === pseudonym(name))!.leniency;
    expect(lenient("a") - lenient("h")).toBeCloseTo(2, 4);
    expect(c.rmse, "the model explains these scores exactly").toBeLessThan(1e-4);
    expect(c.papers.map((p) => p.submission_id), "best paper first").toEqual(["4", "3", "2", "1"]);
  });

  it("refuses penalties that leave the model unidentifiable", () => {
    expect(() => calibrate([score("1", "a", 1)], { paperPenalty: 0 })).toThrow(/not identifiable/);
  });

  it("is for chairs only", () => {
    const c = calibrate([score("1", "a", 3), score("1", "b", 4)]);
    expect(protect(leniencyTable(c), "committee").kind).toBe("withheld");
  });
});

describe("what if calibrated", () => {
  // Reviewer h scores every paper 2 points below reviewer a. Paper 5 drew h; paper 7 drew a and b.
  const quality: Record<string, number> = { "1": 6, "2": 5, "3": 3.6, "4": 3, "5": 4, "6": 2, "7": 3.2, "8": 2.5 };
  const obs = Object.entries(quality).flatMap(([id, q]) =>
    Number(id) <= 6 ? [score(id, "h", q - 2), score(id, "a", q)] : [score(id, "a", q), score(id, "b", q)],
  );
  const status = (id: string) => (["1", "2", "7"].includes(id) ? "accepted" : "rejected");
  const subs = Object.keys(quality).map((id) => submission(id, status(id)));
  const decided = decidedPapers(paperScores(obs), subs);
  const band = borderlineBand(decided)!;
  const w = whatIfCalibrated(band, calibrate(obs, { paperPenalty: 0.01, reviewerPenalty: 0.01 }));

  it("re-ranks the borderline band by calibrated score, filling the same number of slots", () => {
    expect(band.papers.map((p) => p.submission_id), "the band: paper 7 (raw 3.2, accepted) over paper 5 (raw 3, rejected)").toEqual(["7", "5"]);
    expect(w.slots).toBe(band.accepted);
    const five = w.papers.find((p) => p.submission_id === "5")!;
    const seven = w.papers.find((p) => p.submission_id === "7")!;
    expect(five.calibrated, "paper 5 is really a 4").toBeGreaterThan(seven.calibrated);
    expect(five.rawRank).toBeGreaterThan(seven.rawRank);
    expect([five.acceptedIfCalibrated, seven.acceptedIfCalibrated]).toEqual([true, false]);
    expect(w.changed, "one swap: two papers change").toBe(2);
  });

  it("shares the re-ranking without the identity of rejected papers", () => {
    const shared = protect(whatIfCalibratedList(w), "committee");
    expect(shared.rows.find((r) => r.calibratedRank === w.papers.findIndex((p) => p.submission_id === "5") + 1)).toMatchObject({ submission_id: null, title: null, redacted: true });
  });
});
