/**
 * Properties of the statistics: the Wilson interval holds the rate inside [0, 1]; alpha is 1
 * whenever coders agree; and suppression never lets a hidden cell be recovered from what is
 * published (checked independently of the suppression code, by linear algebra on the
 * published totals), nor publishes a cell smaller than k.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wilson } from "../../src/lib/stats/wilson.ts";
import { krippendorffAlpha, reliabilityFromMatrix } from "../../src/lib/stats/krippendorff.ts";
import { countTable, isSuppressed, type Cell } from "../../src/lib/stats/aggregate.ts";
import { protect } from "../../src/lib/stats/privacy.ts";
import { runs } from "./runs.ts";

describe("Wilson interval", () => {
  it("contains the observed rate, lies within [0, 1], and narrows as n grows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0.8, 0.9, 0.95, 0.99), (n, share, confidence) => {
        const successes = Math.round(share * n);
        const p = wilson(successes, n, { confidence });
        const { low, high } = p.interval!;
        expect(p.rate).toBeCloseTo(successes / n, 12);
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(p.rate! + 1e-12);
        expect(high).toBeGreaterThanOrEqual(p.rate! - 1e-12);
        const wider = wilson(successes, n, { confidence: Math.min(0.999, confidence + 0.009) }).interval!;
        expect(wider.high - wider.low).toBeGreaterThanOrEqual(high - low - 1e-12);
        const more = wilson(successes * 4, n * 4, { confidence }).interval!;
        expect(more.high - more.low).toBeLessThanOrEqual(high - low + 1e-12);
      }),
      runs(3000),
    );
  });
});

describe("Krippendorff's alpha", () => {
  const matrix = fc
    .tuple(fc.integer({ min: 2, max: 6 }), fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 2, maxLength: 40 }))
    .filter(([, units]) => new Set(units).size > 1);

  it("is exactly 1 when every coder gives every unit the same value, at every level", () => {
    fc.assert(
      fc.property(matrix, fc.constantFrom("nominal", "ordinal", "interval", "ratio" as const), ([coders, units], level) => {
        const data = reliabilityFromMatrix(Array.from({ length: coders }, () => units));
        expect(krippendorffAlpha(data, { level }).alpha).toBeCloseTo(1, 12);
      }),
      runs(1000),
    );
  });

  it("stays 1 when some ratings are missing, and is at most 1 on any ratings", () => {
    fc.assert(
      fc.property(matrix, fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }), { minLength: 2, maxLength: 12 }), { minLength: 2, maxLength: 5 }), ([coders, units], random) => {
        const holes = Array.from({ length: coders }, (_, c) => units.map((v, u) => ((c + u) % 3 === 0 && c > 0 ? null : v)));
        const alpha = krippendorffAlpha(reliabilityFromMatrix(holes)).alpha;
        if (alpha !== null) expect(alpha).toBeCloseTo(1, 12);
        const any = krippendorffAlpha(reliabilityFromMatrix(random), { level: "ordinal" }).alpha;
        if (any !== null) expect(any).toBeLessThanOrEqual(1 + 1e-12);
      }),
      runs(1000),
    );
  });
});

/** Rank of a matrix (rows of numbers) by Gaussian elimination. */
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let pivot = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i][c]) > Math.abs(m[pivot][c])) pivot = i;
    if (Math.abs(m[pivot][c]) < 1e-9) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i][c] / m[r][c];
      if (f !== 0) for (let j = c; j < cols; j++) m[i][j] -= f * m[r][j];
    }
    r++;
  }
  return r;
}

/**
 * Which hidden cells of a published table an attacker can compute exactly from the published
 * cells and totals: those whose unit vector lies in the row space of the table's sum
 * equations restricted to the hidden cells.
 */
function recoverable(cells: Cell[][], rowTotals: Cell[], columnTotals: Cell[], total: Cell): string[] {
  const grid: Cell[][] = [...cells.map((row, r) => [...row, rowTotals[r]]), [...columnTotals, total]];
  const R = grid.length;
  const C = grid[0].length;
  const hidden: Array<[number, number]> = [];
  grid.forEach((row, r) => row.forEach((cell, c) => isSuppressed(cell) && hidden.push([r, c])));
  if (hidden.length === 0) return [];
  const index = new Map(hidden.map(([r, c], i) => [`${r},${c}`, i]));
  const equations: number[][] = [];
  // Each row of the augmented table: its cells minus its total = 0; likewise each column.
  for (let r = 0; r < R; r++) {
    const eq = new Array(hidden.length).fill(0);
    for (let c = 0; c < C; c++) {
      const i = index.get(`${r},${c}`);
      if (i !== undefined) eq[i] += c === C - 1 ? -1 : 1;
    }
    equations.push(eq);
  }
  for (let c = 0; c < C; c++) {
    const eq = new Array(hidden.length).fill(0);
    for (let r = 0; r < R; r++) {
      const i = index.get(`${r},${c}`);
      if (i !== undefined) eq[i] += r === R - 1 ? -1 : 1;
    }
    equations.push(eq);
  }
  const base = rank(equations);
  return hidden
    .filter((_, i) => {
      const unit = new Array(hidden.length).fill(0);
      unit[i] = 1;
      return rank([...equations, unit]) === base;
    })
    .map(([r, c]) => `${r},${c}`);
}

describe("suppression (protect, committee and public audiences)", () => {
  const table = fc.integer({ min: 1, max: 5 }).chain((rows) =>
    fc.integer({ min: 1, max: 5 }).chain((cols) =>
      fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 40 })), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
    ),
  );

  it("the leak check itself finds the leak of naive suppression (hiding only the small cell)", () => {
    const S = { suppressed: true } as const;
    expect(recoverable([[S, 10]], [13], [3, 10], 13)).toEqual(["0,0"]);
    expect(recoverable([[S, S], [S, S]], [8, 8], [8, 8], 16)).toEqual([]);
  });

  it("never publishes a cell or total below k (other than 0), and no hidden cell can be computed from what is published", () => {
    fc.assert(
      fc.property(table, fc.constantFrom("committee", "public" as const), fc.integer({ min: 2, max: 10 }), (values, audience, k) => {
        const chair = countTable({ title: "t", unit: "papers", rows: values.map((_, i) => `r${i}`), columns: values[0].map((_, j) => `c${j}`), values });
        const shown = protect(chair, audience, { k });
        const published = [...shown.cells.flat(), ...shown.rowTotals, ...shown.columnTotals, shown.total];
        for (const cell of published) if (!isSuppressed(cell)) expect(cell === 0 || cell >= k, `published ${cell} < k = ${k}`).toBe(true);
        const leaks = recoverable(shown.cells, shown.rowTotals, shown.columnTotals, shown.total);
        // A hidden zero reveals nothing; a hidden count the attacker can compute is a leak.
        const grid = [...values.map((row, r) => [...row, chair.rowTotals[r] as number]), [...(chair.columnTotals as number[]), chair.total as number]];
        const sensitive = leaks.filter((key) => {
          const [r, c] = key.split(",").map(Number);
          return grid[r][c] > 0;
        });
        expect(sensitive, `recoverable hidden cells in ${JSON.stringify(values)} (k = ${k})`).toEqual([]);
      }),
      runs(1500),
    );
  });
});
