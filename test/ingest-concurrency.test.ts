import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ingest } from "../src/lib/ingest/ingest.ts";
import { count, runCli, tempArchive, testConfig } from "./helpers/archive.ts";

/** Holds the archive open for writing in another process for `ms`; resolves once it holds it. */
/** Holds the archive open in another process for `ms`; resolves once held, with the process's end. */
function holdArchive(db: string, ms: number): Promise<{ released: Promise<void> }> {
  const code = `import("./src/lib/db/archive.ts").then(async (m) => { const a = await m.openArchive(${JSON.stringify(db)}); console.log("held"); setTimeout(() => a.close(), ${ms}); })`;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  const released = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve) => child.stdout.once("data", () => resolve({ released })));
}

describe("two processes on one archive", () => {
  it("a second ingest waits for the first to release the archive, then completes", async () => {
    const db = tempArchive();
    await ingest({ inputs: ["test/fixtures/hotcrp/csv"], edition: "2022", db, config: testConfig() });
    await holdArchive(db, 800);
    const r = runCli(["ingest", "test/fixtures/hotcrp/v3", "--edition", "2024", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(await count(db, "SELECT count(*) n FROM submissions")).toBe(7);
  });

  it("gives up with a clear message when the archive stays busy", async () => {
    const db = tempArchive();
    await ingest({ inputs: ["test/fixtures/hotcrp/csv"], edition: "2022", db, config: testConfig() });
    // Held long enough that even a slow start of the CLI on a busy machine meets the lock.
    const { released } = await holdArchive(db, 8000);
    const r = runCli(["ingest", "test/fixtures/hotcrp/v3", "--edition", "2024", "--db", db], { RETRO_LOCK_WAIT_MS: "300" });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/still in use by another process .*\n\s+fix: Wait for the other ingest/);
    await released;
    expect(await count(db, "SELECT count(*) n FROM submissions"), "archive unchanged").toBe(3);
  });
});
