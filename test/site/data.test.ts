/**
 * The dashboard's data per audience, computed as the data loaders compute it, on a small
 * archive: what a public or committee build may contain, and what only chairs see.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/lib/ingest/ingest.ts";
import { openArchiveReadOnly } from "../../src/lib/db/archive.ts";
import { isRetroError } from "../../src/lib/errors.ts";
import type { Audience } from "../../src/lib/stats/aggregate.ts";
import { parseAudience, outputFolder } from "../../src/lib/site/audience.ts";
import { loadSiteInput } from "../../src/lib/site/input.ts";
import { overviewPage } from "../../src/lib/site/overview.ts";
import { topicsPage } from "../../src/lib/site/topics.ts";
import { acceptancePage } from "../../src/lib/site/acceptance.ts";
import { reviewingPage } from "../../src/lib/site/reviewing.ts";
import { loadRebuttals, trendsPage } from "../../src/lib/site/trends.ts";
import { loadEvidence, papersPage } from "../../src/lib/site/papers.ts";
import { archivePage } from "../../src/lib/site/archive-info.ts";
import { rows, tempArchive, testConfig } from "../helpers/archive.ts";

let db: string;
const pages = new Map<Audience, Record<string, unknown>>();

async function build(audience: Audience, k = 5) {
  const archive = await openArchiveReadOnly(db);
  try {
    const input = await loadSiteInput(archive.conn, audience, k, { authors: true });
    return {
      overview: overviewPage(input),
      topics: topicsPage(input),
      acceptance: acceptancePage(input),
      reviewing: reviewingPage(input),
      trends: trendsPage(input, await loadRebuttals(archive.conn)),
      papers: papersPage(input, await loadEvidence(archive.conn)),
      archive: await archivePage(archive.conn, audience, k, testConfig()),
    };
  } finally {
    archive.close();
  }
}

beforeAll(async () => {
  db = tempArchive();
  await ingest({ inputs: ["test/fixtures/hotcrp/csv"], edition: "2022", db, config: testConfig() });
  await ingest({ inputs: ["test/fixtures/hotcrp/v3"], edition: "2024", db, config: testConfig() });
  for (const audience of ["chair", "committee", "public"] as const) pages.set(audience, await build(audience));
}, 60_000);

describe("the dashboard's data per audience", () => {
  it("public: no title of a paper that was not accepted, no reviewer pseudonym, no per-paper scores", async () => {
    const hidden = await rows<{ title: string }>(db, `SELECT title FROM submissions WHERE status <> 'accepted'`);
    const reviewers = await rows<{ reviewer: string }>(db, `SELECT DISTINCT reviewer FROM reviews`);
    expect(hidden.length, "the fixture has papers that were not accepted").toBeGreaterThan(0);
    const text = JSON.stringify(pages.get("public"));
    for (const { title } of hidden) expect(text.includes(title), `public data shows "${title}"`).toBe(false);
    for (const { reviewer } of reviewers) expect(text.includes(reviewer), `public data shows reviewer ${reviewer}`).toBe(false);
    const papers = (pages.get("public")!.papers as ReturnType<typeof papersPage>).papers;
    expect(papers.length, "accepted papers are listed").toBeGreaterThan(0);
    expect(papers.every((p) => p.status === "accepted" && p.mean == null && p.reviews == null && p.overridden == null), "accepted only, no scores (a missing field is null)").toBe(true);
  });

  it("the chair sees every paper and every title, with scores", async () => {
    const all = await rows<{ n: number }>(db, `SELECT count(*)::INTEGER AS n FROM submissions`);
    const papers = (pages.get("chair")!.papers as ReturnType<typeof papersPage>).papers;
    expect(papers.length).toBe(all[0].n);
    expect(papers.some((p) => p.status === "rejected" && typeof p.title === "string" && p.title.length > 0)).toBe(true);
    expect(papers.some((p) => p.mean !== null), "per-paper scores").toBe(true);
  });

  it("committee: papers that were not accepted keep their numbers but lose title, id and evidence", () => {
    const papers = (pages.get("committee")!.papers as ReturnType<typeof papersPage>).papers;
    const redacted = papers.filter((p) => p.status !== "accepted");
    expect(redacted.length).toBeGreaterThan(0);
    for (const p of redacted) expect({ title: p.title ?? null, id: p.submission_id ?? null, why: p.why ?? null, decision: p.decision ?? null }).toEqual({ title: null, id: null, why: null, decision: null });
    expect(papers.some((p) => p.status === "accepted" && p.title)).toBe(true);
  });

  it("reviewer leniency (per-reviewer) reaches the chair only", () => {
    const leniency = (a: Audience) => ((pages.get(a)!.reviewing as ReturnType<typeof reviewingPage>).byEdition["2024"] as { leniency: { rows: unknown[]; withheld: string | null } }).leniency;
    expect(leniency("chair").rows.length, "one row per reviewer").toBeGreaterThan(0);
    for (const a of ["committee", "public"] as const) expect(leniency(a), a).toEqual({ rows: [], withheld: "per-reviewer statistics are shown to chairs only" });
  });

  it("public counts below k are withheld, and the chair's are not", () => {
    const outcomes = (a: Audience) => (pages.get(a)!.overview as ReturnType<typeof overviewPage>).byEdition["2024"].outcomes;
    expect(outcomes("chair").every((o) => o.papers !== null && !o.suppressed)).toBe(true);
    const pub = outcomes("public");
    expect(pub.filter((o) => o.suppressed).length, "the 4-paper edition's outcomes are all under k = 5").toBeGreaterThan(0);
    expect(pub.filter((o) => o.suppressed).every((o) => o.papers === null)).toBe(true);
  });

  it("ingest warnings' text and file folders are chair-only on the Data page", () => {
    const pub = pages.get("public")!.archive as Awaited<ReturnType<typeof archivePage>>;
    const chair = pages.get("chair")!.archive as Awaited<ReturnType<typeof archivePage>>;
    expect(pub.warnings).toBeNull();
    expect(Array.isArray(chair.warnings)).toBe(true);
    expect(pub.files.every((f) => !f.file.includes("/"))).toBe(true);
    expect(chair.files.some((f) => f.file.includes("/"))).toBe(true);
  });

  it("every page has every edition and 'all' for the edition selector", () => {
    for (const key of ["overview", "topics", "acceptance", "reviewing"] as const) {
      const page = pages.get("public")![key] as { byEdition: Record<string, unknown>; editions: Array<{ edition: string }> };
      expect(Object.keys(page.byEdition).sort(), key).toEqual(["2022", "2024", "all"]);
      expect(page.editions.map((e) => e.edition), key).toEqual(["2022", "2024"]);
    }
  });
});

describe("the build's audience", () => {
  it("is public unless said otherwise, and an unknown one is an error naming the choices", () => {
    expect(parseAudience(undefined)).toBe("public");
    expect(parseAudience("chair")).toBe("chair");
    expect(outputFolder("public")).toBe("dist");
    expect(outputFolder("chair")).toBe("dist-chair");
    try {
      parseAudience("everyone", "--audience");
      expect.unreachable();
    } catch (e) {
      expect(isRetroError(e) && e.format()).toMatch(/--audience is "everyone".*chair, committee, public/s);
    }
  });
});

describe("derived headline numbers", () => {
  it("never give a withheld outcome back (papers in review, reviews per paper, the rate's denominator)", () => {
    for (const audience of ["committee", "public"] as const) {
      const overview = pages.get(audience)!.overview as ReturnType<typeof overviewPage>;
      for (const [key, e] of Object.entries(overview.byEdition)) {
        const hidden = (o: string) => e.outcomes.some((x) => x.outcome === o && x.suppressed);
        if (hidden("desk-rejected") || hidden("withdrawn")) expect({ reviewed: e.reviewed, rpp: e.reviewsPerPaper }, `${audience} ${key}`).toEqual({ reviewed: null, rpp: null });
        if (hidden("pending")) expect(e.acceptance.rate, `${audience} ${key}`).toBeNull();
      }
    }
    const chair = (pages.get("chair")!.overview as ReturnType<typeof overviewPage>).byEdition["2024"];
    expect(chair.reviewsPerPaper, "the chair sees everything").not.toBeNull();
  });
});
