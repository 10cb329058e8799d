import { describe, expect, it } from "vitest";
import { agreement, agreementByLabel, agreementTable, labelsFrom, protect, type Labels } from "../../src/lib/stats/index.ts";
import { score } from "./build.ts";

// Databases papers: reviewers agree. Compilers papers: they do not.
const obs = [
  score("1", "a", 1), score("1", "b", 1),
  score("2", "a", 3), score("2", "b", 3),
  score("3", "a", 4), score("3", "b", 4), score("3", "c", 4),
  score("4", "a", 1), score("4", "b", 4),
  score("5", "a", 4), score("5", "c", 1),
  score("6", "b", 2), score("6", "c", 2),
  score("7", "c", 3),
];
const areas: Labels = labelsFrom([
  ["2023", "1", ["Databases"]],
  ["2023", "2", ["Databases"]],
  ["2023", "3", ["Databases"]],
  ["2023", "4", ["Compilers"]],
  ["2023", "5", ["Compilers"]],
  ["2023", "6", ["Compilers", "Databases"]],
]);

describe("agreement on review scores", () => {
  it("computes ordinal alpha over papers by default, with a seeded interval", () => {
    const a = agreement(obs);
    expect(a.alpha.level).toBe("ordinal");
    expect(a.units, "paper 7 has a single review").toBe(6);
    expect(a.alpha.alpha).toBeGreaterThan(0);
    expect(a.alpha.alpha).toBeLessThan(1);
    expect(agreement(obs).interval, "deterministic").toEqual(a.interval);
  });

  it("computes alpha per area, a two-area paper counting in both", () => {
    const byArea = agreementByLabel(obs, areas, { resamples: 200 });
    const db = byArea.find((g) => g.group === "Databases")!;
    const cc = byArea.find((g) => g.group === "Compilers")!;
    expect([db.units, cc.units]).toEqual([4, 3]);
    expect(db.alpha.alpha, "all Databases papers agree").toBe(1);
    expect(cc.alpha.alpha!, "Compilers reviewers disagree").toBeLessThan(0.5);
    expect(byArea.find((g) => g.group === "(none)")!.units, "paper 7 alone: no pairable values").toBe(0);
  });

  it("keeps each group's interval when other groups come and go", () => {
    const withAll = agreementByLabel(obs, areas, { resamples: 200 }).find((g) => g.group === "Compilers")!;
    const alone = agreementByLabel(obs.filter((o) => ["4", "5", "6"].includes(o.submission_id)), areas, { resamples: 200 }).find((g) => g.group === "Compilers")!;
    expect(alone.interval).toEqual(withAll.interval);
  });

  it("publishes alpha per area only for areas with at least k papers", () => {
    const t = protect(agreementTable(agreement(obs, { resamples: 50 }), agreementByLabel(obs, areas, { resamples: 50 })), "public", { k: 4 });
    expect(t.rows.find((r) => r.label === "Databases")!.values.alpha, "4 papers").toBe(1);
    expect(t.rows.find((r) => r.label === "Compilers")!.values.alpha, "3 papers").toEqual({ suppressed: true });
  });
});
