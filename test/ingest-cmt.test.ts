import ExcelJS from "exceljs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCmtAuthors, parseCmtDate, parseSubjectAreas } from "../loaders/cmt/values.ts";
import { decodeEntities } from "../loaders/common/entities.ts";

import { RetroError } from "../src/lib/errors.ts";
import { ingest } from "../src/lib/ingest/ingest.ts";
import { count, dumpArchive, tempArchive, tempDir, testConfig, rows } from "./helpers/archive.ts";

const F = "test/fixtures/cmt";
const REAL = "test/fixtures/real/cmt-ismir2020/accepted_papers.csv";

describe("CMT cell encodings", () => {
  it("splits Authors on ';', keeps nested parentheses in the affiliation and reads the * contact", () => {
    expect(parseCmtAuthors("Ann Example (National Institute of Advanced Industrial Science and Technology (AIST))*; Bo Sample ( Example University)")).toEqual([
      { name: "Ann Example", affiliation: "National Institute of Advanced Industrial Science and Technology (AIST)", is_contact: true },
      { name: "Bo Sample", affiliation: "Example University", is_contact: false },
    ]);
    expect(parseCmtAuthors("Cy Sample"), "no affiliation").toEqual([{ name: "Cy Sample", affiliation: null, is_contact: false }]);
  });

  it("parses subject areas as 'Parent -> Child' paths, primary first", () => {
    expect(parseSubjectAreas("Systems ->  Caching", "Machine Learning -> Deep Learning; Systems -> Storage;")).toEqual([
      "Systems -> Caching",
      "Machine Learning -> Deep Learning",
      "Systems -> Storage",
    ]);
  });

  it("reads CMT dates with their offset, 12-hour clock included", () => {
    expect(parseCmtDate("3/13/2021 6:21:39 PM -08:00")?.toISOString()).toBe("2021-03-14T02:21:39.000Z");
    expect(parseCmtDate("1/2/2021 12:05:00 AM +01:00")?.toISOString()).toBe("2021-01-01T23:05:00.000Z");
    expect(parseCmtDate("yesterday"), "not a date").toBeUndefined();
  });

  it("decodes HTML entities exactly once", () => {
    expect(decodeEntities("Fish &amp; Chips")).toBe("Fish & Chips");
    expect(decodeEntities("&amp;lt;script&amp;gt;"), "double-escaped stays escaped once").toBe("&lt;script&gt;");
    expect(decodeEntities("d&#8217;Alch&eacute;"), "unknown names are left as they are").toBe("d\u2019Alch&eacute;");
  });
});

