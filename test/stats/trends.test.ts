import { describe, expect, it } from "vitest";
import { deploymentShare, deploymentShareTable, protect, series, yearOverYear, type Classification, type EditionInput } from "../../src/lib/stats/index.ts";
import { review, submission } from "./build.ts";

const cls = (edition: string, id: string, kind: string, area = "Databases", second_area: string | null = null): Classification => ({
  edition, submission_id: id, area, second_area, kind, challenges: [], methods: [],
});
const inEdition = (edition: string) => <T extends { edition: string }>(r: T): T => ({ ...r, edition });

const y2022: EditionInput = {
  edition: "pacmi-2022",
  year: 2022,
  submissions: [submission("1", "accepted"), submission("2", "rejected"), submission("3", "rejected"), submission("4", "withdrawn")].map(inEdition("pacmi-2022")),
  reviews: [review("1", "a"), review("1", "b"), review("2", "a"), review("3", "c")].map(inEdition("pacmi-2022")),
  classifications: [cls("pacmi-2022", "1", "research"), cls("pacmi-2022", "2", "research", "Databases", "Compilers"), cls("pacmi-2022", "3", "deployment", "Compilers")],
};
const y2023: EditionInput = {
  edition: "pacmi-2023",
  year: 2023,
  submissions: [submission("1", "accepted"), submission("2", "accepted"), submission("3", "rejected")].map(inEdition("pacmi-2023")),
  reviews: [review("1", "a"), review("2", "d"), review("3", "d")].map(inEdition("pacmi-2023")),
  classifications: [cls("pacmi-2023", "1", "deployment"), cls("pacmi-2023", "2", "deployment"), cls("pacmi-2023", "3", "position")],
};

describe("year over year", () => {
  it("computes every edition with the same function, oldest first", () => {
    expect(series([y2023, y2022], (e) => e.submissions.length)).toEqual([
      { edition: "pacmi-2022", year: 2022, value: 4 },
      { edition: "pacmi-2023", year: 2023, value: 3 },
    ]);
  });

  it("gives submissions, acceptance, reviewer pool growth and area mix per edition", () => {
    const [first, second] = yearOverYear([y2023, y2022]);
    expect(first).toMatchObject({ edition: "pacmi-2022", submissions: 4, accepted: 1, reviewers: 3, newReviewers: 3 });
    expect(first.acceptance.rate).toBe(0.25);
    expect(first.areaShares, "paper 2 is half Databases, half Compilers; paper 4 unclassified").toEqual({ Databases: 0.375, Compilers: 0.375, "(none)": 0.25 });
    expect(first.reviewsPerPaper, "4 reviews on 3 reviewed papers").toBeCloseTo(4 / 3, 12);
    expect(second).toMatchObject({ edition: "pacmi-2023", reviewers: 2, newReviewers: 1 });
  });

  it("tracks the deployment vs research share with intervals", () => {
    const shares = deploymentShare([y2022, y2023]);
    expect(shares.map((s) => [s.edition, s.classified, s.deployment, s.research])).toEqual([["pacmi-2022", 3, 1, 2], ["pacmi-2023", 3, 2, 0]]);
    expect(shares[1].deploymentShare.rate).toBeCloseTo(2 / 3, 12);
    expect(shares[1].deploymentShare.interval!.low, "3 papers: a wide interval").toBeLessThan(0.25);
    const accepted = deploymentShare([y2022, y2023], { population: "accepted" });
    expect(accepted.map((s) => [s.classified, s.deployment])).toEqual([[1, 0], [2, 2]]);
  });

  it("hides an edition whose share gives back fewer than k papers of a kind, even with many classified", () => {
    // 40 classified: 3 deployment (a small cell: 3/40 x 40 = 3), 30 research, 7 other; and 20 / 20.
    const many = (edition: string, kinds: string[]): EditionInput => ({
      edition,
      year: Number(edition),
      submissions: kinds.map((_, i) => submission(String(i), "rejected")).map(inEdition(edition)),
      reviews: [],
      classifications: kinds.map((kind, i) => cls(edition, String(i), kind)),
    });
    const small = many("2024", [...Array(3).fill("deployment"), ...Array(30).fill("research"), ...Array(7).fill("position")]);
    const even = many("2025", [...Array(20).fill("deployment"), ...Array(20).fill("research")]);
    const chair = deploymentShareTable(deploymentShare([small, even]));
    expect(chair.rows[0].parts).toEqual([3, 30, 7]);
    const pub = protect(chair, "public");
    expect(pub.rows[0].values.deployment, "3 deployment papers").not.toBeTypeOf("number");
    expect(pub.rows[1].values.deployment).toBe(0.5);
    expect(pub.rows.every((r) => !("parts" in r)), "the parts never leave the chair level").toBe(true);
  });

  it("hides editions with fewer than k classified papers from the public", () => {
    const t = protect(deploymentShareTable(deploymentShare([y2022, y2023])), "public");
    expect(t.rows.every((r) => typeof r.n !== "number")).toBe(true);
  });
});
