import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseTimestamp } from "../loaders/common/dates.ts";
import { parseScoresCell, reviewTimes, splitReviewText } from "../loaders/easychair/reviews.ts";

import { RetroError } from "../src/lib/errors.ts";
import { ingest } from "../src/lib/ingest/ingest.ts";
import { count, dumpArchive, tempArchive, tempDir, testConfig, rows } from "./helpers/archive.ts";

const F = "test/fixtures/easychair";
const BUNDLE = `${F}/bundle-2024-with-headers`;

/** The bundle folder's CSVs as a zip, as EasyChair downloads it (plus any extra members). */
function bundleZip(extra: Record<string, Uint8Array> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(BUNDLE).filter((n) => n.endsWith(".csv"))) files[name] = readFileSync(join(BUNDLE, name));
  return zipSync({ ...files, ...extra });
}

function writeTemp(name: string, bytes: Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

/** Sets a member's declared inflated size in both its local and central headers. */
function declareSize(zip: Uint8Array, member: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(member);
  for (let i = 0; i < out.length - 4; i++) {
    const sig = view.getUint32(i, true);
    const nameAt = sig === 0x04034b50 ? i + 30 : sig === 0x02014b50 ? i + 46 : -1;
    if (nameAt < 0 || !name.every((b, k) => out[nameAt + k] === b)) continue;
    view.setUint32(sig === 0x04034b50 ? i + 22 : i + 24, size, true);
  }
  return out;
}

async function expectBundle(db: string): Promise<void> {
  const subs = await rows<{ id: string; status: string; decision: string; keywords: string[]; topics: string[]; submitted_at: Date }>(db, "SELECT * FROM submissions ORDER BY id");
  expect(subs.map((s) => [s.id, s.status, s.decision])).toEqual([
    ["1", "accepted", "accept"],
    ["2", "rejected", "reject"],
    ["3", "withdrawn", "no decision"],
    ["4", "desk_rejected", "desk reject"],
  ]);
  expect(subs[0].keywords, "newline-separated keywords").toEqual(["learned indexes", "key-value stores", "B-trees"]);
  expect(subs[0].topics).toEqual(["Databases", "ML for systems"]);
  expect(subs[0].submitted_at.toISOString()).toBe("2025-02-10T09:15:00.000Z");
  expect(await rows(db, "SELECT name, email, affiliation, country, is_contact FROM authors WHERE submission_id = '1' ORDER BY position")).toEqual([
    { name: "Ada Testperson", email: "ada@example.org", affiliation: "Example University", country: "Germany", is_contact: true },
    { name: "Bo Sample", email: "bo@example.com", affiliation: "Contoso Cloud", country: "United States", is_contact: false },
  ]);
  const reviews = await rows<{ review_id: string; submission_id: string; overall: number; confidence: number; words: number; reviewer: string; submitted_at: Date }>(db, "SELECT * FROM reviews ORDER BY review_id");
  expect(reviews.map((r) => [r.review_id, r.submission_id, r.overall, r.confidence])).toEqual([
    ["101", "1", 3, 4],
    ["102", "1", 1, 3],
    ["103", "2", -3, 5],
  ]);
  expect(reviews[0].words, "summary + strengths, not the confidential remarks").toBe(9);
  expect(reviews[2].submitted_at.toISOString(), "the latest version of review 103").toBe("2025-03-25T08:00:00.000Z");
  expect(reviews[0].reviewer, "PC member Hal: same pseudonym on both reviews").toBe(reviews[2].reviewer);
  expect(reviews[1].reviewer, "review 102 is by the subreviewer, not by Ivy").not.toBe(reviews[0].reviewer);
  const committee = await rows<{ member: string; role: string; topics: string[] }>(db, "SELECT * FROM committee ORDER BY role, affiliation");
  expect(committee.map((c) => [c.role, c.topics])).toEqual([
    ["PC member", ["Databases", "Scheduling"]],
    ["PC member", ["Compilers"]],
    ["senior PC member", ["ML for systems"]],
  ]);
  expect(committee.map((c) => c.member), "committee pseudonyms match reviewer pseudonyms").toContain(reviews[0].reviewer);
}

describe("EasyChair value encodings", () => {
  it('reads the "Field: value" lines of the scores cell, signed, leaving yes/no answers out', () => {
    const scores = parseScoresCell("Overall evaluation: +3\nReviewer's confidence: 4\nBest paper candidate: yes\nNovelty: -2", { file: "r.csv", row: 1 });
    expect([...scores].map(([f, s]) => [f, s.value])).toEqual([
      ["Overall evaluation", 3],
      ["Reviewer's confidence", 4],
      ["Novelty", -2],
    ]);
  });

  it("reads a review's date and time cells exactly as parseTimestamp reads them joined", () => {
    const times = reviewTimes();
    const two = (n: number) => String(n).padStart(2, "0");
    const date = fc.oneof(
      fc.tuple(fc.integer({ min: 1999, max: 2031 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${two(m)}-${two(d)}`),
      fc.constantFrom("2024-02-29", "2023-02-29", "2026-3-5", "", "not a date"),
    );
    const time = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(([h, m]) => `${two(h)}:${two(m)}`),
      fc.constantFrom("9:05", "24:00", "12:30:15", "", "noon"),
    );
    const ms = (d: Date | null | undefined) => (d instanceof Date ? d.getTime() : d);
    fc.assert(
      fc.property(date, time, (d, t) => {
        const [dc, tc] = [d || null, t || null];
        expect(ms(times(dc, tc))).toBe(ms(parseTimestamp(dc && tc ? `${dc} ${tc}` : dc || tc)));
      }),
      { numRuns: 1000 },
    );
  });

  it("splits the review text by its upper-case headings and marks the confidential part", () => {
    expect(splitReviewText("(SUMMARY)\nGood.\n(CONFIDENTIAL REMARKS FOR THE PROGRAMME COMMITTEE)\nHm.")).toEqual([
      { field: "SUMMARY", text: "Good.", pc_only: false },
      { field: "CONFIDENTIAL REMARKS FOR THE PROGRAMME COMMITTEE", text: "Hm.", pc_only: true },
    ]);
  });
});

describe("EasyChair CSV bundle", () => {
  it("loads the folder: deleted = withdrawn, keywords, signed scores, latest review version, committee", async () => {
    const db = tempArchive();
    const r = await ingest({ inputs: [BUNDLE], edition: "2025", db, config: testConfig(), classify: false });
    expect(r.status).toBe("written");
    expect(new Set(r.files.map((f) => f.system))).toEqual(new Set(["easychair"]));
    await expectBundle(db);
    expect(r.status === "written" && r.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/metareview: not needed/));
  });

  it("loads the downloaded zip the same way, recording the zip's sha256 for each member", async () => {
    const db = tempArchive();
    const zip = bundleZip();
    const path = writeTemp("ws2025_csv.zip", zip);
    const r = await ingest({ inputs: [path], edition: "2025", db, config: testConfig(), classify: false });
    expect(r.status).toBe("written");
    await expectBundle(db);
    const files = await rows<{ file: string; sha256: string }>(db, "SELECT file, sha256 FROM ingest_files ORDER BY file");
    expect(files).toHaveLength(9);
    expect(files[0].file).toMatch(/ws2025_csv\.zip:author\.csv$/);
    const { createHash } = await import("node:crypto");
    expect(new Set(files.map((f) => f.sha256))).toEqual(new Set([createHash("sha256").update(zip).digest("hex")]));
  });

  it("counts review words the same whether the text is scanned from the bytes, read through DuckDB, or kept", async () => {
    const words = async (review: string, config = testConfig()) => {
      const dir = tempDir();
      for (const name of ["submission.csv", "committee.csv"]) writeFileSync(join(dir, name), readFileSync(join(BUNDLE, name)));
      writeFileSync(join(dir, "review.csv"), review);
      const db = tempArchive();
      await ingest({ inputs: [dir], edition: "2025", db, config, classify: false });
      return rows<{ review_id: string; words: number }>(db, "SELECT review_id, words FROM reviews ORDER BY review_id");
    };
    const original = readFileSync(join(BUNDLE, "review.csv"), "utf8");
    const expected = [
      { review_id: "101", words: 9 },
      { review_id: "102", words: 2 },
      { review_id: "103", words: 6 },
    ];
    expect(await words(original), "plain CSV: counted from the bytes").toEqual(expected);
    expect(await words(original.replace("\n102,", "\n\n102,")), "a blank line DuckDB skips: counted from DuckDB's cells").toEqual(expected);
    expect(await words(original, testConfig({ privacy: { keep_review_text: true } })), "text kept").toEqual(expected);
  });

  it("reads a large submission.csv storing only the columns it needs, and still refuses bytes that are not UTF-8 in the others", async () => {
    // Over 1 MiB: DuckDB stores (and checks the text of) only the columns the adapter reads.
    const dir = tempDir();
    const lines = ["#,title,authors,submitted,last updated,form fields,keywords,decision,notified,reviews sent,abstract,deleted?"];
    for (let i = 1; i <= 1500; i++) lines.push(`${i},Paper ${i},Ada Testperson,2025-02-10 09:15,2025-02-12 17:40,"${"notes ".repeat(120)}","learned indexes\nB-trees",accept,yes,yes,"Abstract ${i}, ""quoted"".",no`);
    const body = `${lines.join("\n")}\n`;
    writeFileSync(join(dir, "submission.csv"), body);
    const db = tempArchive();
    await ingest({ inputs: [dir], edition: "2025", db, config: testConfig(), classify: false });
    const subs = await rows<{ id: string; title: string; abstract: string; keywords: string[]; status: string }>(db, "SELECT id, title, abstract, keywords, status FROM submissions ORDER BY id::INTEGER");
    expect(subs).toHaveLength(1500);
    expect(subs[1499]).toEqual({ id: "1500", title: "Paper 1500", abstract: 'Abstract 1500, "quoted".', keywords: ["learned indexes", "B-trees"], status: "accepted" });
    const bad = Buffer.from(body);
    bad[bad.indexOf("notes notes", bad.indexOf("\n1000,"))] = 0xff; // inside "form fields", a column the adapter does not read
    writeFileSync(join(dir, "submission.csv"), bad);
    const error = await ingest({ inputs: [dir], edition: "2025", db: tempArchive(), config: testConfig(), classify: false }).then(() => null, (e) => e);
    expect(error).toBeInstanceOf(RetroError);
    expect((error as RetroError).message).toMatch(/not UTF-8/);
    expect((error as RetroError).location.file).toMatch(/submission\.csv$/);
  });

  it("reads an older review.csv without a header row by position", async () => {
    const db = tempArchive();
    const r = await ingest({ inputs: [`${F}/review-without-header`], edition: "2021", db, config: testConfig(), classify: false });
    expect(r.files.map((f) => f.kind).sort()).toEqual(["review-noheader-csv", "submission-csv"]);
    expect(await rows(db, "SELECT review_id, submission_id, overall, confidence, words FROM reviews ORDER BY review_id")).toEqual([
      { review_id: "201", submission_id: "7", overall: 2, confidence: 4, words: 6 },
      { review_id: "202", submission_id: "8", overall: -1, confidence: 3, words: 1 },
    ]);
    expect(await count(db, "SELECT count(*) n FROM authors"), "from the authors string when author.csv is absent").toBe(3);
  });

  it("reads the single Excel workbook with the same tables as sheets", async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = (name: string, file: string) => {
      const ws = wb.addWorksheet(name);
      const text = readFileSync(join(BUNDLE, file), "utf8");
      return { ws, text };
    };
    const { parse } = await import("csv-parse/sync");
    for (const [name, file] of [
      ["Submissions", "submission.csv"],
      ["Authors", "author.csv"],
      ["Reviews", "review.csv"],
      ["Submission topics", "submission_topic.csv"],
      ["Committee members", "committee.csv"],
      ["Committee topics", "committee_topic.csv"],
    ]) {
      const { ws, text } = sheet(name, file);
      for (const record of parse(text) as string[][]) ws.addRow(record.map((v) => (/^-?\d+$/.test(v) ? Number(v) : v)));
    }
    const submissions = wb.getWorksheet("Submissions")!;
    submissions.getCell("B3").value = "Reinforcement Learning &amp; Cluster Scheduling";
    const path = join(tempDir(), "ws2025.xlsx");
    await wb.xlsx.writeFile(path);
    const db = tempArchive();
    const r = await ingest({ inputs: [path], edition: "2025", db, config: testConfig(), classify: false });
    expect(r.files.map((f) => [f.system, f.kind])).toEqual([["easychair", "workbook-xlsx"]]);
    await expectBundle(db);
    expect((await rows(db, "SELECT title FROM submissions WHERE id = '2'"))[0], "workbook entities decoded once").toEqual({ title: "Reinforcement Learning & Cluster Scheduling" });
  });
});

describe("bad EasyChair zips: refused with a clear error, archive unchanged", () => {
  let db: string;
  let before: Record<string, string>;
  beforeAll(async () => {
    db = tempArchive();
    await ingest({ inputs: [BUNDLE], edition: "2025", db, config: testConfig(), classify: false });
    before = await dumpArchive(db);
  });

  const CASES: Array<{ name: string; zip: () => Uint8Array; message: RegExp; fix: RegExp }> = [
    { name: "a member with ../ in its path", zip: () => bundleZip({ "../evil.csv": new TextEncoder().encode("x") }), message: /unsafe path \("\.\.\/evil\.csv"\)/, fix: /exactly as the submission system downloaded it/ },
    { name: "an absolute member path", zip: () => bundleZip({ "/etc/cron.d/x.csv": new TextEncoder().encode("x") }), message: /unsafe path/, fix: /altered/ },
    { name: "an unexpected member", zip: () => bundleZip({ "run-me.sh": new TextEncoder().encode("echo hi") }), message: /no export bundle contains: "run-me\.sh"/, fix: /submission\.csv, author\.csv/ },
    { name: "a member declaring an oversized inflated size", zip: () => declareSize(bundleZip(), "review.csv", 3_000_000_000), message: /declares 2861 MiB/, fix: /zip bomb/ },
    { name: "a member that inflates beyond its declared size (zip bomb)", zip: () => declareSize(bundleZip(), "submission.csv", 10), message: /inflates beyond its declared 10 bytes/, fix: /zip bomb/ },
  ];
  for (const c of CASES) {
    it(`refuses ${c.name}`, async () => {
      const path = writeTemp("bundle.zip", c.zip());
      const error = await ingest({ inputs: [path], edition: "2025", db, config: testConfig(), classify: false }).then(() => null, (e) => e);
      expect(error, "a RetroError, not a crash").toBeInstanceOf(RetroError);
      expect((error as RetroError).message).toMatch(c.message);
      expect((error as RetroError).fix).toMatch(c.fix);
      expect((error as RetroError).location.file).toMatch(/bundle\.zip$/);
      expect(await dumpArchive(db), "every table unchanged").toEqual(before);
    });
  }

  it("reports a review.csv that DuckDB refuses before what is missing from the other files", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "review.csv"), '#,submission #,member #,member name,number,version,text,scores,date,time\n1,1,1,Hal,1,1,"Fine.,"Overall evaluation: 1",2025-03-20,14:05\n');
    const error = await ingest({ inputs: [dir], edition: "2025", db, config: testConfig(), classify: false }).then(() => null, (e) => e);
    expect(error).toBeInstanceOf(RetroError);
    expect((error as RetroError).message, "not: none of the files lists the submissions").toMatch(/never closed/);
    expect((error as RetroError).location.file).toMatch(/review\.csv$/);
    expect(await dumpArchive(db)).toEqual(before);
  });

  it("names file, row and column for an unreadable score line", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "submission.csv"), readFileSync(join(BUNDLE, "submission.csv")));
    writeFileSync(join(dir, "review.csv"), '#,submission #,member #,member name,number,version,text,scores,date,time\n1,1,1,Hal,1,1,Fine.,"Overall evaluation: strong",2025-03-20,14:05\n');
    const error = await ingest({ inputs: [dir], edition: "2025", db, config: testConfig(), classify: false }).then(() => null, (e) => e);
    expect(error).toBeInstanceOf(RetroError);
    expect((error as RetroError).message).toMatch(/"Overall evaluation: strong" has no number/);
    expect((error as RetroError).location).toMatchObject({ row: 1, column: "scores" });
    expect(await dumpArchive(db)).toEqual(before);
  });
});
