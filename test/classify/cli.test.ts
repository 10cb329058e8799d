/** `retro classify` and `retro label`, run in-process on temporary files. */
import { Command } from "commander";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerClassify } from "../../src/cli/commands/classify.ts";
import { registerLabel } from "../../src/cli/commands/label.ts";
import { appendRecords } from "../../src/lib/db/append.ts";
import { openArchive, queryRows } from "../../src/lib/db/archive.ts";
import { tempDir } from "../helpers/archive.ts";

async function retro(args: string[]): Promise<{ out: string; err: string }> {
  const program = new Command("retro").option("--db <file>").option("--config <file>").exitOverride();
  registerClassify(program);
  registerLabel(program);
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
  try {
    await program.parseAsync(["node", "retro", ...args]);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  return { out, err };
}

function setup(): { dir: string; config: string } {
  const dir = tempDir();
  const config = join(dir, "workshop.config.json");
  writeFileSync(config, "{}");
  return { dir, config };
}

afterEach(() => vi.restoreAllMocks());

describe("retro classify --input", () => {
  it("writes one JSON object per paper, and reports bad rows by row and column while classifying the rest", async () => {
    const { dir, config } = setup();
    const file = join(dir, "papers.csv");
    writeFileSync(
      file,
      'id,title,abstract,keywords\n1,Learned index structures,"We replace B-trees with models of the key distribution.",databases;indexing\n2,,an abstract without title,\n,No id here,,\n3,Lessons from deploying learned congestion control in production,,TCP\n4,"too",many,fields,here\n',
    );
    const { out, err } = await retro(["--config", config, "classify", "--input", file]);
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id), "the good rows").toEqual(["1", "3"]);
    expect(Object.keys(lines[0])).toEqual(["id", "area", "area_confidence", "second_area", "kind", "kind_confidence", "challenges", "methods", "evidence"]);
    expect([lines[0].area, lines[1].area, lines[1].kind]).toEqual(["Databases", "Network Systems", "deployment"]);
    expect(lines[0].evidence.area.length, "evidence terms").toBeGreaterThan(0);
    expect(err).toContain(`${file}, row 2, column "title"`);
    expect(err).toContain(`${file}, row 3, column "id"`);
    expect(err).toContain(`${file}, row 5: has 5 fields`);
  });

  it("reads a JSON array too, with keywords as a list or a string", async () => {
    const { dir, config } = setup();
    const file = join(dir, "papers.json");
    writeFileSync(file, JSON.stringify([{ id: 7, title: "Malware detection with deep learning", keywords: ["security"] }, { id: "8", title: "Chord recognition in pop music", keywords: "audio;music" }, { title: "no id" }]));
    const { out, err } = await retro(["--config", config, "classify", "--input", file, "--no-evidence"]);
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.area])).toEqual([["7", "Security"], ["8", "Other"]]);
    expect(lines[0].evidence, "--no-evidence").toBeUndefined();
    expect(err).toContain('row 3, column "id"');
  });

  it("fails clearly on a missing file or a file without the required columns", async () => {
    const { dir, config } = setup();
    await expect(retro(["--config", config, "classify", "--input", join(dir, "nope.csv")])).rejects.toThrow(/Paper list not found/);
    const file = join(dir, "bad.csv");
    writeFileSync(file, "name,abstract\nx,y\n");
    await expect(retro(["--config", config, "classify", "--input", file])).rejects.toThrow(/no "id" column/);
  });
});

describe("retro classify and retro label on an archive", () => {
  it("classifies, records a chair label that wins, exports and reports agreement", async () => {
    const { dir, config } = setup();
    const db = join(dir, "workshop.duckdb");
    const archive = await openArchive(db);
    await appendRecords(archive.conn, "submissions", [
      { edition: "2023", id: "1", title: "Learned cardinality estimation", abstract: "Query optimizer selectivities from a neural model.", keywords: [], topics: [], status: "pending", decision: null, presentation: null, track: null, submitted_at: null, modified_at: null },
      { edition: "2023", id: "2", title: "Autotuning tensor programs", abstract: null, keywords: [], topics: [], status: "pending", decision: null, presentation: null, track: null, submitted_at: null, modified_at: null },
    ]);
    archive.close();

    expect((await retro(["--db", db, "--config", config, "classify"])).out).toMatch(/^2023: 2 classified, 0 unchanged, 0 with chair labels/);
    expect((await retro(["--db", db, "--config", config, "label", "2023", "2", "--area", "Code Modeling", "--kind", "benchmark", "--challenges", "none"])).out).toContain(
      "Labelled 2023/2: area=Code Modeling, kind=benchmark, challenges=none",
    );
    expect((await retro(["--db", db, "--config", config, "classify", "--force"])).out).toContain("1 with chair labels");
    const check = await openArchive(db);
    const rows = await queryRows(check.conn, `SELECT submission_id, area, kind, source FROM classifications ORDER BY submission_id`);
    check.close();
    expect(rows).toEqual([
      { submission_id: "1", area: "Databases", kind: "research", source: "model" },
      { submission_id: "2", area: "Code Modeling", kind: "benchmark", source: "chair" },
    ]);
    expect((await retro(["--db", db, "--config", config, "label", "--export", "-"])).out).toBe("edition,id,area,second_area,kind,challenges,methods\n2023,2,Code Modeling,,benchmark,none,\n");
    expect((await retro(["--db", db, "--config", config, "label", "--agreement", "--folds", "2"])).out).toContain("Model vs chair labels (1 papers");
    await expect(retro(["--db", db, "--config", config, "label", "2023", "2", "--kind", "survey"])).rejects.toThrow(/Unknown kind "survey"/);
  });
});
