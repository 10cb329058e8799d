import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countTable,
  isSuppressed,
  labelsFrom,
  measureTable,
  paperList,
  protect,
  reviewerTable,
  tripletTable,
  triplets,
  tripletsFromTable,
  type Cell,
  type CountTable,
} from "../../src/lib/stats/index.ts";
import { submission } from "./build.ts";

/** The published table with its totals as one grid: last column row totals, last row column totals. */
function published(t: CountTable): Cell[][] {
  return [...t.cells.map((row, r) => [...row, t.rowTotals[r]]), [...t.columnTotals, t.total]];
}

function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let rank = 0;
  for (let col = 0; col < (m[0]?.length ?? 0) && rank < m.length; col++) {
    const pivot = m.findIndex((row, i) => i >= rank && Math.abs(row[col]) > 1e-9);
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot], m[rank]];
    for (let i = 0; i < m.length; i++) {
      if (i === rank) continue;
      const f = m[i][col] / m[rank][col];
      for (let j = col; j < m[i].length; j++) m[i][j] -= f * m[rank][j];
    }
    rank++;
  }
  return rank;
}

/**
 * The differencing attack: every published row and column must add up to its total. A
 * suppressed cell is recomputable when its unit vector lies in the span of those equations
 * restricted to the unknowns (then some combination of published numbers gives it).
 */
function recomputable(t: CountTable): Array<[number, number]> {
  const grid = published(t);
  const unknowns: Array<[number, number]> = [];
  grid.forEach((row, r) => row.forEach((cell, c) => isSuppressed(cell) && unknowns.push([r, c])));
  const R = grid.length - 1;
  const C = grid[0].length - 1;
  const sign = (r: number, c: number, lineIsRow: boolean) => ((lineIsRow ? c === C : r === R) ? -1 : 1);
  const equations = [
    ...grid.map((_, r) => unknowns.map(([ur, uc]) => (ur === r ? sign(ur, uc, true) : 0))),
    ...grid[0].map((_, c) => unknowns.map(([ur, uc]) => (uc === c ? sign(ur, uc, false) : 0))),
  ];
  const base = rank(equations);
  return unknowns.filter((_, j) => rank([...equations, unknowns.map((_, i) => (i === j ? 1 : 0))]) === base);
}

/**
 * A brute-force attacker for small integer tables who also knows that suppressed counts are
 * at least 1: every value each suppressed interior cell can take in a table consistent with
 * everything published (up to two of them: enough to show it is not recomputable). Rows and
 * columns are checked as they fill in, to keep it fast.
 */
function feasibleValues(t: CountTable, watched = (_r: number, _c: number) => true): Map<string, Set<number>> {
  const grid = published(t);
  const R = grid.length - 1;
  const C = grid[0].length - 1;
  const x = grid.map((row) => row.map((cell) => (isSuppressed(cell) ? 0 : cell)));
  const hidden = (r: number, c: number) => isSuppressed(grid[r][c]);
  const unknowns: Array<[number, number]> = [];
  for (let r = 0; r < R; r++) for (let c = 0; c < C; c++) if (hidden(r, c)) unknowns.push([r, c]);
  const bound = (r: number, c: number) => Math.min(...[grid[r][C], grid[R][c], grid[R][C]].filter((v): v is number => !isSuppressed(v)), 500);
  const rowOk = (r: number) => hidden(r, C) || x[r].slice(0, C).reduce((a, b) => a + b, 0) === x[r][C];
  const sum = (cells: number[]) => cells.reduce((a, b) => a + b, 0);
  const columnsOk = () => {
    const rowTotals = x.slice(0, R).map((row) => sum(row.slice(0, C)));
    const columnTotals = x[0].slice(0, C).map((_, c) => sum(x.slice(0, R).map((row) => row[c])));
    return (
      columnTotals.every((v, c) => hidden(R, c) || v === x[R][c]) &&
      (hidden(R, C) || sum(rowTotals) === x[R][C]) &&
      [...rowTotals, ...columnTotals, sum(rowTotals)].every((v) => v >= 1 || v === 0)
    );
  };
  const seen = new Map(unknowns.map(([r, c]) => [`${r},${c}`, new Set<number>()]));
  let settled = false;
  const search = (i: number) => {
    if (settled) return;
    if (i === unknowns.length) {
      if (columnsOk()) unknowns.forEach(([r, c]) => seen.get(`${r},${c}`)!.add(x[r][c]));
      // Enough to know: once every cell has two possible values, stop looking.
      settled = unknowns.every(([r, c]) => !watched(r, c) || seen.get(`${r},${c}`)!.size > 1);
      return;
    }
    const [r, c] = unknowns[i];
    for (let v = 1; v <= bound(r, c); v++) {
      x[r][c] = v;
      const lastInRow = i + 1 === unknowns.length || unknowns[i + 1][0] !== r;
      if (!hidden(r, C) && sum(x[r].slice(0, C)) > x[r][C]) break;
      if (!hidden(R, c) && sum(x.slice(0, R).map((row) => row[c])) > x[R][c]) break;
      if (!lastInRow || rowOk(r)) search(i + 1);
    }
    x[r][c] = 0;
  };
  search(0);
  return seen;
}

