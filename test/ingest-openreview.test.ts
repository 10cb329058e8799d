import { beforeAll, describe, expect, it } from "vitest";
import { ingest, type IngestResult } from "../src/lib/ingest/ingest.ts";

import { RetroError } from "../src/lib/errors.ts";
import { count, dumpArchive, tempArchive, testConfig, rows } from "./helpers/archive.ts";

const F = "test/fixtures/openreview";

/** Every fixture, one edition each, in one archive (an ingest costs a few hundred ms). */
const EDITIONS = {
  "v2-2024": ["v2-venueid-status.json"],
  "str-2024": ["v2-string-scores.json"],
  "nod-2024": ["v2-no-details.json"],
  "v1-2020": ["v1-iclr2020.json"],
  "v1again-2020": ["v1-iclr2020.json"],
  "var-2020": ["v1-decision-variants.json"],
} as const;
type EditionId = keyof typeof EDITIONS;
let db: string;
const results = new Map<string, IngestResult>();

beforeAll(async () => {
  db = tempArchive();
  for (const [edition, files] of Object.entries(EDITIONS)) {
    results.set(edition, await ingest({ inputs: files.map((f) => `${F}/${f}`), edition, db, config: testConfig(), classify: false }));
  }
});

const submissions = (edition: EditionId, where = "true") => rows<Sub>(db, `SELECT * FROM submissions WHERE edition = '${edition}' AND ${where} ORDER BY id`);

type Sub = { id: string; status: string; decision: string | null; presentation: string | null };
const statuses = (subs: Sub[]) => subs.map((s) => [s.id, s.status, s.decision, s.presentation]);

describe("OpenReview API v2 notes (content wrapped in {value})", () => {
  it("takes the status from content.venueid, the presentation from the decision", async () => {
    expect(results.get("v2-2024")!.files[0]).toMatchObject({ system: "openreview", kind: "notes-v2-json" });
    expect(statuses(await submissions("v2-2024"))).toEqual([
      ["p1", "accepted", "Accept (Oral)", "oral"],
      ["p2", "accepted", "Accept (poster)", "poster"],
      ["p3", "rejected", "Reject", null],
      ["p4", "withdrawn", null, null],
      ["p5", "desk_rejected", null, null],
      ["p6", "pending", null, null],
    ]);
    const [p1] = await rows<{ keywords: string[]; topics: string[]; submitted_at: Date }>(db, "SELECT * FROM submissions WHERE edition = 'v2-2024' AND id = 'p1'");
    expect(p1.keywords).toEqual(["learned indexes", "databases"]);
    expect(p1.topics, "primary_area becomes the topic").toEqual(["infrastructure, software libraries, hardware, systems, etc."]);
    expect(p1.submitted_at.toISOString(), "cdate is epoch milliseconds").toBe("2024-04-24T23:06:41.000Z");
    const authors = await rows(db, "SELECT submission_id, name, email, affiliation, country FROM authors WHERE edition = 'v2-2024' AND submission_id IN ('p1', 'p2') ORDER BY submission_id, position");
    expect(authors, "unified {fullname, institutions} and legacy authors + authorids").toEqual([
      { submission_id: "p1", name: "Ada Testperson", email: null, affiliation: "Example University", country: "GB" },
      { submission_id: "p1", name: "Bo Sample", email: null, affiliation: null, country: null },
      { submission_id: "p2", name: "Ada Testperson", email: null, affiliation: null, country: null },
      { submission_id: "p2", name: "Bo Sample", email: "bo@example.org", affiliation: null, country: null },
    ]);
  });

  it("reads integer scores; meta-reviews and decisions are not reviews; PC-only text not counted", async () => {
    const reviews = await rows<{ review_id: string; overall: number; confidence: number; words: number; submitted_at: Date }>(db, "SELECT * FROM reviews WHERE edition = 'v2-2024' ORDER BY review_id");
    expect(reviews.map((r) => [r.review_id, r.overall, r.confidence])).toEqual([
      ["rev1AbC1", 8, 4],
      ["rev1XyZ9", 6, 3],
      ["rev2AbC1", 5, 2],
      ["rev3Mn22", 3, 4],
    ]);
    expect(reviews[0].words, "summary + strengths, not the review's title").toBe(8);
    expect(reviews[1].words, "the confidential comment to the AC is not counted").toBe(1);
    expect(reviews[0].submitted_at.toISOString()).toBe("2024-05-23T21:33:20.000Z");
  });

  it("reads string scores: the leading number, the label kept", async () => {
    const [review] = await rows<{ overall: number; confidence: number }>(db, "SELECT * FROM reviews WHERE review_id = 'rev7Pq77'");
    expect([review.overall, review.confidence]).toEqual([6, 4]);
    const scores = await rows(db, "SELECT field, value, label FROM review_scores WHERE review_id = 'rev7Pq77' ORDER BY field");
    expect(scores).toEqual([
      { field: "confidence", value: 4, label: "You are confident in your assessment, but not absolutely certain." },
      { field: "contribution", value: 2, label: "fair" },
      { field: "presentation", value: 4, label: "excellent" },
      { field: "rating", value: 6, label: "marginally above the acceptance threshold" },
      { field: "soundness", value: 3, label: "good" },
    ]);
    expect(statuses(await submissions("str-2024"))).toEqual([["p7", "accepted", "Accept (spotlight)", "spotlight"]]);
  });

  it("accepts a dump saved without details (no reviews) with a warning", async () => {
    const result = results.get("nod-2024")!;
    expect(result.status).toBe("written");
    if (result.status !== "written") return;
    expect(result.warnings.map((w) => w.message).join("\n")).toMatch(/without details.*details='directReplies'/);
    expect(statuses(await submissions("nod-2024")), "status still from venueid, presentation from venue").toEqual([
      ["p8", "accepted", null, "poster"],
      ["p9", "rejected", null, null],
    ]);
    expect(await count(db, "SELECT count(*) n FROM reviews WHERE edition = 'nod-2024'")).toBe(0);
  });
});