describe("CMT papers CSV + reviews TSV", () => {
  it("loads submissions, statuses, authors with nested affiliations, subject areas and reviews", async () => {
    const db = tempArchive();
    const r = await ingest({ inputs: [`${F}/papers-authors-nested-parentheses.csv`, `${F}/reviews-question-value-twins.tsv`], edition: "2021", db, config: testConfig(), classify: false });
    expect(r.status).toBe("written");
    expect(r.files.map((f) => [f.system, f.kind])).toEqual([
      ["cmt", "papers-csv"],
      ["cmt", "reviews-tsv"],
    ]);
    const subs = await rows<{ id: string; title: string; abstract: string; status: string; topics: string[]; submitted_at: Date; track: string }>(db, "SELECT * FROM submissions ORDER BY id");
    expect(subs.map((s) => [s.id, s.status])).toEqual([
      ["1", "accepted"],
      ["2", "rejected"],
      ["3", "pending"],
      ["4", "withdrawn"],
    ]);
    expect(subs[0].title, "entities decoded once").toBe("Fish & Chips: Learned Caching");
    expect(subs[0].abstract, "never turned into markup").toBe("Caches &lt;script&gt;alert(1)&lt;/script&gt; stay text.");
    expect(subs[0].topics).toEqual(["Systems -> Caching", "Machine Learning -> Deep Learning", "Systems -> Storage"]);
    expect(subs[0].submitted_at.toISOString()).toBe("2021-03-14T02:21:39.000Z");
    expect(subs[0].track).toBe("Research");
    const authors = await rows(db, "SELECT submission_id, position, name, email, affiliation, is_contact FROM authors WHERE submission_id IN ('1', '3') ORDER BY submission_id, position");
    expect(authors).toEqual([
      { submission_id: "1", position: 1, name: "Ann Example", email: "ann@example.org", affiliation: "National Institute of Advanced Industrial Science and Technology (AIST)", is_contact: true },
      { submission_id: "1", position: 2, name: "Bo Sample", email: "bo@example.org", affiliation: "Example University", is_contact: false },
      { submission_id: "3", position: 1, name: "Di Example", email: "di@example.org", affiliation: "Example University", is_contact: false },
      { submission_id: "3", position: 2, name: "Ed Fixture", email: "ed@example.org", affiliation: "Fixture Labs (FL) Europe", is_contact: true },
    ]);
    const reviews = await rows<{ review_id: string; overall: number; confidence: number; words: number; reviewer: string; submitted_at: Date }>(db, "SELECT * FROM reviews ORDER BY review_id");
    expect(reviews.map((x) => [x.review_id, x.overall, x.confidence])).toEqual([
      ["1-R1", 5, 4],
      ["1-R2", 4, 3],
      ["2-R1", 1, 4],
    ]);
    expect(reviews[0].words, "comments count, the confidential question does not").toBe(6);
    expect(reviews[0].reviewer, "same reviewer, same pseudonym").toBe(reviews[2].reviewer);
    expect(reviews[0].submitted_at.toISOString()).toBe("2021-04-02T22:30:00.000Z");
    const labels = await rows(db, "SELECT field, value, label FROM review_scores WHERE review_id = '1-R1' ORDER BY field");
    expect(labels).toEqual([
      { field: "Overall Rating", value: 5, label: "Accept: Good paper" },
      { field: "Rate your confidence in this review.", value: 4, label: "Confident" },
    ]);
  });

  it("reads SpreadsheetML 'Excel' reviews with headers in row 3, ss:Index gaps and a header with a newline", async () => {
    const db = tempArchive();
    await ingest({ inputs: [`${F}/papers-authors-nested-parentheses.csv`, `${F}/spreadsheetml-headers-in-row-3.xls`], edition: "2021", db, config: testConfig({ privacy: { keep_review_text: true } }), classify: false });
    const reviews = await rows(db, "SELECT review_id, overall, confidence, words FROM reviews ORDER BY review_id");
    expect(reviews).toEqual([
      { review_id: "1-R1", overall: 5, confidence: 4, words: 3 },
      { review_id: "2-R1", overall: 2, confidence: 3, words: null },
    ]);
    const [text] = await rows<{ text: string }>(db, "SELECT text FROM review_texts");
    expect(text.text, "markup is kept as text, never interpreted").toBe("Nice <b>work</b> overall.");
    const [ingestFile] = await rows<{ kind: string }>(db, "SELECT kind FROM ingest_files WHERE file LIKE '%.xls'");
    expect(ingestFile.kind).toBe("reviews-xml");
  });

  it("takes a paper's revised version from a ' Revision' worksheet, under its original track", async () => {
    const sheet = (name: string, title: string) =>
      `<Worksheet ss:Name="${name}"><Table><Row><Cell><Data ss:Type="String">Paper ID</Data></Cell><Cell><Data ss:Type="String">Paper Title</Data></Cell><Cell><Data ss:Type="String">Status</Data></Cell></Row>` +
      `<Row><Cell><Data ss:Type="Number">9</Data></Cell><Cell><Data ss:Type="String">${title}</Data></Cell><Cell><Data ss:Type="String">Accept</Data></Cell></Row></Table></Worksheet>`;
    const xml = `<?xml version="1.0" encoding="utf-8"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">${sheet("VLDB2021", "Draft title")}${sheet("VLDB2021 Revision", "Revised title")}</Workbook>`;
    const path = join(tempDir(), "Papers.xls");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path, xml);
    const db = tempArchive();
    await ingest({ inputs: [path], edition: "2021", db, config: testConfig(), classify: false });
    expect(await rows(db, "SELECT id, title, track FROM submissions")).toEqual([{ id: "9", title: "Revised title", track: "VLDB2021" }]);
  });

  it("reads the same papers saved as .xlsx with a title row above the header", async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("WS2026");
    ws.addRow(["Papers of WS2026"]);
    ws.addRow([]);
    ws.addRow(["Paper ID", "Paper Title", "Authors", "Primary Subject Area", "Status"]);
    ws.addRow([7, "Learned Cost Models", "Ann Example (Example University (EU))*; Bo Sample (Contoso)", "Systems -> Compilers", "Accept"]);
    const path = join(dir, "Papers.xlsx");
    await wb.xlsx.writeFile(path);
    const db = tempArchive();
    const r = await ingest({ inputs: [path], edition: "2026", db, config: testConfig(), classify: false });
    expect(r.files[0].kind).toBe("papers-xlsx");
    expect(await rows(db, "SELECT id, title, status, topics FROM submissions")).toEqual([{ id: "7", title: "Learned Cost Models", status: "accepted", topics: ["Systems -> Compilers"] }]);
    expect(await rows(db, "SELECT affiliation FROM authors ORDER BY position")).toEqual([{ affiliation: "Example University (EU)" }, { affiliation: "Contoso" }]);
  });
});

