/**
 * No half-written dashboard: `npm run build` (scripts/build.ts and the Framework build it runs)
 * SIGKILLed at random moments leaves the output folder holding the previous complete site,
 * file for file; the next build completes. The staging folder of a killed build may remain
 * beside it until the next build removes it.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/lib/ingest/ingest.ts";
import { tempDir, testConfig } from "../helpers/archive.ts";

const KILLS = 3;

function build(db: string, out: string, killAfterMs?: number): Promise<{ code: number | null; ms: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    // Its own process group, so the kill reaches Framework's build process too.
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
      stdio: "ignore",
      detached: true,
      env: { ...process.env, RETRO_DB: db, RETRO_KEY: "site-crash-key", RETRO_SITE_OUT: out, NO_COLOR: "1", OBSERVABLE_TELEMETRY_DISABLE: "true" },
    });
    if (killAfterMs !== undefined) {
      setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // already finished
        }
      }, killAfterMs);
    }
    child.on("exit", (code) => resolve({ code, ms: performance.now() - t0 }));
  });
}

/** Every file of the site, as path -> content. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), readFileSync(path, "latin1"));
  }
  return files;
}

describe("dashboard build killed at random moments", () => {
  it(`keeps the previous complete site through ${KILLS} kills, and the next build completes`, async () => {
    const dir = tempDir("retro-site-crash-");
    const db = join(dir, "workshop.duckdb");
    process.env.RETRO_KEY = "site-crash-key";
    await ingest({ inputs: ["test/fixtures/hotcrp/v3"], edition: "2024", db, config: testConfig() });
    delete process.env.RETRO_KEY;
    const out = join(dir, "site");
    const first = await build(db, out);
    expect(first.code, "the reference build").toBe(0);
    const reference = snapshot(out);
    expect(reference.has("index.html")).toBe(true);
    for (let i = 0; i < KILLS; i++) {
      const at = 1500 + Math.random() * Math.max(1000, first.ms - 1500);
      const killed = await build(db, out, at);
      const now = snapshot(out);
      expect([...now.keys()].sort(), `after a kill at ${Math.round(at)} ms (exit ${killed.code})`).toEqual([...reference.keys()].sort());
      for (const [file, content] of reference) expect(now.get(file) === content, `${file} after a kill at ${Math.round(at)} ms`).toBe(true);
    }
    const last = await build(db, out);
    expect(last.code, "a build after the kills").toBe(0);
    expect(snapshot(out).has("index.html")).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith("site-tmp-") || n.startsWith("site-old-")), "leftovers removed by the next build").toEqual([]);
  }, 600_000);
});
