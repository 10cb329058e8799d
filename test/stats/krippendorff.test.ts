import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALPHA_LEVELS, bootstrapAlpha, krippendorffAlpha, reliabilityData, reliabilityFromMatrix, type AlphaLevel } from "../../src/lib/stats/index.ts";

/** Wikipedia, "Krippendorff's alpha": 3 coders x 15 units, "*" = missing. */
const WIKIPEDIA = [
  [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
  [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
  [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
];

/**
 * Alpha straight from its definition, without a coincidence matrix: D_o averages δ² over
 * the ordered pairs within each unit (weight 1/(m_u - 1)), D_e over all ordered pairs of
 * pairable values. The ordinal δ uses the value frequencies n_g.
 */
function pairwiseAlpha(units: number[][], level: AlphaLevel): number {
  const pairable = units.filter((u) => u.length >= 2);
  const all = pairable.flat();
  const n = all.length;
  const freq = (g: number) => all.filter((v) => v === g).length;
  const delta = (a: number, b: number) => {
    if (a === b) return 0;
    if (level === "nominal") return 1;
    if (level === "interval") return (a - b) ** 2;
    if (level === "ratio") return ((a - b) / (a + b)) ** 2;
    const between = [...new Set(all)].filter((g) => g >= Math.min(a, b) && g <= Math.max(a, b));
    return (between.reduce((s, g) => s + freq(g), 0) - (freq(a) + freq(b)) / 2) ** 2;
  };
  let observed = 0;
  for (const u of pairable) {
    let sum = 0;
    u.forEach((a, i) => u.forEach((b, j) => i !== j && (sum += delta(a, b))));
    observed += sum / (u.length - 1);
  }
  let expected = 0;
  all.forEach((a, i) => all.forEach((b, j) => i !== j && (expected += delta(a, b))));
  return 1 - (observed / n) / (expected / (n * (n - 1)));
}

const columns = (matrix: Array<Array<number | null>>) =>
  matrix[0].map((_, u) => matrix.map((row) => row[u]).filter((v): v is number => v !== null));

describe("Krippendorff's alpha", () => {
  const data = reliabilityFromMatrix(WIKIPEDIA);

  it("reproduces Wikipedia's reference values (nominal 0.691358, interval 0.810845)", () => {
    expect(krippendorffAlpha(data, { level: "nominal" }).alpha).toBeCloseTo(0.691358, 6);
    expect(krippendorffAlpha(data, { level: "interval" }).alpha).toBeCloseTo(0.810845, 6);
  });

  it("agrees with the pairwise definition at every level on Wikipedia's example", () => {
    const units = columns(WIKIPEDIA);
    for (const level of ALPHA_LEVELS) {
      expect(krippendorffAlpha(data, { level }).alpha, level).toBeCloseTo(pairwiseAlpha(units, level), 12);
    }
    // Values from that independent route (and from a separate Python script): pinned so a shared bug shows up.
    expect(krippendorffAlpha(data, { level: "ordinal" }).alpha, "ordinal").toBeCloseTo(0.8067214199413152, 12);
    expect(krippendorffAlpha(data, { level: "ratio" }).alpha, "ratio").toBeCloseTo(0.8089436707842471, 12);
  });

  it("ignores units with fewer than two ratings, as the definition says", () => {
    expect(data.units.length, "units 1, 2 and 14 of the example drop out").toBe(12);
    const withLonelyUnits = reliabilityData([
      ...WIKIPEDIA.flatMap((row) => row.map((value, u) => ({ unit: `u${u}`, value }))),
      { unit: "lonely", value: 9 },
    ]);
    expect(krippendorffAlpha(withLonelyUnits, { level: "interval" }).alpha).toBeCloseTo(0.810845, 6);
    expect(withLonelyUnits.values, "a lonely value is no pairable value").not.toContain(9);
  });

  it("works out a small case by hand: (1,1), (2,2), (1,2) gives nominal 4/9", () => {
    // D_o = 2/6 (one disagreeing unit, 2 ordered pairs), D_e = 18/30 → α = 1 - (1/3)/(3/5) = 4/9
    const small = reliabilityFromMatrix([[1, 2, 1], [1, 2, 2]]);
    expect(krippendorffAlpha(small, { level: "nominal" }).alpha).toBeCloseTo(4 / 9, 12);
  });

  it("is 1 for perfect agreement and null without pairable values", () => {
    expect(krippendorffAlpha(reliabilityFromMatrix([[1, 2, 3], [1, 2, 3]])).alpha).toBe(1);
    expect(krippendorffAlpha(reliabilityFromMatrix([[1, 1], [1, 1]])).alpha, "no variation at all").toBe(1);
    expect(krippendorffAlpha(reliabilityFromMatrix([[1, null], [null, 2]])).alpha, "no unit rated twice").toBeNull();
  });

  it("refuses negative values at the ratio level", () => {
    expect(() => krippendorffAlpha(reliabilityFromMatrix([[-1, 2], [1, 2]]), { level: "ratio" })).toThrow(/ratio alpha needs values >= 0/);
  });

  it("is 1 whenever all coders give identical ratings", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 2, max: 5 }), fc.constantFrom(...ALPHA_LEVELS), (truth, coders, level) => {
        const matrix = Array.from({ length: coders }, () => truth);
        return krippendorffAlpha(reliabilityFromMatrix(matrix), { level }).alpha === 1;
      }),
    );
  });

  it("matches the pairwise definition on random data with missing ratings", () => {
    const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 3 });
    fc.assert(
      fc.property(fc.array(fc.array(rating, { minLength: 8, maxLength: 8 }), { minLength: 2, maxLength: 4 }), fc.constantFrom(...ALPHA_LEVELS), (matrix, level) => {
        const units = columns(matrix);
        const data = reliabilityFromMatrix(matrix);
        const alpha = krippendorffAlpha(data, { level }).alpha;
        if (new Set(units.filter((u) => u.length >= 2).flat()).size < 2) return true;
        return alpha !== null && Math.abs(alpha - pairwiseAlpha(units, level)) < 1e-9;
      }),
      { numRuns: 200 },
    );
  });
});

