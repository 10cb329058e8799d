/**
 * Crash safety: SIGKILL an ingest (or a classification) at random moments and check that the
 * archive is then exactly the state before or exactly the state after, never a mixture, and
 * that a rerun completes. Used by test/faults/crash.test.ts (CI size) and by
 * `npm run test:crash -- --kills 200`.
 */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { openArchiveReadOnly, queryRows } from "../../src/lib/db/archive.ts";
import { writeConferenceHotcrp } from "../../src/lib/sample/index.ts";
import { tempDir } from "../helpers/archive.ts";

export const EDITION = "2026";
/** The edition's own data, and the provenance that must agree with it; times left out. */
const STATE_QUERIES: Record<string, string> = {
  editions: "SELECT * FROM editions",
  submissions: "SELECT * FROM submissions",
  authors: "SELECT * FROM authors",
  reviews: "SELECT * FROM reviews",
  review_scores: "SELECT * FROM review_scores",
  identities: "SELECT * FROM identities",
  committee: "SELECT * FROM committee",
  conflicts: "SELECT * FROM conflicts",
  latest_ingest: `SELECT fingerprint FROM ingests WHERE edition = '${EDITION}' ORDER BY ingest_id DESC LIMIT 1`,
  latest_files: `SELECT file, sha256, rows FROM ingest_files WHERE ingest_id = (SELECT max(ingest_id) FROM ingests WHERE edition = '${EDITION}')`,
};
const CLASSIFICATION_QUERY = "SELECT * EXCLUDE (classified_at) FROM classifications";

/** A canonical, comparable digest of the archive: each table's rows sorted, hashed. */
export async function canonicalState(db: string, withClassifications = false): Promise<Record<string, string>> {
  const archive = await openArchiveReadOnly(db);
  try {
    const out: Record<string, string> = {};
    const queries = withClassifications ? { ...STATE_QUERIES, classifications: CLASSIFICATION_QUERY } : STATE_QUERIES;
    for (const [name, sql] of Object.entries(queries)) {
      const rows = await queryRows(archive.conn, sql);
      out[name] = rows.map((r) => JSON.stringify(r)).sort().join("\n");
    }
    return out;
  } finally {
    archive.close();
  }
}

export function sameState(a: Record<string, string>, b: Record<string, string>): boolean {
  return Object.keys(a).every((k) => a[k] === b[k]);
}

export interface ChildRun {
  code: number | null;
  killed: boolean;
  /** The last stage the child announced before it stopped. */
  stage: string;
  /** From "start" to exit. */
  ms: number;
  /** When each stage began, in ms after "start". */
  stages: Record<string, number>;
}

export interface Job {
  mode: "ingest" | "classify";
  db: string;
  edition: string;
  inputs?: string[];
}

interface Spawned {
  ready: Promise<void>;
  run(job: Job, killAfterMs?: number): Promise<ChildRun>;
  kill(): void;
}

/** Starts a crash child, which loads its modules and waits for its job. */
function spawnChild(env: Record<string, string>): Spawned {
  const child = spawn(process.execPath, ["--import", "tsx", "test/faults/crash-child.ts"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
  let stage = "loading";
  let started = 0;
  let killAfter: number | undefined;
  let killed = false;
  let stderr = "";
  let buffer = "";
  const stages: Record<string, number> = {};
  let onReady = () => undefined as void;
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    void exited.then((code) => reject(new Error(`crash child exited (${code}) before it was ready:\n${stderr}`)));
  });
  ready.catch(() => undefined);
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (line === "ready") onReady();
      else if (line === "start") {
        started = performance.now();
        stage = "start";
        if (killAfter !== undefined) setTimeout(() => void (child.exitCode === null && (killed = child.kill("SIGKILL"))), killAfter);
      } else if (line.startsWith("stage ") || line === "done") {
        stage = line.replace(/^stage /, "");
        stages[stage] ??= performance.now() - started;
      }
    }
  });
  child.stderr.on("data", (c: Buffer) => void (stderr += c.toString()));
  return {
    ready,
    async run(job, killAfterMs) {
      await ready;
      killAfter = killAfterMs;
      child.stdin.end(`${JSON.stringify(job)}\n`);
      const code = await exited;
      if (!killed && code !== 0) throw new Error(`crash child failed (exit ${code}):\n${stderr}`);
      return { code, killed, stage, ms: started ? performance.now() - started : 0, stages };
    },
    kill: () => void child.kill("SIGKILL"),
  };
}

