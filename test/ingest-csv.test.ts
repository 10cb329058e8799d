import { beforeAll, describe, expect, it } from "vitest";
import { ingest, type IngestResult } from "../src/lib/ingest/ingest.ts";

import { RetroError } from "../src/lib/errors.ts";
import type { System } from "../src/lib/model/records.ts";
import { count, dumpArchive, tempArchive, testConfig, rows } from "./helpers/archive.ts";

const F = "test/fixtures/csv";
const REAL = "test/fixtures/real/iclr2020-ratings/ratings_decisions.csv";

const MAPPING = {
  id: "paper_id",
  title: "title",
  abstract: "abstract",
  keywords: "keywords",
  keywords_separator: ";",
  authors: "authors",
  decision: "decision",
  ratings: "ratings",
  withdrawn: "withdrawn",
};
const config = (csv: object = MAPPING) => testConfig({ csv });

async function failure(p: Promise<unknown>): Promise<RetroError> {
  const e = await p.then(() => null, (x) => x);
  expect(e, "a RetroError, not a crash").toBeInstanceOf(RetroError);
  return e as RetroError;
}

const PRESENTATION_MAPPING = { id: "ID", title: "paper title", decision: "Decision", presentation: "Format", submitted_at: "Submitted" };
let db: string;
let listed: IngestResult;

beforeAll(async () => {
  db = tempArchive();
  listed = await ingest({ inputs: [`${F}/ratings-list.csv`], edition: "2021", db, config: config(), classify: false });
  await ingest({ inputs: [`${F}/decision-and-presentation-columns.csv`], edition: "2025", db, config: config(PRESENTATION_MAPPING), classify: false });
});