describe("OpenReview API v1 notes (bare values, one invitation string)", () => {
  it("ICLR 2020: Decision replies, Withdrawn/Desk_Rejected_Submission invitations, AnonReviewer signatures", async () => {
    expect(results.get("v1-2020")!.files[0]).toMatchObject({ system: "openreview", kind: "notes-v1-json" });
    expect(statuses(await submissions("v1-2020"))).toEqual([
      ["f11", "accepted", "Accept (Talk)", "oral"],
      ["f12", "rejected", "Reject", null],
      ["f13", "withdrawn", null, null],
      ["f14", "desk_rejected", null, null],
    ]);
    const reviews = await rows<{ review_id: string; overall: number; confidence: number }>(db, "SELECT * FROM reviews WHERE edition = 'v1-2020' ORDER BY review_id");
    expect(reviews.map((r) => [r.review_id, r.overall, r.confidence])).toEqual([
      ["r11_1", 8, 4],
      ["r11_2", 6, 3],
      ["r12_1", 1, 5],
      ["r12_3", 3, 2],
      ["r13_1", 3, 3],
    ]);
    expect(await count(db, "SELECT count(*) n FROM authors WHERE edition = 'v1-2020'"), 'the blind "Anonymous" placeholder is no author').toBe(0);
  });

  it("decision variants: notable-top-5%, Invite to Workshop Track, 2019 Meta_Review recommendation, 2022 recommendation score", async () => {
    expect(statuses(await submissions("var-2020"))).toEqual([
      ["f21", "accepted", "Accept: notable-top-5%", "oral"],
      ["f22", "accepted", "Accept: notable-top-25%", "spotlight"],
      ["f23", "accepted", "Invite to Workshop Track", "workshop"],
      ["f24", "accepted", "Accept (Oral)", "oral"],
      ["f25", "accepted", "Accept (Poster)", "poster"],
      ["f26", "rejected", "Reject", null],
    ]);
    const [r26] = await rows<{ overall: number }>(db, "SELECT overall FROM reviews WHERE edition = 'var-2020' AND submission_id = 'f26'");
    expect(r26.overall, "ICLR 2022's `recommendation` is the overall score").toBe(8);
  });
});

