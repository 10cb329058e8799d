/**
 * Two processes at once on one archive: two ingests (the second waits, then completes, or
 * fails clearly; never a mixture), and dashboard readers beside an ingest (each read sees
 * the old or the new state, without errors).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeConferenceHotcrp } from "../../src/lib/sample/index.ts";
import { canonicalState, sameState } from "./crash-harness.ts";
import { tempDir } from "../helpers/archive.ts";

const ENV = { RETRO_KEY: "concurrency-key", NO_COLOR: "1" };

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], { env: { ...process.env, ...ENV, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => void (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => void (stderr += c.toString()));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

const ingestCli = (db: string, dir: string, extra: string[] = []) => run(["src/cli/main.ts", "ingest", dir, "--edition", "2026", "--db", db, "--no-classify", ...extra]);

describe("two ingests at once", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("retro-concurrent-");
    writeConferenceHotcrp(join(dir, "a"), { seed: 11, submissions: 300, reviewsPerPaper: 3 });
    writeConferenceHotcrp(join(dir, "b"), { seed: 12, submissions: 300, reviewsPerPaper: 3 });
  });

  it("on one edition: both complete one after the other, and the archive is exactly one of the two exports", async () => {
    const refA = join(dir, "ref-a.duckdb");
    const refB = join(dir, "ref-b.duckdb");
    expect((await ingestCli(refA, join(dir, "a"))).code).toBe(0);
    expect((await ingestCli(refB, join(dir, "b"))).code).toBe(0);
    const db = join(dir, "both.duckdb");
    const [a, b] = await Promise.all([ingestCli(db, join(dir, "a")), ingestCli(db, join(dir, "b"))]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const state = await canonicalState(db);
    const asA = { ...(await canonicalState(refA)) };
    const asB = { ...(await canonicalState(refB)) };
    // The later one wins: its data, and its provenance on top.
    const data = (s: Record<string, string>) => ({ submissions: s.submissions, reviews: s.reviews, review_scores: s.review_scores, authors: s.authors });
    expect([JSON.stringify(data(asA)), JSON.stringify(data(asB))]).toContain(JSON.stringify(data(state)));
    expect(sameState(data(state), data(asA)) || sameState(data(state), data(asB))).toBe(true);
  }, 300_000);

  it("the second fails with a clear message when the first holds the archive longer than the wait; the first completes", async () => {
    const db = join(dir, "busy.duckdb");
    expect((await ingestCli(db, join(dir, "a"))).code).toBe(0);
    const before = await canonicalState(db);
    // The first writer announces its stages; the archive is held from "parsing" to the end.
    const first = spawn(process.execPath, ["--import", "tsx", "test/faults/crash-child.ts"], { env: { ...process.env, ...ENV }, stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    const parsing = new Promise<void>((ok) => first.stdout.on("data", (c: Buffer) => void ((out += c.toString()).includes("stage parsing") && ok())));
    const firstDone = new Promise<number | null>((ok) => first.on("exit", ok));
    await new Promise<void>((ok) => first.stdout.once("data", () => ok()));
    first.stdin.end(`${JSON.stringify({ mode: "ingest", db, edition: "2026", inputs: [join(dir, "b")] })}\n`);
    await parsing;
    // Freeze the first writer while it holds the archive, so the second surely finds it busy.
    first.kill("SIGSTOP");
    const second = await run(["src/cli/main.ts", "ingest", join(dir, "a"), "--edition", "2026", "--db", db, "--no-classify"], { RETRO_LOCK_WAIT_MS: "200" });
    first.kill("SIGCONT");
    expect(await firstDone, out).toBe(0);
    expect(second.code, "the second ingest gave up").not.toBe(0);
    expect(second.stderr).toMatch(/still in use by another process after 0\.2 s/);
    expect(second.stderr).toMatch(/fix: Wait for the other ingest/);
    expect(second.stderr, "no stack trace").not.toMatch(/\n\s+at /);
    const after = await canonicalState(db);
    expect(sameState(after, before), "the first ingest's export replaced the old one").toBe(false);
  }, 300_000);
});

describe("dashboard readers beside an ingest", () => {
  it("every read succeeds (waiting for the writer when needed) and sees the old or the new edition, never a mixture", async () => {
    const dir = tempDir("retro-readers-");
    writeConferenceHotcrp(join(dir, "a"), { seed: 21, submissions: 400, reviewsPerPaper: 3 });
    writeConferenceHotcrp(join(dir, "b"), { seed: 22, submissions: 500, reviewsPerPaper: 3 });
    const db = join(dir, "archive.duckdb");
    expect((await ingestCli(db, join(dir, "a"))).code).toBe(0);
    const readers = [run(["test/faults/reader-child.ts", db, "2026", "12000"]), run(["test/faults/reader-child.ts", db, "2026", "12000"])];
    await new Promise((ok) => setTimeout(ok, 2500));
    const writer = await ingestCli(db, join(dir, "b"), ["--no-classify"]);
    expect(writer.code, writer.stderr).toBe(0);
    for (const reader of await Promise.all(readers)) {
      const summary = JSON.parse(reader.stdout.trim().split("\n").at(-1)!) as { reads: number; seen: Record<string, number>; errors: string[]; longestWaitMs: number };
      expect(summary.errors, "no reader failed").toEqual([]);
      expect(summary.reads).toBeGreaterThan(2);
      const counts = Object.keys(summary.seen).map((k) => Number(k.split(":")[0]));
      expect(counts.every((n) => n === 400 || n === 500), `only the old (400) or new (500) edition: ${JSON.stringify(summary.seen)}`).toBe(true);
    }
  }, 300_000);
});