describe("generic column-mapped CSV: a list of ratings per row", () => {
  it("maps columns to submissions, one anonymous review per rating, the withdrawn flag", async () => {
    expect(listed.files[0].system, "chosen because the configured columns are all in the header").toBe("csv");
    const subs = await rows(db, "SELECT id, status, decision, presentation, keywords, abstract FROM submissions WHERE edition = '2021' ORDER BY id");
    expect(subs.map((s) => [s.id, s.status, s.presentation])).toEqual([
      ["A1", "accepted", "oral"],
      ["A2", "accepted", "poster"],
      ["A3", "rejected", null],
      ["A4", "withdrawn", null],
      ["A5", "rejected", null], // a decision wins over the withdrawn flag
      ["A6", "pending", null],
    ]);
    expect(subs[0].keywords, "split on the configured separator").toEqual(["caching", "learned systems"]);
    expect(subs[1].abstract, "an empty cell is null, not an empty string").toBeNull();
    const authors = await rows(db, "SELECT name FROM authors WHERE submission_id = 'A1' ORDER BY position");
    expect(authors.map((a) => a.name)).toEqual(["Ada Testperson", "Bo Sample"]);
    const reviews = await rows<{ review_id: string; reviewer: string; overall: number; confidence: number | null }>(db, "SELECT * FROM reviews WHERE edition = '2021' ORDER BY review_id");
    expect(reviews.map((x) => [x.review_id, x.overall])).toEqual([
      ["A1-r1", 8],
      ["A1-r2", 8],
      ["A1-r3", 6],
      ["A2-r1", 6],
      ["A2-r2", 5],
      ["A3-r1", 3],
      ["A3-r2", 1],
      ["A3-r3", 2],
      ["A4-r1", 3],
      ["A5-r1", 2],
    ]);
    expect(new Set(reviews.map((x) => x.reviewer)).size, "every rating its own anonymous reviewer").toBe(10);
    expect(reviews.every((x) => /^r-[0-9a-f]{12}$/.test(x.reviewer) && x.confidence === null)).toBe(true);
    expect(await count(db, "SELECT count(*) n FROM review_scores WHERE field = 'ratings'"), "the rating kept as a score too").toBe(10);
    expect(await count(db, "SELECT count(*) n FROM identities"), "nobody named, nobody identified").toBe(0);
  });

  it("reads a presentation column and submission times; case-insensitive column names", async () => {
    const subs = await rows<{ id: string; status: string; presentation: string | null; submitted_at: Date; title: string }>(db, "SELECT * FROM submissions WHERE edition = '2025' ORDER BY id");
    expect(subs.map((s) => [s.id, s.title, s.status, s.presentation])).toEqual([
      ["7", "Edge Inference", "accepted", "oral"],
      ["8", "Tiny Models", "accepted", "poster"],
      ["9", "Big Models", "rejected", null],
    ]);
    expect(subs[0].submitted_at.toISOString()).toBe("2025-03-01T12:00:00.000Z");
    expect(await count(db, "SELECT count(*) n FROM reviews WHERE edition = '2025'"), "no ratings column, no reviews").toBe(0);
  });

  it("is never guessed: without a mapping, or with one the header only half matches, it asks", async () => {
    const forced = await failure(ingest({ inputs: [`${F}/ratings-list.csv`], edition: "2021", db: tempArchive(), config: testConfig(), system: "csv" }));
    expect(forced.message).toMatch(/needs a "csv" column mapping/);
    expect(forced.fix).toMatch(/"csv": \{ "id": /);
    const half = await failure(ingest({ inputs: [`${F}/ratings-list.csv`], edition: "2021", db: tempArchive(), config: config({ ...MAPPING, ratings: "scores" }) }));
    expect(half.message).toMatch(/Cannot tell which system.*csv/);
    expect(half.fix).toMatch(/--system .*csv/);
  });
});

describe("the csv mapping in the configuration", () => {
  it("says which column is missing from the mapping and how to name it", () => {
    const error = (() => {
      try {
        testConfig({ csv: { title: "title" } });
      } catch (e) {
        return e as RetroError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(RetroError);
    expect(error!.message).toMatch(/`csv.id`: should name the column that holds the submission id.*e\.g\. "paper_id"/);
  });
});

describe("real data: ICLR 2020 ratings and decisions (scraped from OpenReview) through the generic mapping", () => {
  it("has the published counts: 2,594 submissions, 687 accepted (48 + 107 + 532), 7,775 ratings", async () => {
    const real = tempArchive();
    const mapping = { id: "paper_id", title: "title", decision: "decision", ratings: "ratings", withdrawn: "withdrawn_or_desk_rejected" };
    const r = await ingest({ inputs: [REAL], edition: "iclr2020", db: real, config: testConfig({ csv: mapping, editions: [{ id: "iclr2020", year: 2020 }] }), classify: false });
    expect(r.status).toBe("written");
    expect(await count(real, "SELECT count(*) n FROM submissions"), "submissions").toBe(2594);
    const byStatus = await rows<{ status: string; presentation: string | null; n: number }>(
      real,
      "SELECT status, presentation, count(*)::INTEGER n FROM submissions GROUP BY ALL ORDER BY status, presentation",
    );
    expect(byStatus).toEqual([
      { status: "accepted", presentation: "oral", n: 48 },
      { status: "accepted", presentation: "poster", n: 532 },
      { status: "accepted", presentation: "spotlight", n: 107 },
      { status: "rejected", presentation: null, n: 1526 },
      { status: "withdrawn", presentation: null, n: 381 },
    ]);
    expect(await count(real, "SELECT count(*) n FROM submissions WHERE decision = 'Accept (Talk)'"), "talks keep their label").toBe(48);
    expect(await count(real, "SELECT count(*) n FROM reviews"), "one review per rating").toBe(7775);
    expect(await count(real, "SELECT count(*) n FROM reviews WHERE overall NOT BETWEEN 1 AND 8"), "ICLR 2020 ratings are 1, 3, 6 or 8").toBe(0);
  });
});

const B = `${F}/bad`;
const CASES: Array<{ name: string; file: string; system?: System; message: RegExp; fix: RegExp; row: number; column: string }> = [
  { name: "an unreadable rating", file: "unparseable-rating.csv", message: /rating "six" cannot be read/, fix: /numbers separated by ","/, row: 2, column: "ratings" },
  { name: "an unknown decision", file: "unknown-decision.csv", message: /Unknown decision label "Maybe later"/, fix: /"decisions"/, row: 2, column: "decision" },
  { name: "a duplicate id", file: "duplicate-id.csv", message: /B5 appears twice/, fix: /appear once/, row: 3, column: "paper_id" },
  { name: "an empty id", file: "empty-id.csv", message: /id is empty/, fix: /"csv.id"/, row: 2, column: "paper_id" },
  { name: "a mapped column missing", file: "missing-ratings-column.csv", system: "csv", message: /column "ratings" .*"csv.ratings".*the file has: .*scores/, fix: /"csv": \{ "ratings"/, row: 1, column: "ratings" },
];

describe("generic CSV bad input: file, row, column and fix named; the archive unchanged", () => {
  let before: Record<string, string>;
  beforeAll(async () => {
    before = await dumpArchive(db);
  });
  for (const c of CASES) {
    it(`rejects ${c.name}`, async () => {
      const e = await failure(ingest({ inputs: [`${B}/${c.file}`], edition: "2021", db, config: config(), system: c.system, classify: false }));
      expect(e.message).toMatch(c.message);
      expect(e.fix).toMatch(c.fix);
      expect(e.location.file, "names the file").toContain(c.file);
      expect(e.location.row, "names the row").toBe(c.row);
      expect(e.location.column, "names the column").toBe(c.column);
      expect(await dumpArchive(db), "every table unchanged").toEqual(before);
    });
  }
});
