/**
 * Ingest at conference scale (20,000 submissions, 100,000 reviews, HotCRP paper JSON + reviews
 * CSV): wall time and peak RSS of a full ingest and of a no-op rerun, against the floor of
 * DuckDB reading the same files itself. Each measurement runs in its own process.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadavg } from "node:os";

const OUT = resolve("bench/output/ingest");
const EXPORT_DIR = join(OUT, "hotcrp-conference");
const TARGETS = { ratio: 3, fullSeconds: 10, noopSeconds: 1, rssMB: 1024 };

interface Measure {
  seconds: number;
  rssMB: number;
  detail?: string;
}

function child(mode: string): Measure {
  const out = execFileSync(process.execPath, ["--import", "tsx", "bench/ingest-child.ts", mode, EXPORT_DIR, join(OUT, "bench.duckdb")], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, RETRO_KEY: "bench-key" },
  });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

export async function run(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(join(EXPORT_DIR, ".complete"))) {
    const t0 = performance.now();
    child("generate");
    console.log(`generated the export in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const files = readdirSync(EXPORT_DIR).filter((f) => !f.startsWith("."));
  const mb = files.reduce((n, f) => n + statSync(join(EXPORT_DIR, f)).size, 0) / 1e6;
  console.log(`export: ${files.join(", ")} (${mb.toFixed(0)} MB)`);
  rmSync(join(OUT, "bench.duckdb"), { force: true });
  rmSync(join(OUT, "bench.duckdb.wal"), { force: true });

  const floor = child("floor");
  const floorFile = child("floor-file");
  const full = child("full");
  const noop = child("noop");
  const ratio = full.seconds / floor.seconds;
  const ratioFile = full.seconds / floorFile.seconds;
  const row = (name: string, m: Measure, target: string, ok: boolean) =>
    console.log(`${name.padEnd(34)} ${m.seconds.toFixed(2).padStart(7)} s ${m.rssMB.toFixed(0).padStart(6)} MB   ${target.padEnd(22)} ${ok ? "ok" : "MISSED"}${m.detail ? `  (${m.detail})` : ""}`);
  console.log(`${"measure".padEnd(34)} ${"wall".padStart(9)} ${"peak RSS".padStart(9)}   target`);
  row("floor: DuckDB read_json + read_csv", floor, "(into memory)", true);
  row("floor: the same into a database file", floorFile, "(persisted)", true);
  row("full ingest", full, `< ${TARGETS.fullSeconds} s, < ${TARGETS.rssMB} MB`, full.seconds < TARGETS.fullSeconds && full.rssMB < TARGETS.rssMB);
  row("no-op rerun (identical files)", noop, `< ${TARGETS.noopSeconds} s`, noop.seconds < TARGETS.noopSeconds);
  console.log(`ratio full / floor: ${ratio.toFixed(2)}x (target <= ${TARGETS.ratio}x) ${ratio <= TARGETS.ratio ? "ok" : "MISSED"}`);
  console.log(`ratio full / floor into a file: ${ratioFile.toFixed(2)}x`);
  console.log(`load average while measuring: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (figures are wall times on a shared machine)`);
  // OpenReview and EasyChair exports of the same scale (bench/ingest-systems.ts);
  // `npm run bench -- ingest --hotcrp-only` skips them.
  if (!process.argv.includes("--hotcrp-only")) await (await import("./ingest-systems.ts")).run();
}
