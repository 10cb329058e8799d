/** The edition views: audiences, suppression, first editions, errors, plain JSON. */
import { beforeAll, describe, expect, it } from "vitest";
import { openArchiveReadOnly } from "../../src/lib/db/archive.ts";
import { isRetroError } from "../../src/lib/errors.ts";
import { isSuppressed } from "../../src/lib/stats/index.ts";
import { editionFacts, funnelCell, loadArchiveData, type ArchiveData } from "../../src/lib/views/index.ts";
import { goldenArchive } from "../report/golden-archive.ts";

let data: ArchiveData;

beforeAll(async () => {
  const archive = await openArchiveReadOnly(await goldenArchive());
  try {
    data = await loadArchiveData(archive.conn);
  } finally {
    archive.close();
  }
}, 60_000);

describe("editionFacts", () => {
  it("names the editions it knows when asked for another", () => {
    try {
      editionFacts(data, "1999");
      expect.unreachable("an unknown edition must fail");
    } catch (e) {
      expect(isRetroError(e)).toBe(true);
      expect((e as Error).message).toContain('"1999"');
      expect((e as { fix: string }).fix).toContain("2024, 2025");
    }
  });

  it("compares with the previous edition, and says when there is none", () => {
    const first = editionFacts(data, "2024", { resamples: 50 });
    expect(first.glance.previous).toBeNull();
    expect(first.glance.before).toBeNull();
    expect(first.glance.history.map((h) => h.edition)).toEqual(["2024"]);
    const second = editionFacts(data, "2025", { resamples: 50 });
    expect(second.glance.previous?.edition).toBe("2024");
    expect(second.glance.before?.submissions).toBe(14);
    expect(second.deployment.submittedSeries.map((p) => p.edition)).toEqual(["2024", "2025"]);
  });

  it("gives chairs everything and withholds per-reviewer numbers and calibration from the others", () => {
    const chair = editionFacts(data, "2025", { audience: "chair", k: 3, resamples: 50 });
    expect(chair.calibration.kind).toBe("calibration");
    expect(chair.reviewing.load.perReviewer.kind).toBe("reviewers");
    expect(typeof chair.reviewing.late?.lateReviewers).toBe("number");
    for (const audience of ["committee", "public"] as const) {
      const f = editionFacts(data, "2025", { audience, k: 3, resamples: 50 });
      expect(f.audience).toBe(audience);
      expect(f.calibration.kind, audience).toBe("withheld");
      expect(f.reviewing.load.perReviewer.kind, audience).toBe("withheld");
      expect(f.reviewing.late?.perReviewer.kind, audience).toBe("withheld");
      expect(JSON.stringify(f), `${audience} facts hold a reviewer pseudonym`).not.toMatch(/r-[0-9a-f]{12}/);
    }
  });

  it("never publishes a derived count that would reveal suppressed cells", () => {
    const f = editionFacts(data, "2025", { audience: "public", k: 3, resamples: 50 });
    expect(isSuppressed(funnelCell(f.funnel.table, "desk-rejected")), "1 desk rejection is a small cell").toBe(true);
    // reviewed = total - desk-rejected - withdrawn would give the hidden cells away.
    expect(isSuppressed(f.funnel.reviewed)).toBe(true);
    expect(isSuppressed(f.funnel.acceptanceOfReviewed)).toBe(true);
    expect(f.notes.suppressedCells).toBeGreaterThan(0);
    const chair = editionFacts(data, "2025", { audience: "chair", k: 3, resamples: 50 });
    expect(chair.funnel.reviewed).toBe(17);
  });

  it("keeps rejected papers' identities from the committee and every per-paper list from the public", () => {
    const committee = editionFacts(data, "2024", { audience: "committee", k: 3, resamples: 50 });
    const list = committee.scores.against?.papers;
    if (list?.kind === "papers") for (const p of list.rows) if (p.status !== "accepted") expect(p.title ?? null).toBeNull();
    const pub = editionFacts(data, "2024", { audience: "public", k: 3, resamples: 50 });
    expect(pub.scores.against?.papers.kind).toBe("withheld");
    const titles = data.submissions.filter((s) => s.status !== "accepted").map((s) => s.title);
    const json = JSON.stringify(pub);
    expect(titles.filter((t) => json.includes(t))).toEqual([]);
  });

  it("is plain JSON: dates as ISO strings, round-trips unchanged", () => {
    const f = editionFacts(data, "2025", { resamples: 50 });
    expect(f.glance.edition.reviewDeadline).toBe("2025-05-09T11:59:00.000Z");
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });
});

