import { describe, expect, it } from "vitest";
import { countryLabels, funnel, funnelTable, labelsFrom, protect, triplets, type Labels } from "../../src/lib/stats/index.ts";
import { submission } from "./build.ts";

const workshop = [
  submission("1", "accepted", { presentation: "oral" }),
  submission("2", "accepted", { presentation: "poster" }),
  submission("3", "accepted", { presentation: null }),
  submission("4", "rejected"),
  submission("5", "rejected"),
  submission("6", "desk_rejected"),
  submission("7", "withdrawn"),
  submission("8", "pending"),
];

describe("funnel", () => {
  const f = funnel(workshop);

  it("counts each stage from submission to decision", () => {
    expect(f).toMatchObject({ submitted: 8, deskRejected: 1, withdrawn: 1, reviewed: 6, rejected: 2, accepted: 3, pending: 1 });
  });

  it("computes acceptance over decided submissions, and over reviewed ones", () => {
    expect(f.acceptance.rate, "3 of 7 decided (pending has no outcome)").toBeCloseTo(3 / 7, 12);
    expect(f.acceptanceOfReviewed.rate, "3 of 5 reviewed and decided").toBeCloseTo(3 / 5, 12);
    expect(f.acceptance.interval!.low).toBeGreaterThan(0.1);
  });

  it("splits the accepted papers by presentation, unspecified included", () => {
    expect(f.byPresentation.map((p) => [p.presentation, p.accepted, p.shareOfAccepted])).toEqual([
      ["oral", 1, 1 / 3],
      ["poster", 1, 1 / 3],
      ["unspecified", 1, 1 / 3],
    ]);
  });

  it("is empty, not NaN, without submissions", () => {
    const empty = funnel([]);
    expect(empty.submitted).toBe(0);
    expect(empty.acceptance.rate).toBeNull();
  });

  it("becomes a table that partitions the submissions, and protecting it hides the small stages", () => {
    const t = funnelTable(f);
    expect(t.total, "total = submitted").toBe(8);
    expect(t.rows).toEqual(["accepted (oral)", "accepted (poster)", "accepted (unspecified)", "rejected", "desk-rejected", "withdrawn", "pending"]);
    const pub = protect(t, "public");
    expect(pub.total, "8 submissions: still published").toBe(8);
    expect(pub.cells.flat().every((c) => typeof c !== "number" || c === 0), "every stage of this tiny workshop has < 5 papers").toBe(true);
  });
});

describe("triplets", () => {
  const labels: Labels = labelsFrom([
    ["2023", "1", ["Databases"]],
    ["2023", "2", ["Databases", "Compilers"]],
    ["2023", "4", ["Compilers"]],
    ["2023", "6", ["Databases"]],
    ["2023", "8", ["Compilers"]],
  ]);
  const t = triplets(workshop, labels);
  const row = (g: string) => t.rows.find((r) => r.group === g)!;

  it("counts a paper with n areas as 1/n in each, so shares add up to 1", () => {
    expect(t.submissions, "pending left out").toBe(7);
    expect(row("Databases")).toMatchObject({ submissions: 2.5, accepted: 1.5, papers: 3, acceptedPapers: 2 });
    expect(row("Compilers")).toMatchObject({ submissions: 1.5, accepted: 0.5, papers: 2 });
    expect(row("(none)"), "papers 3, 5 and 7").toMatchObject({ submissions: 3, accepted: 1 });
    expect(t.rows.reduce((a, r) => a + r.shareOfSubmissions!, 0)).toBeCloseTo(1, 12);
    expect(t.rows.reduce((a, r) => a + r.shareOfAccepted!, 0)).toBeCloseTo(1, 12);
  });

  it("gives the triplet: share of submissions, acceptance with interval, share of accepted", () => {
    const db = row("Databases");
    expect(db.shareOfSubmissions).toBeCloseTo(2.5 / 7, 12);
    expect(db.acceptance.rate).toBeCloseTo(1.5 / 2.5, 12);
    expect(db.acceptance.interval!.low).toBeLessThan(0.6);
    expect(db.shareOfAccepted).toBeCloseTo(1.5 / 3, 12);
  });

  it("can count only the papers that went to review", () => {
    const reviewed = triplets(workshop, labels, { population: "reviewed" });
    expect(reviewed.submissions, "desk-rejected and withdrawn out").toBe(5);
    expect(reviewed.rows.find((r) => r.group === "Databases")!.submissions).toBe(1.5);
  });

  it("counts countries of authors fractionally, by distinct country", () => {
    const countries = countryLabels([
      { edition: "2023", submission_id: "1", country: "US" },
      { edition: "2023", submission_id: "1", country: "US" },
      { edition: "2023", submission_id: "1", country: "DE" },
      { edition: "2023", submission_id: "2", country: null },
    ]);
    expect(countries.get("2023", "1"), "two US authors still make one country").toEqual(["US", "DE"]);
    const byCountry = triplets([submission("1", "accepted"), submission("2", "rejected")], countries, { unlabelled: "unknown" });
    expect(byCountry.rows.map((r) => [r.group, r.submissions])).toEqual([["unknown", 1], ["DE", 0.5], ["US", 0.5]]);
  });
});
