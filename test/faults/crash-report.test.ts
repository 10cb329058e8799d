/**
 * No half-written report: `retro report` SIGKILLed at random moments leaves, at each name it
 * writes, either nothing, the previous complete file, or the new complete file; a rerun
 * completes. Temporary files (`*.tmp-<pid>-*`) may remain beside them, never at the names.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/lib/ingest/ingest.ts";
import { tempDir, testConfig } from "../helpers/archive.ts";

const KILLS = 8;

function report(db: string, out: string, killAfterMs?: number): Promise<{ code: number | null; ms: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "report", "--edition", "2024", "--audience", "public", "--format", "md,html", "--out", out, "--db", db], {
      stdio: "ignore",
      env: { ...process.env, RETRO_KEY: "report-crash-key", NO_COLOR: "1" },
    });
    if (killAfterMs !== undefined) setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("exit", (code) => resolve({ code, ms: performance.now() - t0 }));
  });
}

/** Every file under `dir` (charts folder included), as path -> content; temp files apart. */
function snapshot(dir: string): { files: Map<string, string>; temps: string[] } {
  const files = new Map<string, string>();
  const temps: string[] = [];
  if (!existsSync(dir)) return { files, temps };
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    const path = join(dir, f);
    if (/\.tmp-\d+-/.test(f)) temps.push(f);
    else if (!readdirSync(dir, { withFileTypes: true }).some((d) => d.isDirectory() && d.name === f)) files.set(f, readFileSync(path, "utf8"));
  }
  return { files, temps };
}

describe.skipIf(!existsSync("src/cli/commands/report.ts"))("retro report killed at random moments", () => {
  it(`leaves no half-written report at its final names (${KILLS} kills), and a rerun completes`, async () => {
    const dir = tempDir("retro-report-crash-");
    const db = join(dir, "archive.duckdb");
    process.env.RETRO_KEY = "report-crash-key";
    await ingest({ inputs: ["test/fixtures/hotcrp/v3"], edition: "2024", db, config: testConfig() });
    delete process.env.RETRO_KEY;
    const reference = join(dir, "reference");
    const timed = await report(db, reference);
    expect(timed.code).toBe(0);
    const expected = snapshot(reference).files;
    expect(expected.size, "the report writes several files").toBeGreaterThanOrEqual(2);
    const out = join(dir, "out");
    let killed = 0;
    for (let i = 0; i < KILLS * 2 && killed < KILLS; i++) {
      if (i % 3 === 0) rmSync(out, { recursive: true, force: true });
      const r = await report(db, out, Math.random() * timed.ms);
      if (r.code === null) killed++;
      const { files } = snapshot(out);
      for (const [name, content] of files) {
        expect(expected.has(name), `${name} is one of the report's files`).toBe(true);
        // Reports are generated from the same archive: a finished file is byte-identical.
        expect(content === expected.get(name), `${name} complete, not half-written`).toBe(true);
      }
    }
    expect(killed, "kills that landed before the report finished").toBeGreaterThanOrEqual(KILLS / 2);
    const rerun = await report(db, out);
    expect(rerun.code).toBe(0);
    expect(snapshot(out).files).toEqual(expected);
  }, 600_000);
});