/** Keeps one child loaded ahead, so module loading overlaps the previous run's checks. */
export function childPool(env: Record<string, string>) {
  let next = spawnChild(env);
  return {
    run(job: Job, killAfterMs?: number): Promise<ChildRun> {
      const current = next;
      next = spawnChild(env);
      return current.run(job, killAfterMs);
    },
    close: () => next.kill(),
  };
}

export interface CrashReport {
  kills: number;
  /** How many kills left the archive in the state before / after the interrupted run. */
  before: number;
  after: number;
  /** Kills by the stage they interrupted. */
  stages: Record<string, number>;
  failures: string[];
  rerunOk: boolean;
  seconds: number;
}

export interface CrashOptions {
  kills: number;
  submissions: number;
  seed?: number;
  log?: (line: string) => void;
}

/**
 * Two exports of one edition (the second a newer download: other titles, scores, decisions);
 * the archive alternates between them, each ingest killed at a random moment of its run:
 * four kills in five aimed before its data commit ends, one anywhere in the run.
 */
export async function crashIngest(opts: CrashOptions): Promise<CrashReport> {
  const t0 = performance.now();
  const dir = tempDir("retro-crash-");
  const exports = { A: join(dir, "export-a"), B: join(dir, "export-b") };
  writeConferenceHotcrp(exports.A, { seed: opts.seed ?? 1, submissions: opts.submissions, reviewsPerPaper: 4 });
  writeConferenceHotcrp(exports.B, { seed: (opts.seed ?? 1) + 1, submissions: opts.submissions, reviewsPerPaper: 4 });
  const db = join(dir, "archive.duckdb");
  const pool = childPool({ RETRO_KEY: "crash-test-key", RETRO_LOCK_WAIT_MS: "30000" });
  const job = (which: "A" | "B"): Job => ({ mode: "ingest", db, edition: EDITION, inputs: [exports[which]] });
  const report: CrashReport = { kills: 0, before: 0, after: 0, stages: {}, failures: [], rerunOk: false, seconds: 0 };
  try {
    // Reference states, and the timing of an uninterrupted ingest.
    // A, B, then A again: identities (chair-only names behind pseudonyms) accumulate across
    // loads by design, so the reference "A" is taken once B's people are known too.
    await pool.run(job("A"));
    const timed = await pool.run(job("B"));
    const stateB = await canonicalState(db);
    await pool.run(job("A"));
    const stateA = await canonicalState(db);
    const states = { A: stateA, B: stateB };
    if (sameState(stateA, stateB)) throw new Error("the two exports give the same state: nothing to test");
    const committed = (timed.stages.classifying ?? timed.ms) * 1.1;
    opts.log?.(`uninterrupted ingest: ${(timed.ms / 1000).toFixed(2)} s (data committed by ${(committed / 1100).toFixed(2)} s); killing ${opts.kills} times`);

    let current: "A" | "B" = "A";
    let attempts = 0;
    while (report.kills < opts.kills && attempts++ < opts.kills * 3) {
      const target: "A" | "B" = current === "A" ? "B" : "A";
      const window = Math.random() < 0.8 ? committed : timed.ms * 1.05;
      const run = await pool.run(job(target), Math.random() * window);
      const state = await canonicalState(db);
      const now: "A" | "B" | null = sameState(state, states[target]) ? target : sameState(state, states[current]) ? current : null;
      if (run.killed) {
        report.kills++;
        report.stages[run.stage] = (report.stages[run.stage] ?? 0) + 1;
        if (now === target) report.after++;
        if (now === current) report.before++;
      }
      if (now === null) {
        const which = Object.keys(state).map((k) => `${k}: ${state[k] === states[current][k] ? "before" : state[k] === states[target][k] ? "after" : "neither"}`);
        report.failures.push(`kill during "${run.stage}" left a state that is neither before nor after (${which.join(", ")})`);
        keepEvidence(db, dir, report.failures.length);
        break;
      }
      opts.log?.(`kill ${report.kills}: during ${run.stage} after ${run.ms.toFixed(0)} ms -> ${now === target ? "new" : "old"} state`);
      current = now;
    }
    // A rerun of the interrupted load completes and gives exactly its state.
    const rerunTarget = current === "A" ? "B" : "A";
    const rerun = await pool.run(job(rerunTarget));
    report.rerunOk = rerun.code === 0 && sameState(await canonicalState(db), states[rerunTarget]);
  } finally {
    pool.close();
  }
  report.seconds = (performance.now() - t0) / 1000;
  if (report.failures.length === 0) rmSync(dir, { recursive: true, force: true });
  return report;
}

