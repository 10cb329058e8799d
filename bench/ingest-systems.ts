/**
 * Ingest at conference scale (20,000 submissions, 100,000 reviews) of an OpenReview API v2 dump
 * and an EasyChair CSV bundle, generated from the same seeded edition: full ingest, no-op rerun
 * and peak RSS, against the floor of DuckDB reading the same raw files itself. Each step runs in
 * its own process (`ingest-systems-child.ts`).
 *
 * `npx tsx bench/ingest-systems.ts` runs only this part (no HotCRP); `--system=easychair` or
 * `--system=openreview` (here or after `npm run bench -- ingest`) narrows it to one system.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const OUT = resolve("bench/output/ingest-systems");
const TARGETS = { ratio: 3, rssMB: 1024, noopSeconds: 1 };
const SYSTEMS = [
  { name: "OpenReview API v2 dump", format: "openreview-v2", folder: "openreview-conference" },
  { name: "EasyChair CSV bundle", format: "easychair", folder: "easychair-conference" },
] as const;

interface Measure {
  seconds: number;
  rssMB: number;
  detail?: string;
}

function child(args: string[]): Measure {
  const out = execFileSync(process.execPath, ["--import", "tsx", "bench/ingest-systems-child.ts", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, RETRO_KEY: "bench-key" },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

/** The systems asked for with `--system=<name>` (matched against the format), else all. */
function chosenSystems(): Array<(typeof SYSTEMS)[number]> {
  const asked = process.argv.filter((a) => a.startsWith("--system=")).map((a) => a.slice("--system=".length).toLowerCase());
  if (!asked.length) return [...SYSTEMS];
  const chosen = SYSTEMS.filter((s) => asked.some((a) => s.format.startsWith(a)));
  if (!chosen.length) throw new Error(`--system: choose from ${SYSTEMS.map((s) => s.format).join(", ")}`);
  return chosen;
}

export async function run(): Promise<void> {
  for (const system of chosenSystems()) {
    const dir = join(OUT, system.folder);
    const db = join(OUT, `${system.folder}.duckdb`);
    console.log(`\n### ${system.name}`);
    if (!existsSync(join(dir, ".complete"))) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const g = child(["generate", system.format, dir]);
      console.log(`generated the export in ${g.seconds.toFixed(1)} s`);
    }
    const files = readdirSync(dir).filter((f) => !f.startsWith("."));
    const mb = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0) / 1e6;
    console.log(`export: ${files.join(", ")} (${mb.toFixed(0)} MB)`);
    for (const f of [db, `${db}.wal`, join(OUT, "floor.duckdb")]) rmSync(f, { force: true });
    const floor = child(["floor", dir]);
    const floorFile = child(["floor-file", dir, join(OUT, "floor.duckdb")]);
    const full = child(["full", dir, db]);
    const noop = child(["noop", dir, db]);
    const row = (name: string, m: Measure, target: string, ok: boolean | null) =>
      console.log(`${name.padEnd(34)} ${m.seconds.toFixed(2).padStart(7)} s ${m.rssMB.toFixed(0).padStart(6)} MB   ${target.padEnd(22)} ${ok === null ? "" : ok ? "ok" : "MISSED"}${m.detail ? `  (${m.detail})` : ""}`);
    console.log(`${"measure".padEnd(34)} ${"wall".padStart(9)} ${"peak RSS".padStart(9)}   target`);
    row("floor: DuckDB reads the raw files", floor, "(into memory)", null);
    row("floor: the same into a database file", floorFile, "(persisted)", null);
    row("full ingest", full, `< ${TARGETS.rssMB} MB`, full.rssMB < TARGETS.rssMB);
    row("no-op rerun (identical files)", noop, `< ${TARGETS.noopSeconds} s`, noop.seconds < TARGETS.noopSeconds);
    const ratio = full.seconds / floor.seconds;
    console.log(`ratio full / floor: ${ratio.toFixed(2)}x (target <= ${TARGETS.ratio}x) ${ratio <= TARGETS.ratio ? "ok" : "MISSED"}`);
    console.log(`ratio full / floor into a file: ${(full.seconds / floorFile.seconds).toFixed(2)}x`);
  }
  console.log(`load average while measuring: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (figures are wall times on a shared machine)`);
}

// Run directly: `npx tsx bench/ingest-systems.ts [--system=easychair]`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