describe("real data: ISMIR 2020 accepted papers (CMT export)", () => {
  it("has 115 submissions, authors with affiliations split correctly, subject areas parsed", async () => {
    const db = tempArchive();
    const r = await ingest({ inputs: [REAL], edition: "2020", db, config: testConfig(), classify: false });
    expect(r.status === "written" && r.warnings.map((w) => w.message), "no Status column: pending, and said so").toEqual([expect.stringMatching(/No "Status" column/)]);
    expect(await count(db, "SELECT count(*) n FROM submissions"), "115 rows").toBe(115);
    expect(await count(db, "SELECT count(*) n FROM authors"), "425 author entries").toBe(425);
    expect(await count(db, "SELECT count(*) n FROM authors WHERE affiliation IS NULL"), 'only the three written "Name ()" in the source lack one').toBe(3);
    expect(await rows(db, "SELECT name, affiliation FROM authors WHERE submission_id = '78' AND affiliation IS NULL")).toEqual([{ name: "Jeremy Cohen", affiliation: null }]);
    expect(await count(db, "SELECT count(*) n FROM (SELECT submission_id FROM authors GROUP BY 1 HAVING count(*) FILTER (WHERE is_contact) = 1)"), "one contact per paper").toBe(115);
    // Checked by hand against the file.
    expect(await rows(db, "SELECT name, affiliation, is_contact FROM authors WHERE submission_id = '49' ORDER BY position")).toEqual([
      { name: "Florian Henkel", affiliation: "Johannes Kepler University Linz", is_contact: true },
      { name: "Rainer Kelz", affiliation: "Austrian Research Institute for Artificial Intelligence (OFAI)", is_contact: false },
      { name: "Gerhard Widmer", affiliation: "Johannes Kepler University", is_contact: false },
    ]);
    expect(await rows(db, "SELECT name, affiliation FROM authors WHERE submission_id = '5' AND position = 1"), "a leading space inside the parentheses is trimmed").toEqual([
      { name: "Go Shibata", affiliation: "Kyoto University" },
    ]);
    expect(await rows(db, "SELECT name, affiliation FROM authors WHERE submission_id = '236' AND position = 3"), "double spaces in names collapsed").toEqual([
      { name: "Lorenzo Brusci", affiliation: "Musica Combinatoria (Musi-Co)" },
    ]);
    expect(await rows(db, "SELECT name, affiliation FROM authors WHERE submission_id = '101' AND position = 5"), "mojibake kept as in the source").toEqual([
      { name: "Florence d‚ÄôAlch√©-Buc", affiliation: "T√©l√©com Paris" },
    ]);
    expect(await count(db, "SELECT count(*) n FROM submissions, unnest(topics) t(topic)"), "115 primary + 331 secondary subject areas").toBe(446);
    expect(await count(db, "SELECT count(*) n FROM submissions, unnest(topics) t(topic) WHERE topic NOT LIKE '% -> %'"), "every area is a Parent -> Child path").toBe(0);
    expect((await rows<{ topics: string[] }>(db, "SELECT topics FROM submissions WHERE id = '6'"))[0].topics).toEqual(["MIR tasks -> Music transcription and annotation"]);
  });
});