/**
 * Classification killed at random moments: the classifications table is exactly the one
 * before or the one after a full reclassification, and a rerun completes.
 */
export async function crashClassify(opts: CrashOptions): Promise<CrashReport> {
  const t0 = performance.now();
  const dir = tempDir("retro-crash-classify-");
  const exportDir = join(dir, "export");
  writeConferenceHotcrp(exportDir, { seed: opts.seed ?? 3, submissions: opts.submissions, reviewsPerPaper: 2 });
  const db = join(dir, "archive.duckdb");
  const pool = childPool({ RETRO_KEY: "crash-test-key" });
  const classify: Job = { mode: "classify", db, edition: EDITION };
  const report: CrashReport = { kills: 0, before: 0, after: 0, stages: {}, failures: [], rerunOk: false, seconds: 0 };
  try {
    await pool.run({ mode: "ingest", db, edition: EDITION, inputs: [exportDir] });
    const timed = await pool.run(classify);
    const after = await canonicalState(db, true);
    let window = timed.stages.committed ?? timed.ms;
    let attempts = 0;
    while (report.kills < opts.kills && attempts++ < opts.kills * 3) {
      // The model reclassifies identically, so "before" is made to differ: half the rows gone.
      await thinClassifications(db);
      const before = await canonicalState(db, true);
      const run = await pool.run(classify, Math.random() * window * 1.05);
      if (!run.killed && run.stages.committed) window = Math.min(window, run.stages.committed);
      const state = await canonicalState(db, true);
      const now = sameState(state, after) ? "after" : sameState(state, before) ? "before" : null;
      if (run.killed) {
        report.kills++;
        report.stages[run.stage] = (report.stages[run.stage] ?? 0) + 1;
        if (now) report[now]++;
      }
      if (now === null) {
        report.failures.push(`classification killed during "${run.stage}" left a partial classifications table`);
        keepEvidence(db, dir, report.failures.length);
        break;
      }
      opts.log?.(`classify kill ${report.kills}: during ${run.stage} after ${run.ms.toFixed(0)} ms -> ${now}`);
    }
    const rerun = await pool.run(classify);
    report.rerunOk = rerun.code === 0 && sameState(await canonicalState(db, true), after);
  } finally {
    pool.close();
  }
  report.seconds = (performance.now() - t0) / 1000;
  if (report.failures.length === 0) rmSync(dir, { recursive: true, force: true });
  return report;
}

/** Deletes every other classification so that a full run visibly changes the table. */
async function thinClassifications(db: string): Promise<void> {
  const { openArchive } = await import("../../src/lib/db/archive.ts");
  const archive = await openArchive(db);
  try {
    await archive.conn.run(`DELETE FROM classifications WHERE hash(submission_id) % 2 = 0`);
  } finally {
    archive.close();
  }
}

function keepEvidence(db: string, dir: string, n: number): void {
  for (const suffix of ["", ".wal"]) if (existsSync(db + suffix)) copyFileSync(db + suffix, join(dir, `failure-${n}.duckdb${suffix}`));
}