describe("OpenReview with a workshop's own configuration", () => {
  it("overrides decision labels and keeps review text only when asked", async () => {
    expect(await count(db, "SELECT count(*) n FROM review_texts"), "review text not kept by default").toBe(0);
    const kept = tempArchive();
    const config = testConfig({ privacy: { keep_review_text: true }, decisions: { "Invite to Workshop Track": { status: "rejected" } } });
    await ingest({ inputs: [`${F}/v2-string-scores.json`, `${F}/v1-decision-variants.json`], edition: "2024", db: kept, config, classify: false });
    const texts = await rows(kept, "SELECT field, text FROM review_texts WHERE review_id = 'rev7Pq77' ORDER BY field");
    expect(texts, "a numbered question is text, not a score; code_of_conduct is neither").toEqual([
      { field: "questions", text: "1. Why not more baselines?" },
      { field: "summary", text: "Strong systems paper with a clear model." },
    ]);
    const f23 = await rows<Sub>(kept, "SELECT * FROM submissions WHERE id = 'f23'");
    expect(statuses(f23), "the configured label wins over the default").toEqual([["f23", "rejected", "Invite to Workshop Track", null]]);
  });
});

describe("OpenReview reviewer signatures", () => {
  it("become stable pseudonyms: one per signature, the same on every ingest, never the signature itself", async () => {
    const reviews = await rows<{ edition: string; reviewer: string }>(db, "SELECT edition, reviewer FROM reviews WHERE edition LIKE 'v1%' ORDER BY edition, review_id");
    const first = reviews.filter((r) => r.edition === "v1-2020").map((r) => r.reviewer);
    const again = reviews.filter((r) => r.edition === "v1again-2020").map((r) => r.reviewer);
    expect(again, "same signature, same pseudonym").toEqual(first);
    expect(new Set(first).size, "AnonReviewer1 of paper 11 and of paper 12 are different groups").toBe(5);
    expect(first.every((r) => /^r-[0-9a-f]{12}$/.test(r))).toBe(true);
    const dump = Object.values(await dumpArchive(db)).join("\n");
    expect(dump, "no signature stored").not.toMatch(/AnonReviewer|Reviewer_Hj5k|Reviewer_AbC1/);
  });
});

const B = `${F}/bad`;
const CASES: Array<{ name: string; file: string; message: RegExp; fix: RegExp; row: number; column?: string }> = [
  { name: "an unknown decision label", file: "unknown-decision.json", message: /Unknown decision label "Maybe later"/, fix: /"decisions".*Maybe later/s, row: 2, column: "decision" },
  { name: "a note without a title", file: "note-without-title.json", message: /p34 has no title/, fix: /program chairs/, row: 2, column: "content.title" },
  { name: "a submission twice", file: "duplicate-note.json", message: /p35 appears twice/, fix: /once/, row: 2, column: "id" },
  { name: "a date that is not epoch milliseconds", file: "date-not-epoch-ms.json", message: /"cdate" holds "yesterday"/, fix: /epoch milliseconds/, row: 1, column: "cdate" },
  { name: "a truncated dump", file: "truncated.json", message: /JSON cannot be parsed/, fix: /truncated|Download the export again/, row: 27 },
];

describe("OpenReview bad input: file, note, field and fix named; the archive unchanged", () => {
  let before: Record<string, string>;
  beforeAll(async () => {
    before = await dumpArchive(db);
  });
  for (const c of CASES) {
    it(`rejects ${c.name}`, async () => {
      const e = await ingest({ inputs: [`${B}/${c.file}`], edition: "v2-2024", db, config: testConfig(), classify: false }).then(() => null, (x) => x);
      expect(e, "a RetroError, not a crash").toBeInstanceOf(RetroError);
      const err = e as RetroError;
      expect(err.message).toMatch(c.message);
      expect(err.fix).toMatch(c.fix);
      expect(err.location.file, "names the file").toContain(c.file);
      expect(err.location.row, "names the note").toBe(c.row);
      if (c.column) expect(err.location.column, "names the field").toBe(c.column);
      expect(await dumpArchive(db), "every table unchanged").toEqual(before);
    });
  }
});
