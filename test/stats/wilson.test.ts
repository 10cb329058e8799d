import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalQuantile, wilson } from "../../src/lib/stats/index.ts";

describe("normalQuantile", () => {
  it("matches reference quantiles of the standard normal", () => {
    // Python statistics.NormalDist().inv_cdf
    expect(normalQuantile(0.975), "z for 95%").toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.9), "z for 80% two-sided").toBeCloseTo(1.2815515655446008, 14);
    expect(normalQuantile(0.5), "median").toBe(0);
    expect(normalQuantile(1e-10), "far tail").toBeCloseTo(-6.361340902404056, 12);
    expect(normalQuantile(0.025), "symmetric").toBeCloseTo(-normalQuantile(0.975), 14);
  });

  it("refuses probabilities outside (0, 1)", () => {
    expect(() => normalQuantile(0)).toThrow(/0 < p < 1/);
    expect(() => normalQuantile(1)).toThrow(/0 < p < 1/);
  });
});

describe("wilson", () => {
  it("gives the textbook Wilson intervals", () => {
    // Hand computation: centre (p + z²/2n)/(1 + z²/n), half z/(1 + z²/n)·sqrt(p(1-p)/n + z²/4n²)
    const half = wilson(5, 10).interval!;
    expect(half.low, "5/10 low").toBeCloseTo(0.236593, 6);
    expect(half.high, "5/10 high").toBeCloseTo(0.763407, 6);
    expect(wilson(0, 10).interval, "0/10 starts at exactly 0").toEqual({ low: 0, high: expect.closeTo(0.277533, 6), confidence: 0.95 });
    expect(wilson(10, 10).interval, "10/10 ends at exactly 1").toEqual({ low: expect.closeTo(0.722467, 6), high: 1, confidence: 0.95 });
  });

  it("reproduces ICLR 2020's acceptance rate 687/2,594 with its interval", () => {
    const p = wilson(687, 2594);
    expect(p.rate, "rate").toBeCloseTo(0.264842, 6);
    // Independent computation in Python (statistics.NormalDist for z)
    expect(p.interval!.low, "low").toBeCloseTo(0.24821831211897497, 12);
    expect(p.interval!.high, "high").toBeCloseTo(0.2821610357593877, 12);
  });

  it("widens with the confidence level", () => {
    const at90 = wilson(7, 20, { confidence: 0.9 }).interval!;
    const at99 = wilson(7, 20, { confidence: 0.99 }).interval!;
    expect(at99.low, "99% is wider below").toBeLessThan(at90.low);
    expect(at99.high, "99% is wider above").toBeGreaterThan(at90.high);
    expect(at90.confidence).toBe(0.9);
  });

  it("has no rate and no interval for n = 0 (null, not NaN)", () => {
    expect(wilson(0, 0)).toEqual({ successes: 0, n: 0, rate: null, interval: null });
  });

  it("accepts fractional counts from 1/n counting", () => {
    const p = wilson(1.5, 2.5);
    expect(p.rate).toBeCloseTo(0.6, 12);
    expect(p.interval!.low).toBeGreaterThan(0);
  });

  it("refuses impossible inputs with a message that says what is wrong", () => {
    expect(() => wilson(3, 2)).toThrow(/between 0 and n = 2/);
    expect(() => wilson(1, -1)).toThrow(/n must be/);
    expect(() => wilson(1, 2, { confidence: 95 })).toThrow(/e\.g\. 0\.95/);
  });

  it("always contains the observed rate and stays within [0, 1]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (n, share, confidence) => {
        const k = Math.round(share * n);
        const { rate, interval } = wilson(k, n, { confidence });
        return interval !== null && rate !== null && interval.low >= 0 && interval.high <= 1 && interval.low <= rate && rate <= interval.high;
      }),
    );
  });
});