describe("bad CMT input: a clear error and the archive unchanged", () => {
  it("refuses an XML entity bomb (DOCTYPE) without expanding it", async () => {
    const db = tempArchive();
    await ingest({ inputs: [`${F}/papers-authors-nested-parentheses.csv`], edition: "2021", db, config: testConfig(), classify: false });
    const before = await dumpArchive(db);
    const t0 = performance.now();
    const error = await ingest({ inputs: [`${F}/bad/entity-bomb.xls`], edition: "2021", db, config: testConfig(), system: "cmt", classify: false }).then(() => null, (e) => e);
    expect(error).toBeInstanceOf(RetroError);
    expect((error as RetroError).message).toMatch(/declares a document type/);
    expect((error as RetroError).fix).toMatch(/never contain <!DOCTYPE>/);
    expect((error as RetroError).location).toMatchObject({ file: `${F}/bad/entity-bomb.xls`, row: 12 });
    expect(performance.now() - t0, "refused at once").toBeLessThan(2000);
    expect(await dumpArchive(db)).toEqual(before);
  });

  it("refuses an .xlsx whose zip inflates beyond its declared sizes", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("WS").addRow(["Paper ID", "Paper Title"]);
    const zip = new Uint8Array(await wb.xlsx.writeBuffer());
    const view = new DataView(zip.buffer);
    const name = new TextEncoder().encode("xl/workbook.xml");
    for (let i = 0; i < zip.length - 4; i++) {
      const sig = view.getUint32(i, true);
      const at = sig === 0x04034b50 ? i + 30 : sig === 0x02014b50 ? i + 46 : -1;
      if (at >= 0 && name.every((b, k) => zip[at + k] === b)) view.setUint32(sig === 0x04034b50 ? i + 22 : i + 24, 5, true);
    }
    const path = join(tempDir(), "bomb.xlsx");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path, zip);
    const error = await ingest({ inputs: [path], edition: "2021", db: tempArchive(), config: testConfig(), classify: false }).then(() => null, (e) => e);
    expect(error).toBeInstanceOf(RetroError);
    expect((error as RetroError).message).toMatch(/inflates beyond its declared 5 bytes/);
    expect((error as RetroError).location.file).toMatch(/bomb\.xlsx$/);
  });

  it("names file, row and column for an unknown status", async () => {
    const dir = tempDir();
    const path = join(dir, "papers.csv");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path, "Paper ID,Paper Title,Authors,Status\n1,A,Ann (X)*,Accept\n2,B,Bo (Y)*,Major revision\n");
    const error = await ingest({ inputs: [path], edition: "2021", db: tempArchive(), config: testConfig(), classify: false }).then(() => null, (e) => e);
    expect(error).toBeInstanceOf(RetroError);
    expect((error as RetroError).message).toMatch(/Unknown decision label "Major revision"/);
    expect((error as RetroError).location).toMatchObject({ row: 2, column: "Status" });
  });
});
