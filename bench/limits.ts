/**
 * `npm run bench -- limits`: peak memory and time of an ingest at growing export sizes up to
 * the input limits (HotCRP paper JSON + reviews CSV at 1x, 2x and 4x conference scale; 4x is
 * about 500 MB of input), and of the refusals past them (a 50 MB field, a file over
 * RETRO_MAX_FILE_MB, a zip bomb). Each run is its own process; RSS is the process's peak.
 * `--scales 1,2` picks the sizes.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadavg } from "node:os";
import { writeConferenceHotcrp } from "../src/lib/sample/index.ts";
import { GENERATORS } from "../scripts/gen-bad-fixtures.ts";
import { currentLimits } from "../loaders/common/limits.ts";

const OUT = resolve("bench/output/limits");
const MIB = 2 ** 20;

function measure(inputs: string[], env: Record<string, string> = {}): { seconds: number; rssMB: number; outcome: string } {
  const db = join(OUT, "limits.duckdb");
  for (const f of [db, `${db}.wal`]) rmSync(f, { force: true });
  const out = execFileSync(process.execPath, ["--import", "tsx", "bench/limits-child.ts", db, ...inputs], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, RETRO_KEY: "bench-key", ...env },
    maxBuffer: 16 * MIB,
  });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

const mb = (dir: string) => readdirSync(dir).filter((f) => !f.startsWith(".")).reduce((n, f) => n + statSync(join(dir, f)).size, 0) / 1e6;

export async function run(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const limits = currentLimits();
  console.log(`limits: ${limits.maxFileBytes / MIB} MiB a file (RETRO_MAX_FILE_MB), ${limits.maxFieldChars / MIB} M characters a value (RETRO_MAX_FIELD_MB), ${limits.maxRows.toLocaleString("en-US")} records of one kind an edition (RETRO_MAX_ROWS)`);
  const i = process.argv.indexOf("--scales");
  const scales = (i > 0 ? process.argv[i + 1] : "1,2,4").split(",").map(Number);
  console.log(`${"input".padEnd(58)} ${"MB".padStart(6)} ${"wall s".padStart(7)} ${"peak RSS MB".padStart(12)}  outcome`);
  const row = (name: string, size: number, m: { seconds: number; rssMB: number; outcome: string }) =>
    console.log(`${name.padEnd(58)} ${size.toFixed(0).padStart(6)} ${m.seconds.toFixed(1).padStart(7)} ${m.rssMB.toFixed(0).padStart(12)}  ${m.outcome}`);
  for (const scale of scales) {
    const dir = join(OUT, `hotcrp-x${scale}`);
    if (!existsSync(join(dir, ".complete"))) {
      writeConferenceHotcrp(dir, { seed: 2026, submissions: 20_000 * scale, reviewsPerPaper: 5 });
      writeFileSync(join(dir, ".complete"), "");
    }
    row(`HotCRP ${(20_000 * scale).toLocaleString("en-US")} submissions, ${(100_000 * scale).toLocaleString("en-US")} reviews`, mb(dir), measure([dir]));
  }
  const bad = join(OUT, "bad");
  const field = GENERATORS["huge-field-csv"](bad);
  row("a 50 MB abstract (past the value limit)", statSync(field).size / 1e6, measure([field]));
  const big = join(OUT, `hotcrp-x${scales[0]}`);
  const reviews = readdirSync(big).find((f) => f.endsWith(".csv"))!;
  const size = statSync(join(big, reviews)).size;
  row(`reviews CSV with RETRO_MAX_FILE_MB=${Math.floor(size / MIB / 2)} (past the file limit)`, size / 1e6, measure([join(big, reviews)], { RETRO_MAX_FILE_MB: String(Math.floor(size / MIB / 2)) }));
  const bomb = GENERATORS["zip-bomb-lying-size"](bad);
  row("zip bomb (declares 1 kB, inflates to 16 MiB and on)", statSync(bomb).size / 1e6, measure([bomb]));
  console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (shared machine: wall times are pessimistic)`);
}
