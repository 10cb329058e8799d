import { describe, expect, it } from "vitest";
import { ingest } from "../src/lib/ingest/ingest.ts";

import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { count, dumpArchive, tempArchive, tempDir, testConfig, rows } from "./helpers/archive.ts";

const F = "test/fixtures/hotcrp";

describe("HotCRP current (v3) paper JSON + batch reviews CSV", () => {
  it("loads submissions, statuses, authors, topics, keywords and reviews", async () => {
    const db = tempArchive();
    const r = await ingest({ inputs: [`${F}/v3`], edition: "2024", db, config: testConfig() });
    expect(r.status).toBe("written");
    const subs = await rows(db, "SELECT id, status, decision, presentation, topics, keywords FROM submissions ORDER BY id");
    expect(subs, "the draft (pid 5) is not a submission").toHaveLength(4);
    expect(subs.map((s) => [s.id, s.status, s.presentation])).toEqual([
      ["1", "accepted", "oral"],
      ["2", "rejected", null],
      ["3", "withdrawn", null],
      ["4", "pending", null],
    ]);
    expect(subs[0].topics).toEqual(["Databases", "ML for systems deployment"]);
    expect(subs[0].keywords).toEqual(["cardinality estimation", "query optimization"]);
    const authors = await rows(db, "SELECT name, affiliation, country FROM authors WHERE submission_id = '1' ORDER BY position");
    expect(authors).toEqual([
      { name: "Ada Testperson", affiliation: "Example University", country: null },
      { name: "Bo Sample", affiliation: "Contoso Cloud", country: "US" },
    ]);
    const reviews = await rows<{ review_id: string; overall: number; confidence: number; words: number; reviewer: string; submitted_at: Date }>(
      db,
      "SELECT * FROM reviews ORDER BY review_id",
    );
    expect(reviews.map((x) => [x.review_id, x.overall, x.confidence])).toEqual([
      ["1A", 4, 3],
      ["1B", 5, 4],
      ["2A", 2, 2],
      ["2B", 1, 3],
      ["4A", 3, 2],
    ]);
    expect(reviews[0].words, "summary + comments for authors, not the PC-only comment").toBe(10);
    expect(reviews[0].submitted_at.toISOString()).toBe("2024-04-13T09:20:00.000Z");
    expect(reviews[0].reviewer, "same reviewer, same pseudonym").toBe(reviews[2].reviewer);
    expect(reviews[0].reviewer).toMatch(/^r-[0-9a-f]{12}$/);
    expect(await count(db, "SELECT count(*) n FROM review_scores"), "two score fields per review").toBe(10);
    expect(await count(db, "SELECT count(*) n FROM conflicts"), "pc_conflicts kept (chair-only)").toBe(1);
  });

  it("measures review length from the text authors see: blank reviews have none, PC-only text counts zero", async () => {
    const dir = tempDir();
    copyFileSync(`${F}/v3/ws24-data.json`, join(dir, "ws24-data.json"));
    writeFileSync(
      join(dir, "ws24-reviews.csv"),
      [
        "pid,review,email,round,submitted_at,vtag,Overall merit,Reviewer expertise,Paper summary,Comments for authors,Comments for PC",
        // Whitespace only, as JavaScript's trim sees it (a no-break space, an ideographic space).
        '1,1A,a@example.org,,1713000000,1,4,3," \u00a0 ",,"\u3000"',
        "1,1B,b@example.org,,1713000000,1,4,3,,,Only the PC reads this.",
        '2,2A,a@example.org,,1713000000,1,2,2,"Two words.","- three more words",Not counted.',
        "2,2B,c@example.org,,1713000000,1,2,2,,— ,",
      ].join("\n"),
    );
    for (const keep of [false, true]) {
      const db = tempArchive();
      await ingest({ inputs: [dir], edition: "2024", db, config: testConfig({ privacy: { keep_review_text: keep } }) });
      const words = await rows<{ review_id: string; words: number | null }>(db, "SELECT review_id, words FROM reviews ORDER BY review_id");
      expect(words, `keep_review_text: ${keep}`).toEqual([
        { review_id: "1A", words: null },
        { review_id: "1B", words: 0 },
        { review_id: "2A", words: 5 },
        { review_id: "2B", words: 0 },
      ]);
    }
  });

  it("keeps review text only when the configuration asks for it (chair-only table)", async () => {
    const db = tempArchive();
    await ingest({ inputs: [`${F}/v3`], edition: "2024", db, config: testConfig() });
    expect(await count(db, "SELECT count(*) n FROM review_texts"), "not kept by default").toBe(0);
    expect(await count(db, "SELECT count(*) n FROM reviews WHERE words > 0"), "its length still is").toBe(5);
    const kept = tempArchive();
    await ingest({ inputs: [`${F}/v3`], edition: "2024", db: kept, config: testConfig({ privacy: { keep_review_text: true } }) });
    const texts = await rows(kept, "SELECT field, text, pc_only FROM review_texts WHERE review_id = '1A' ORDER BY field");
    expect(texts).toEqual([
      { field: "Comments for PC", text: "Champion it.", pc_only: true },
      { field: "Comments for authors", text: "Nice lessons section.", pc_only: false },
      { field: "Paper summary", text: "A solid deployment paper.\nIt reads well.", pc_only: false },
    ]);
  });

  it("keeps reviewer names and e-mails out of every table but identities", async () => {
    const db = tempArchive();
    await ingest({ inputs: [`${F}/v3`, `${F}/../hotcrp/v3`], edition: "2024", db, config: testConfig() });
    const dump = await dumpArchive(db);
    for (const [table, text] of Object.entries(dump)) {
      if (table === "identities") {
        expect(text).toContain("rev1@example.org");
        continue;
      }
      expect(text, `${table} holds no reviewer e-mail`).not.toMatch(/rev\d@example\.org/);
    }
  });
});

