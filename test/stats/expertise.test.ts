import { describe, expect, it } from "vitest";
import { expertiseSupplyDemand, expertiseTable, labelsFrom, protect, type Labels } from "../../src/lib/stats/index.ts";
import { pseudonym } from "./build.ts";

const papers: Labels = labelsFrom([
  ["x", "1", ["Databases"]],
  ["x", "2", ["Databases"]],
  ["x", "3", ["Databases", "Compilers"]],
  ["x", "4", ["Security"]],
]);
const committee = [
  { member: pseudonym("a"), topics: ["databases", "Compilers"] },
  { member: pseudonym("b"), topics: ["Compilers"] },
  { member: pseudonym("c"), topics: ["Operating Systems"] },
];

describe("expertise supply vs demand", () => {
  const rows = expertiseSupplyDemand(papers, committee);
  const row = (t: string) => rows.find((r) => r.topic === t)!;

  it("sets papers per topic against the members who declared it", () => {
    expect(row("Databases"), "2.5 papers, matched case-insensitively").toMatchObject({ demand: 2.5, members: 1, papersPerMember: 2.5 });
    expect(row("Compilers")).toMatchObject({ demand: 0.5, members: 2, shortfall: 0 });
    expect(row("Security")).toMatchObject({ demand: 1, members: 0, papersPerMember: null, membersNeeded: 1, shortfall: 1 });
    expect(row("Operating Systems"), "supply without demand").toMatchObject({ demand: 0, members: 1, shortfall: 0 });
  });

  it("advises whom to recruit, largest shortfall first", () => {
    // 2.5 papers x 3 reviews / 4 per member = 1.875 → 2 needed, 1 declared.
    expect(row("Databases")).toMatchObject({ membersNeeded: 2, shortfall: 1 });
    expect(rows.slice(0, 2).map((r) => r.topic)).toEqual(["Databases", "Security"]);
    expect(expertiseSupplyDemand(papers, committee, { reviewsPerPaper: 4, loadPerMember: 2 }).find((r) => r.topic === "Databases")!.membersNeeded).toBe(5);
  });

  it("does not tell the public which small group of members declared a topic", () => {
    const t = protect(expertiseTable(rows), "public");
    expect(t.rows.find((r) => r.label === "Compilers")!.n).toEqual({ suppressed: true });
    expect(t.rows.find((r) => r.label === "Security")!.n, "nobody: 0 is not a small group").toBe(0);
  });
});
