import { describe, expect, it } from "vitest";
import { paperChangeList, protect, reviewChangeTable, scoreChanges, type SnapshotScore } from "../../src/lib/stats/index.ts";
import { pseudonym } from "./build.ts";

const s = (paper: string, reviewer: string, value: number, field = "overall"): SnapshotScore => ({
  submission_id: paper, review_id: `${paper}-${reviewer}`, reviewer: pseudonym(reviewer), field, value,
});

const before = [s("1", "a", 3), s("1", "b", 2), s("2", "a", 4), s("2", "c", 4), s("3", "b", 1), s("1", "a", 9, "confidence")];
const after = [s("1", "a", 4), s("1", "b", 3), s("2", "a", 3), s("2", "c", 4), s("4", "d", 5), s("1", "a", 1, "confidence")];

describe("score changes between two snapshots", () => {
  const c = scoreChanges(before, after, "overall");

  it("matches reviews by id and counts moves up and down", () => {
    expect({ compared: c.compared, up: c.up, down: c.down, added: c.added, removed: c.removed }).toEqual({ compared: 4, up: 2, down: 1, added: 1, removed: 1 });
    expect(c.changed.rate, "3 of 4 compared reviews moved").toBe(0.75);
    expect(c.meanDelta).toBe(0.25);
  });

  it("gives each paper's mean before and after", () => {
    const byPaper = new Map(c.papers.map((p) => [p.submission_id, p]));
    expect(byPaper.get("1")).toMatchObject({ meanBefore: 2.5, meanAfter: 3.5, delta: 1, up: 2, down: 0 });
    expect(byPaper.get("2")).toMatchObject({ meanBefore: 4, meanAfter: 3.5, delta: -0.5, down: 1 });
    expect(byPaper.get("3"), "its only review vanished").toMatchObject({ meanBefore: 1, meanAfter: null, delta: null, removed: 1 });
    expect(c.papers[0].submission_id, "largest change first").toBe("1");
    expect(c.papersChanged).toBe(2);
  });

  it("looks at one field only", () => {
    expect(scoreChanges(before, after, "confidence")).toMatchObject({ compared: 1, down: 1, meanDelta: -8 });
  });

  it("shares per-paper changes without rejected identities and keeps per-review changes for chairs", () => {
    const status = new Map([["1", "accepted" as const], ["2", "rejected" as const], ["3", "withdrawn" as const], ["4", "rejected" as const]]);
    const shared = protect(paperChangeList(c, "2023", status), "committee");
    expect(shared.rows.map((r) => r.submission_id)).toEqual(["1", null, null, null]);
    expect(protect(reviewChangeTable(c), "committee").kind).toBe("withheld");
    expect(() => paperChangeList(c, "2023", new Map()), "a paper without status is an error, not a silent drop").toThrow(/no status for submission "1"/);
  });
});
