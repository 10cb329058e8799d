/**
 * The input limits: past each one, a RetroError names the file, the limit and the variable
 * that raises it, and the archive is untouched; the variable raises the limit.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ingest } from "../../src/lib/ingest/ingest.ts";
import { RetroError } from "../../src/lib/errors.ts";
import { currentLimits } from "../../loaders/common/limits.ts";
import { dumpArchive, tempArchive, testConfig } from "../helpers/archive.ts";

const GOOD = "test/fixtures/hotcrp/v3";
const VARS = ["RETRO_MAX_FILE_MB", "RETRO_MAX_FIELD_MB", "RETRO_MAX_ROWS"];

async function refusal(env: Record<string, string>, db: string): Promise<RetroError> {
  Object.assign(process.env, env);
  const e = await ingest({ inputs: [GOOD], edition: "2024", db, config: testConfig(), classify: false }).then(() => null, (x) => x);
  expect(e, "refused with a RetroError").toBeInstanceOf(RetroError);
  return e as RetroError;
}

describe("input limits", () => {
  afterEach(() => {
    for (const v of VARS) delete process.env[v];
  });

  it("defaults: 512 MiB a file, 1 M characters a value, 1,000,000 records of one kind", () => {
    expect(currentLimits()).toMatchObject({ maxFileBytes: 512 * 2 ** 20, maxFieldChars: 2 ** 20, maxRows: 1_000_000 });
  });

  it("refuses each excess with the limit, the file and the variable to raise it; the archive stays as it was", async () => {
    const db = tempArchive();
    await ingest({ inputs: ["test/fixtures/hotcrp/csv"], edition: "2022", db, config: testConfig(), classify: false });
    const before = await dumpArchive(db);
    const file = await refusal({ RETRO_MAX_FILE_MB: "0.001" }, db);
    expect(file.message).toMatch(/above the 0 MiB limit for one input file/);
    expect(file.fix).toMatch(/RETRO_MAX_FILE_MB=\d+/);
    expect(file.location.file).toMatch(/ws24-/);
    delete process.env.RETRO_MAX_FILE_MB;
    const rows = await refusal({ RETRO_MAX_ROWS: "3" }, db);
    expect(rows.message).toMatch(/holds \d+ \w[\w ]* records, above the limit of 3 for one edition/);
    expect(rows.fix).toMatch(/RETRO_MAX_ROWS=\d+/);
    delete process.env.RETRO_MAX_ROWS;
    const field = await refusal({ RETRO_MAX_FIELD_MB: "0.00002" }, db);
    expect(field.message).toMatch(/characters long, above the 0\.0 M limit for one value/);
    expect(field.fix).toMatch(/RETRO_MAX_FIELD_MB=\d+/);
    expect(field.location.column).toBeTruthy();
    expect(await dumpArchive(db), "archive unchanged").toEqual(before);
  });

  it("a raised limit lets the same export in; a malformed value is an error of its own", async () => {
    const db = tempArchive();
    process.env.RETRO_MAX_ROWS = "100";
    const r = await ingest({ inputs: [GOOD], edition: "2024", db, config: testConfig(), classify: false });
    expect(r.status).toBe("written");
    process.env.RETRO_MAX_ROWS = "lots";
    const e = await ingest({ inputs: [GOOD], edition: "2025", db, config: testConfig(), classify: false }).then(() => null, (x) => x as RetroError);
    expect(e?.message).toMatch(/RETRO_MAX_ROWS="lots" is not a positive number/);
  });
});