const table = (values: number[][], rows = values.map((_, i) => `row ${i + 1}`)) =>
  countTable({ title: "t", unit: "papers", rows, columns: values[0].map((_, i) => `col ${i + 1}`), values });

describe("protect: small cells and the differencing attack", () => {
  const areaByDecision = table([[3, 20], [10, 30], [12, 40]], ["Security", "Databases", "Compilers"]);

  it("suppresses a cell of fewer than k papers and marks it instead of dropping it", () => {
    const t = protect(areaByDecision, "public");
    expect(t.audience).toBe("public");
    expect(t.rows, "no row disappears").toEqual(["Security", "Databases", "Compilers"]);
    expect(t.cells[0][0], "3 accepted Security papers").toEqual({ suppressed: true });
    expect(t.cells[2], "an untouched row").toEqual([12, 40]);
    expect(JSON.stringify(t), "a suppressed cell says nothing about why").not.toMatch(/reason|primary|complementary/);
  });

  it("cannot be undone from the published table and its totals", () => {
    const t = protect(areaByDecision, "public");
    expect(recomputable(t), "linear attack").toEqual([]);
    const values = feasibleValues(t);
    expect(values.get("0,0")!.size, "the 3 could be any of several counts").toBeGreaterThan(1);
  });

  it("shows why complementary suppression is needed: hiding only the small cell leaks it", () => {
    const naive: CountTable = { ...areaByDecision, cells: [[{ suppressed: true }, 20], [10, 30], [12, 40]] };
    expect(recomputable(naive), "23 - 20 = 3").toEqual([[0, 0]]);
  });

  it("protects a one-column list even when two small counts sum to 2", () => {
    // desk-rejected 1 + withdrawn 1: hiding just those two would pin both to 1.
    const outcomes = table([[10], [20], [1], [1]], ["accepted", "rejected", "desk-rejected", "withdrawn"]);
    const t = protect(outcomes, "committee");
    expect(t.cells[2][0]).toEqual({ suppressed: true });
    expect(t.cells[3][0]).toEqual({ suppressed: true });
    expect(t.total, "the number of submissions stays published").toBe(32);
    const values = feasibleValues(t);
    for (const [cell, options] of values) expect(options.size, `cell ${cell}`).toBeGreaterThan(1);
  });

  it("also suppresses totals built from fewer than k papers", () => {
    const t = protect(table([[2, 1], [20, 30], [15, 25]]), "public");
    expect(t.rowTotals[0], "a row of 3 papers").toEqual({ suppressed: true });
    expect(recomputable(t)).toEqual([]);
  });

  it("publishes zeros and leaves tables without small cells alone", () => {
    const big = table([[0, 20], [10, 30]]);
    expect(protect(big, "public").cells).toEqual([[0, 20], [10, 30]]);
  });

  it("takes k from the options (5 by default)", () => {
    const t = table([[6, 20], [10, 30], [12, 40]]);
    expect(protect(t, "public").cells[0][0], "k = 5").toBe(6);
    expect(protect(t, "public", { k: 10 }).cells[0][0], "k = 10").toEqual({ suppressed: true });
    expect(protect(table([[1, 20], [10, 30]]), "public", { k: 1 }).cells[0][0], "k = 1 suppresses nothing").toBe(1);
    expect(() => protect(t, "public", { k: 0 })).toThrow(/k must be a whole number/);
  });

  it("never leaves a suppressed cell recomputable, whatever the table", () => {
    const tables = fc.integer({ min: 1, max: 5 }).chain((rows) =>
      fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), { minLength: 1, maxLength: 4 }).map((r) => r), { minLength: rows, maxLength: rows }),
    );
    fc.assert(
      fc.property(tables.filter((v) => v.every((r) => r.length === v[0].length)), fc.integer({ min: 2, max: 8 }), (values, k) => {
        const t = protect(table(values), "public", { k });
        const grid = published(t);
        const truth = published(table(values)) as number[][];
        const smallHidden = truth.every((row, r) => row.every((v, c) => !(v > 0 && v < k) || isSuppressed(grid[r][c])));
        return smallHidden && recomputable(t).length === 0;
      }),
      { numRuns: 300 },
    );
  });

  it("leaves every small cell with several possible values, even to an attacker who knows counts are positive", () => {
    const small = fc.integer({ min: 2, max: 3 }).chain((rows) =>
      fc.integer({ min: 1, max: 2 }).chain((cols) => fc.array(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })),
    );
    fc.assert(
      fc.property(small, (values) => {
        const t = protect(table(values), "public");
        const options = feasibleValues(t, (r, c) => values[r][c] < 5);
        return values.every((row, r) => row.every((v, c) => v >= 5 || options.get(`${r},${c}`)!.size > 1));
      }),
      { numRuns: 100 },
    );
  });

  it("applies k to whole papers in fractional (1/n) tables", () => {
    const ids = Array.from({ length: 17 }, (_, i) => String(i + 1));
    const subs = ids.map((id) => submission(id, Number(id) <= 5 ? "accepted" : "rejected"));
    // Papers 1-5 are in areas A and B (1/2 each): 2.5 accepted in each, but from 5 papers.
    const area = (id: string) => (Number(id) <= 5 ? ["A", "B"] : Number(id) <= 15 ? ["A"] : ["C"]);
    const labels = labelsFrom(subs.map((s) => ["2023", s.id, area(s.id)]));
    const counts = tripletTable(triplets(subs, labels), "by area");
    expect(counts.cells[0][0], "2.5 papers' worth").toBe(2.5);
    const t = protect(counts, "public");
    expect(t.cells[0][0], "5 papers behind it: published").toBe(2.5);
    expect(t.rowTotals[2], "area C: 2 papers").toEqual({ suppressed: true });
    expect(t.contributors, "contributor counts are chair-only").toBeUndefined();
    const published = tripletsFromTable(t);
    expect(published[2].acceptance, "its acceptance rate too").toEqual({ suppressed: true });
    expect(published[0].acceptance, "2.5 of 12.5 in area A").toMatchObject({ rate: 0.2 });
  });
});

