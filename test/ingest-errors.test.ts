import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../src/lib/ingest/ingest.ts";
import { RetroError } from "../src/lib/errors.ts";
import { dumpArchive, runCli, tempArchive, testConfig } from "./helpers/archive.ts";

const B = "test/fixtures/hotcrp/bad";
const GOOD = "test/fixtures/hotcrp/csv";

/** Each bad input, what must be named in its error, and where. */
const CASES: Array<{ name: string; inputs: string[]; message: RegExp; fix: RegExp; row?: number; column?: string }> = [
  { name: "a missing required column", inputs: [`${B}/missing-title-column.csv`], message: /required column "Title"/, fix: /Export again/, row: 1, column: "Title" },
  { name: "a duplicate submission id", inputs: [`${B}/duplicate-submission-id.csv`], message: /Paper 11 appears twice .*rows 1 and 3/, fix: /appear once/, row: 3, column: "ID" },
  {
    name: "an unparseable score",
    inputs: ["test/fixtures/hotcrp/v3/ws24-data.json", `${B}/unparseable-score.csv`],
    message: /score "four" cannot be read/,
    fix: /numbers such as "4"/,
    row: 1,
    column: "Overall merit",
  },
  { name: "an unknown decision label", inputs: [`${B}/unknown-decision.csv`], message: /Unknown decision label "Maybe later"/, fix: /"decisions".*Maybe later.*accepted \| rejected/s, row: 1 },
  { name: "an empty file", inputs: [`${B}/empty.csv`], message: /file is empty/, fix: /Download the export again/ },
  { name: "a PDF", inputs: [`${B}/paper.pdf`], message: /PDF, not an export/, fix: /CSV or JSON/ },
  { name: "a file that is not an export", inputs: [`${B}/not-an-export.csv`], message: /not an export that workshop-retro recognises/, fix: /First line: "name,value"/ },
  { name: "a truncated CSV", inputs: [`${B}/truncated-quote.csv`], message: /quoted value is never closed/, fix: /Download the export again/, row: 2 },
  { name: "a non-UTF-8 file", inputs: [`${B}/latin1-encoding.csv`], message: /not UTF-8 .*line 2/, fix: /UTF-8/, row: 2 },
];

describe("bad input: a clear error and the archive exactly as it was", () => {
  let db: string;
  let before: Record<string, string>;
  beforeAll(async () => {
    db = tempArchive();
    await ingest({ inputs: [GOOD], edition: "2022", db, config: testConfig() });
    before = await dumpArchive(db);
  });

  for (const c of CASES) {
    it(`rejects ${c.name}`, async () => {
      const error = await ingest({ inputs: c.inputs, edition: "2022", db, config: testConfig() }).then(
        () => null,
        (e) => e,
      );
      expect(error, "a RetroError, not a crash").toBeInstanceOf(RetroError);
      const e = error as RetroError;
      expect(e.message).toMatch(c.message);
      expect(e.fix).toMatch(c.fix);
      expect(e.location.file, "names the file").toBeTruthy();
      if (c.row !== undefined) expect(e.location.row, "names the row").toBe(c.row);
      if (c.column !== undefined) expect(e.location.column, "names the column").toBe(c.column);
      expect(await dumpArchive(db), "every table unchanged").toEqual(before);
    });
  }

  it("prints file, row, column and fix without a stack trace, exiting non-zero (CLI)", () => {
    const r = runCli(["ingest", `${B}/duplicate-submission-id.csv`, "--edition", "2022", "--db", db]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("error: test/fixtures/hotcrp/bad/duplicate-submission-id.csv, row 3, column \"ID\": Paper 11 appears twice");
    expect(r.stderr).toMatch(/fix: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
