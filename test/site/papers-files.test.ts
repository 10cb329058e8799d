/**
 * The Papers page's data: a small index plus one compact file per edition (columns, repeated
 * strings once), which the page turns back into rows (src/components/papers.js). What each
 * audience's files hold, that they decode to exactly the rows the audience may see, and what
 * the loaders emit (a build's precomputed file only when it was made for the same audience).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { decodePapers } from "../../src/components/papers.js";
import { openArchiveReadOnly } from "../../src/lib/db/archive.ts";
import { ingest } from "../../src/lib/ingest/ingest.ts";
import { editionSlices, loadSiteInput } from "../../src/lib/site/input.ts";
import { loadEvidence, papersData, publishedPapers, type EditionPapers, type PaperRowOut } from "../../src/lib/site/papers.ts";
import type { Audience } from "../../src/lib/stats/aggregate.ts";
import { rows, tempArchive, tempDir, testConfig } from "../helpers/archive.ts";

let db: string;
const made = new Map<Audience, { files: Map<string, EditionPapers>; index: Awaited<ReturnType<typeof papersData>>["index"]; rows: Map<string, PaperRowOut[]> }>();

beforeAll(async () => {
  db = tempArchive();
  await ingest({ inputs: ["test/fixtures/hotcrp/csv"], edition: "2022", db, config: testConfig() });
  await ingest({ inputs: ["test/fixtures/hotcrp/v3"], edition: "2024", db, config: testConfig() });
  const archive = await openArchiveReadOnly(db);
  try {
    for (const audience of ["chair", "committee", "public"] as const) {
      const input = await loadSiteInput(archive.conn, audience, 5);
      // Evidence as the build reads it (accepted papers only, but for chairs); the rows expected from all of it.
      const { index, files } = await papersData(input, (e, accepted) => loadEvidence(archive.conn, e, accepted));
      const expected = new Map<string, PaperRowOut[]>();
      for (const slice of editionSlices(input)) if (slice.edition) expected.set(slice.key, publishedPapers(audience, slice, await loadEvidence(archive.conn, slice.key)));
      made.set(audience, { index, files: new Map([...files].map(([e, f]) => [e, JSON.parse(f.json) as EditionPapers])), rows: expected });
    }
  } finally {
    archive.close();
  }
}, 60_000);

/** A row as the page reads it: a missing field is null, means to the three decimals the file keeps. */
const normal = (r: PaperRowOut) => ({ ...r, title: r.title ?? null, redacted: r.redacted ?? false, mean: r.mean === null ? null : Math.round(r.mean * 1000) / 1000 });

describe("the Papers page's files", () => {
  it("decode to exactly the rows each audience may see, edition by edition", () => {
    for (const [audience, { files, rows }] of made) {
      expect([...files.keys()], audience).toEqual(["2022", "2024"]);
      for (const [edition, file] of files) {
        expect(file.audience, `${audience} ${edition}`).toBe(audience);
        expect(decodePapers(file), `${audience} ${edition}`).toEqual(rows.get(edition)!.map(normal));
      }
    }
  });

  it("public: accepted papers only, with evidence, and no per-paper scores or chair labels in the file", async () => {
    const hidden = await rows<{ title: string }>(db, `SELECT title FROM submissions WHERE status <> 'accepted'`);
    const { files } = made.get("public")!;
    const text = JSON.stringify([...files.values()]);
    expect(hidden.length).toBeGreaterThan(0);
    for (const { title } of hidden) expect(text.includes(title), `public file shows "${title}"`).toBe(false);
    for (const file of files.values()) {
      expect(file.status.every((s) => file.strings[s] === "accepted")).toBe(true);
      expect(["reviews", "mean", "min", "max", "overridden"].filter((c) => c in file), "columns left out").toEqual([]);
    }
    expect([...files.values()].some((f) => f.why.some((w) => w !== null)), "evidence of accepted papers").toBe(true);
  });

  it("committee: rows of papers that were not accepted have no title, id, evidence or decision; the chair's have all", () => {
    const committee = [...made.get("committee")!.files.values()].flatMap(decodePapers);
    const redacted = committee.filter((p) => p.status !== "accepted");
    expect(redacted.length).toBeGreaterThan(0);
    for (const p of redacted) expect({ title: p.title, id: p.submission_id, why: p.why, decision: p.decision, redacted: p.redacted }).toEqual({ title: null, id: null, why: null, decision: null, redacted: true });
    const chair = [...made.get("chair")!.files.values()].flatMap(decodePapers);
    expect(chair.filter((p) => p.status !== "accepted").every((p) => p.title && p.submission_id && !p.redacted)).toBe(true);
    expect(chair.some((p) => p.mean !== null)).toBe(true);
  });

  it("the index lists each edition with its papers and its compressed size", () => {
    const { index, files } = made.get("chair")!;
    expect(index.audience).toBe("chair");
    expect(index.files.map((f) => [f.edition, f.papers])).toEqual([...files].map(([e, f]) => [e, f.n]));
    for (const f of index.files) expect(f.bytes, f.edition).toBeGreaterThan(100);
  });
});

/** Runs a loader as Framework does (the ".ts" interpreter of observablehq.config.ts). */
function run(script: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ["src/lib/site/run-loader.js", script, ...args], { env: { ...process.env, RETRO_DB: db, ...env }, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe("the Papers loaders", () => {
  it("emit a build's precomputed file only when it was made for the same audience", () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const chairFile = JSON.stringify(made.get("chair")!.files.get("2024"));
    writeFileSync(join(dir, "papers-2024.json"), chairFile);
    const asChair = run("src/data/papers-[edition].json.ts", ["--edition=2024"], { RETRO_AUDIENCE: "chair", RETRO_PRECOMPUTED: dir });
    expect(asChair, "the chair's loader copies the chair's file").toBe(chairFile);
    const asPublic = JSON.parse(run("src/data/papers-[edition].json.ts", ["--edition=2024"], { RETRO_AUDIENCE: "public", RETRO_PRECOMPUTED: dir })) as EditionPapers;
    expect(asPublic.audience, "a public loader computes its own").toBe("public");
    expect(asPublic, "the same as the public file").toEqual(made.get("public")!.files.get("2024"));
    const unset = JSON.parse(run("src/data/papers-[edition].json.ts", ["--edition=2024"], { RETRO_AUDIENCE: "", RETRO_PRECOMPUTED: dir })) as EditionPapers;
    expect(unset.audience, "no audience set means public").toBe("public");
  }, 30_000);

  it("the page loader names one file per edition of the archive", () => {
    const page = run("src/papers.md.ts", [], { RETRO_AUDIENCE: "public", RETRO_PRECOMPUTED: "" });
    expect(page).toContain('FileAttachment("data/papers-2022.json")');
    expect(page).toContain('FileAttachment("data/papers-2024.json")');
    expect(page).toContain('FileAttachment("data/papers.json")');
    expect(page).not.toContain("/* EDITION FILES */");
  }, 30_000);
});