describe("bootstrapAlpha", () => {
  const data = reliabilityFromMatrix(WIKIPEDIA);

  it("is deterministic for a seed and changes with it", () => {
    const a = bootstrapAlpha(data, "interval", { seed: 7 });
    expect(bootstrapAlpha(data, "interval", { seed: 7 }), "same seed, same interval").toEqual(a);
    expect(bootstrapAlpha(data, "interval", { seed: 8 })!.low, "another seed, another interval").not.toBe(a!.low);
  });

  it("brackets the point estimate with a sensible width on the Wikipedia example", () => {
    const ci = bootstrapAlpha(data, "interval", { resamples: 2000 })!;
    expect(ci.low).toBeLessThan(0.810845);
    expect(ci.high).toBeGreaterThanOrEqual(0.810845);
    expect(ci.high, "alpha cannot exceed 1").toBeLessThanOrEqual(1);
    expect(ci.se!, "12 units: wide").toBeGreaterThan(0.05);
    expect(ci.defined).toBe(2000);
  });

  it("narrows as units are added", () => {
    const more = reliabilityFromMatrix(WIKIPEDIA.map((row) => [...row, ...row, ...row, ...row]));
    const narrow = bootstrapAlpha(more, "nominal")!;
    const wide = bootstrapAlpha(data, "nominal")!;
    expect(narrow.high - narrow.low).toBeLessThan(wide.high - wide.low);
  });

  it("has no interval without pairable units and refuses a bad resample count", () => {
    expect(bootstrapAlpha(reliabilityFromMatrix([[1], [null]]), "nominal")).toBeNull();
    expect(() => bootstrapAlpha(data, "nominal", { resamples: 0 })).toThrow(/resamples/);
  });
});
