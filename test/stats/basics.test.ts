import { describe, expect, it } from "vitest";
import { averageRanks, createRandom, hashSeed, pearson, quantileSorted, spearman, summarize, syntheticEdition } from "../../src/lib/stats/index.ts";

describe("seeded randomness", () => {
  it("gives the same numbers for the same seed, other numbers for another", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("draws uniform integers and standard normals", () => {
    const r = createRandom(1);
    const ints = Array.from({ length: 20_000 }, () => r.int(10));
    expect(Math.min(...ints)).toBe(0);
    expect(Math.max(...ints)).toBe(9);
    const normals = Array.from({ length: 20_000 }, () => r.normal());
    const s = summarize(normals);
    expect(Math.abs(s.mean!), "mean near 0").toBeLessThan(0.03);
    expect(Math.abs(s.sd! - 1), "sd near 1").toBeLessThan(0.03);
  });

  it("tallies a resample from the same stream as int()", () => {
    const groupOf = Int32Array.from([0, 1, 1, 2, 2, 2]);
    const counts = new Int32Array(3);
    createRandom(9).tally(groupOf, counts);
    const r = createRandom(9);
    const expected = [0, 0, 0];
    for (let i = 0; i < 6; i++) expected[groupOf[r.int(6)]]++;
    expect(Array.from(counts)).toEqual(expected);
  });

  it("derives per-group seeds from the name, not the order", () => {
    expect(hashSeed(1, "Databases")).toBe(hashSeed(1, "Databases"));
    expect(hashSeed(1, "Databases")).not.toBe(hashSeed(1, "Compilers"));
    expect(hashSeed(1, "Databases")).not.toBe(hashSeed(2, "Databases"));
  });
});

describe("descriptive statistics", () => {
  it("uses R's type 7 quantiles", () => {
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([], 0.5)).toBeNull();
    expect(summarize([4, 1, 3, 2])).toMatchObject({ n: 4, mean: 2.5, median: 2.5, min: 1, max: 4, q1: 1.75, q3: 3.25 });
    expect(summarize([])).toMatchObject({ n: 0, mean: null, sd: null });
  });

  it("ranks ties at their average rank", () => {
    expect(Array.from(averageRanks([10, 20, 10, 30]))).toEqual([1.5, 3, 1.5, 4]);
    expect(spearman([1, 2, 3], [10, 100, 1000])).toBeCloseTo(1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3]), "no variation: no correlation").toBeNull();
  });
});

describe("synthetic edition", () => {
  it("has exactly the requested submissions and reviews, reproducibly", () => {
    const e = syntheticEdition({ submissions: 50, reviews: 160, reviewers: 20, seed: 3 });
    expect(e.submissions).toHaveLength(50);
    expect(e.reviews).toHaveLength(160);
    expect(new Set(e.reviews.map((r) => r.reviewer)).size).toBe(20);
    expect(e.reviews.every((r) => /^r-[0-9a-f]{12}$/.test(r.reviewer)), "valid pseudonyms").toBe(true);
    expect(syntheticEdition({ submissions: 50, reviews: 160, reviewers: 20, seed: 3 }).reviews).toEqual(e.reviews);
    const sameReviewerTwice = e.reviews.some((r, i) => e.reviews.some((q, j) => j > i && q.submission_id === r.submission_id && q.reviewer === r.reviewer));
    expect(sameReviewerTwice, "no reviewer reviews a paper twice").toBe(false);
  });
});