describe("protect: audiences", () => {
  it("gives chairs everything unchanged", () => {
    const t = table([[1, 2], [3, 4]]);
    expect(protect(t, "chair")).toBe(t);
  });

  it("refuses to re-protect a table protected for another audience", () => {
    const forCommittee = protect(table([[1, 20], [10, 30]]), "committee");
    expect(protect(forCommittee, "committee"), "same audience: as is").toBe(forCommittee);
    expect(() => protect(forCommittee, "public")).toThrow(/protect the chair-level table/);
  });

  it("withholds per-reviewer statistics from committee and public", () => {
    const load = reviewerTable("Load per reviewer", [{ reviewer: "r-00000000000a", reviews: 4 }]);
    expect(protect(load, "chair")).toBe(load);
    for (const audience of ["committee", "public"] as const) {
      expect(protect(load, audience)).toEqual({ kind: "withheld", audience, title: "Load per reviewer", reason: expect.stringMatching(/chairs only/) });
    }
  });

  it("removes the identity of papers that were not accepted", () => {
    const list = paperList("Borderline", [
      { edition: "2023", submission_id: "7", status: "accepted" as const, title: "Learned caches", mean: 3.5, reviewer: "r-00000000000a" },
      { edition: "2023", submission_id: "9", status: "rejected" as const, title: "Secret idea", mean: 3.4, reviewer: "r-00000000000b" },
      { edition: "2023", submission_id: "11", status: "withdrawn" as const, title: "Withdrawn idea", mean: 2.0, reviewer: "r-00000000000c" },
    ]);
    const committee = protect(list, "committee");
    expect(committee.rows.map((r) => [r.submission_id, r.title, r.redacted])).toEqual([["7", "Learned caches", false], [null, null, true], [null, null, true]]);
    expect(committee.rows[1], "the numbers stay").toMatchObject({ mean: 3.4, status: "rejected" });
    expect(JSON.stringify(committee), "no reviewer pseudonyms").not.toMatch(/r-0000/);
    const pub = protect(list, "public");
    expect(pub.rows.map((r) => r.title), "the public sees accepted papers only").toEqual(["Learned caches"]);
  });

  it("suppresses small groups of a measure table and one more when the total is published", () => {
    const alpha = measureTable({
      title: "Agreement",
      unit: "papers",
      measures: ["alpha"],
      rows: [
        { label: "Security", n: 3, values: { alpha: 0.2 } },
        { label: "Databases", n: 12, values: { alpha: 0.5 } },
        { label: "Compilers", n: 30, values: { alpha: 0.4 } },
      ],
      total: { label: "all", n: 45, values: { alpha: 0.42 } },
    });
    const t = protect(alpha, "public");
    expect(t.rows[0], "3 papers").toEqual({ label: "Security", n: { suppressed: true }, values: { alpha: { suppressed: true } } });
    expect(t.rows.filter((r) => isSuppressed(r.n)).length, "a second group hides it from the total").toBe(2);
    expect(t.total, "the total stays").toEqual(alpha.total);
    const alone = protect({ ...alpha, total: null }, "public");
    expect(alone.rows.filter((r) => isSuppressed(r.n)).length, "without a total nothing can be subtracted").toBe(1);
  });
});