describe("expertise supply vs demand", () => {
  const ed = { edition: "2025", venue: "W", year: 2025, system: "easychair" as const, submission_deadline: null, review_deadline: null, notification: null };
  const sub = (id: string, topics: string[]) => ({ edition: "2025", id, title: `T${id}`, status: "rejected" as const, presentation: null, topics });
  const member = (n: number, topics: string[]) => ({ edition: "2025", member: `r-${String(n).padStart(12, "0")}`, role: "PC", affiliation: null, topics });
  const data: ArchiveData = {
    editions: [ed],
    submissions: [...Array.from({ length: 8 }, (_, i) => sub(String(i), ["Databases"])), ...Array.from({ length: 6 }, (_, i) => sub(`c${i}`, ["Compilers"]))],
    reviews: [],
    scores: [],
    classifications: [],
    committee: [member(1, ["Databases"]), member(2, ["Databases"]), ...Array.from({ length: 6 }, (_, i) => member(10 + i, ["Compilers"]))],
    sources: [],
  };

  it("compares papers per topic with the members who declared it", () => {
    const rows = editionFacts(data, "2025", { resamples: 10 }).expertise.table.rows;
    const db = rows.find((r) => r.label === "Databases")!;
    expect(db.values).toEqual({ demand: 8, members: 2, membersNeeded: 6, shortfall: 4 });
  });

  it("withholds a small member count from the public, and the shortfall that would give it back", () => {
    const f = editionFacts(data, "2025", { audience: "public", resamples: 10 });
    const db = f.expertise.table.rows.find((r) => r.label === "Databases")!;
    expect(db.values.demand).toBe(8);
    expect(isSuppressed(db.values.members)).toBe(true);
    expect(isSuppressed(db.values.shortfall)).toBe(true);
    const compilers = f.expertise.table.rows.find((r) => r.label === "Compilers")!;
    expect(compilers.values.members).toBe(6);
  });
});

describe("late reviews", () => {
  const deadline = new Date("2025-04-01T11:59:00Z");
  const data: ArchiveData = {
    editions: [{ edition: "2025", venue: "W", year: 2025, system: "hotcrp", submission_deadline: null, review_deadline: deadline, notification: null }],
    submissions: Array.from({ length: 10 }, (_, i) => ({ edition: "2025", id: String(i), title: `T${i}`, status: i < 5 ? ("accepted" as const) : ("rejected" as const), presentation: null, topics: [] })),
    reviews: Array.from({ length: 20 }, (_, i) => ({
      edition: "2025", submission_id: String(i % 10), review_id: `r${i}`, reviewer: `r-${String(i % 6).padStart(12, "0")}`, round: null, overall: 1 + (i % 4), confidence: null, words: 200,
      submitted_at: new Date(deadline.getTime() + (i < 2 ? 1 : -1) * 86_400_000),
    })),
    scores: [],
    classifications: [],
    committee: [],
    sources: [],
  };

  it("chairs see 2 late reviews of 20; the public sees neither the count nor the on-time share or curve that would give it back", () => {
    const chair = editionFacts(data, "2025", { resamples: 10 });
    expect(chair.reviewing.late?.late).toBe(2);
    expect(chair.reviewing.completion.days.length).toBeGreaterThan(0);
    const pub = editionFacts(data, "2025", { audience: "public", resamples: 10 });
    expect(isSuppressed(pub.reviewing.late?.late)).toBe(true);
    expect(isSuppressed(pub.reviewing.completion.onTime)).toBe(true);
    expect(isSuppressed(pub.reviewing.late?.share)).toBe(true);
    expect(pub.reviewing.completion.days).toEqual([]);
  });
});

describe("figures that would give suppressed funnel cells back", () => {
  it("withholds the papers in review and reviews per paper when desk rejections are suppressed", () => {
    const f = editionFacts(data, "2025", { audience: "public", k: 3, resamples: 10 });
    expect(isSuppressed(f.glance.current.reviewsPerPaper), "reviews / mean = papers in review").toBe(true);
    expect(isSuppressed(f.reviewing.perPaper.papers)).toBe(true);
    expect(isSuppressed(f.reviewing.perPaper.mean)).toBe(true);
    const chair = editionFacts(data, "2025", { k: 3, resamples: 10 });
    expect(chair.reviewing.perPaper.papers).toBe(17);
  });
});