describe("HotCRP v2 paper JSON + web reviews CSV with letter scores", () => {
  it("reads first/last, topic objects, options keywords and HotCRP letters (A best)", async () => {
    const db = tempArchive();
    const r = await ingest({ inputs: [`${F}/v2`], edition: "2023", db, config: testConfig() });
    expect(r.status === "written" && r.warnings.some((w) => /letter scale/.test(w.message)), "letter scales are reported").toBe(true);
    const subs = await rows(db, "SELECT id, status, decision, topics, keywords FROM submissions ORDER BY id");
    expect(subs).toEqual([
      { id: "7", status: "accepted", decision: "Accepted", topics: ["Operating Systems", "Data Centers"], keywords: ["prefetching", "storage"] },
      { id: "8", status: "rejected", decision: "Rejected", topics: ["Software Systems"], keywords: [] },
    ]);
    const reviews = await rows(db, "SELECT review_id, overall, confidence FROM reviews ORDER BY review_id");
    // Overall merit letters seen A, B, D: D is worst (1), so A = 4, B = 3. Expertise X..Z: X best = 3.
    expect(reviews).toEqual([
      { review_id: "7A", overall: 3, confidence: 3 },
      { review_id: "7B", overall: 4, confidence: 2 },
      { review_id: "8A", overall: 1, confidence: 1 },
    ]);
    const labels = await rows(db, "SELECT label FROM review_scores WHERE review_id = '7A' ORDER BY field");
    expect(labels.map((l) => l.label), "the exported symbol is kept as the label").toEqual(["B", "X"]);
  });

  it("uses a configured letter scale when the worst option was never used", async () => {
    const db = tempArchive();
    await ingest({ inputs: [`${F}/v2`], edition: "2023", db, config: testConfig({ scores: { letter_scales: { "Overall merit": "A-E" } } }) });
    const reviews = await rows(db, "SELECT review_id, overall FROM reviews ORDER BY review_id");
    expect(reviews.map((r) => r.overall)).toEqual([4, 5, 2]);
  });
});

describe("HotCRP web CSVs (submissions, authors, scores) with BOM and CRLF", () => {
  it("accepts a BOM and CRLF line ends, parses grouped authors and takes decisions from the scores CSV", async () => {
    const db = tempArchive();
    await ingest({ inputs: [`${F}/csv`], edition: "2022", db, config: testConfig() });
    const subs = await rows(db, "SELECT id, title, abstract, status, topics, submitted_at FROM submissions ORDER BY id");
    expect(subs.map((s) => [s.id, s.status])).toEqual([
      ["11", "accepted"],
      ["12", "pending"],
      ["13", "withdrawn"],
    ]);
    expect(subs[0].title).toBe("Learned Index Structures, Revisited");
    expect(subs[0].abstract, "CRLF inside quoted values becomes LF").toBe("A learned index\nin production.");
    expect(subs[0].topics).toEqual(["Databases", "Data Centers"]);
    expect((subs[0].submitted_at as Date).toISOString()).toBe("2022-03-01T15:00:00.000Z");
    const authors = await rows(db, "SELECT name, country, is_contact FROM authors WHERE submission_id = '11' ORDER BY position");
    expect(authors, "the authors CSV wins over the initialised names; non-author contacts dropped").toEqual([
      { name: "Ann Lee", country: "DE", is_contact: true },
      { name: "Bo Chen", country: "DE", is_contact: false },
      { name: "Cy Diaz", country: "US", is_contact: false },
    ]);
    expect(await count(db, "SELECT count(*) n FROM reviews WHERE overall IS NOT NULL")).toBe(3);
  });
});

describe("HotCRP's own test/db.json (real fixture)", () => {
  it("loads its 30 papers with authors and PC conflicts", async () => {
    const db = tempArchive();
    const r = await ingest({ inputs: ["test/fixtures/real/hotcrp-testdb/db.json"], edition: "1996", db, config: testConfig() });
    expect(r.files[0]).toMatchObject({ system: "hotcrp", kind: "paper-json" });
    expect(await count(db, "SELECT count(*) n FROM submissions")).toBe(30);
    expect(await count(db, "SELECT count(*) n FROM submissions WHERE status = 'pending'"), "no decisions in this fixture").toBe(30);
    expect(await count(db, "SELECT count(DISTINCT submission_id) n FROM authors")).toBe(30);
    expect(await count(db, "SELECT count(*) n FROM authors WHERE submission_id = '1'")).toBe(4);
    expect(await count(db, "SELECT count(*) n FROM conflicts")).toBeGreaterThan(0);
    expect(await count(db, "SELECT count(*) n FROM committee"), "PC contacts become the committee").toBeGreaterThan(10);
    const [first] = await rows(db, "SELECT title FROM submissions WHERE id = '1'");
    expect(first.title).toBe("Scalable Timers for Soft State Protocols");
  });
});
