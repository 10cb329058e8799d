/**
 * The retrospective report of a conference-scale edition (20,000 submissions, 100,000 reviews,
 * HotCRP export ingested and classified once, then reused): Markdown + HTML with every chart,
 * PDF excluded, against a 10 s target. Prints the breakdown and the report's headline.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseConfig } from "../src/lib/config/load.ts";
import { ingest } from "../src/lib/ingest/ingest.ts";
import { generateReport } from "../src/lib/report/generate.ts";
import { writeConferenceHotcrp } from "../src/lib/sample/index.ts";

const OUT = resolve("bench/output/report");
const EXPORT_DIR = join(OUT, "hotcrp-conference");
const DB = join(OUT, "conference.duckdb");
const TARGET_SECONDS = 10;

const config = parseConfig(
  { editions: [{ id: "2026", year: 2026, submission_deadline: "2026-03-27T23:59:00-12:00", review_deadline: "2026-05-08T23:59:00-12:00", notification: "2026-05-29T23:59:00-12:00" }] },
  "bench",
);

async function prepare(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(join(EXPORT_DIR, ".complete"))) {
    const t0 = performance.now();
    mkdirSync(EXPORT_DIR, { recursive: true });
    writeConferenceHotcrp(EXPORT_DIR, { seed: 2026, submissions: 20_000, reviewsPerPaper: 5 });
    writeFileSync(join(EXPORT_DIR, ".complete"), "");
    console.log(`generated the export in ${((performance.now() - t0) / 1000).toFixed(1)} s (not timed)`);
  }
  if (!existsSync(`${DB}.complete`)) {
    const t0 = performance.now();
    for (const f of [DB, `${DB}.wal`]) rmSync(f, { force: true });
    process.env.RETRO_KEY ??= "bench-key";
    const r = await ingest({ inputs: [EXPORT_DIR], edition: "2026", db: DB, config, classify: true });
    writeFileSync(`${DB}.complete`, "");
    console.log(`ingested and classified ${r.status === "written" ? `${r.changes.counts.submissions} submissions, ${r.changes.counts.reviews} reviews` : "(unchanged)"} in ${((performance.now() - t0) / 1000).toFixed(1)} s (not timed)`);
  }
}

export async function run(): Promise<void> {
  await prepare();
  const out = join(OUT, "reports");
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await generateReport(DB, { edition: "2026", audience: "chair", config, out, formats: ["md", "html"] });
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const s = result.seconds;
  const row = (name: string, seconds: number) => console.log(`${name.padEnd(48)} ${seconds.toFixed(2).padStart(6)} s`);
  row("read the archive (queries)", s.load);
  row("facts: every statistic, 1,000 bootstrap resamples", s.facts);
  row("charts: Vega-Lite -> SVG in Node", s.charts);
  row("write Markdown + charts + HTML", s.write);
  console.log(`${"total (PDF excluded)".padEnd(48)} ${wall.toFixed(2).padStart(6)} s   cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s   target < ${TARGET_SECONDS} s: ${wall < TARGET_SECONDS ? "ok" : "MISSED"}`);
  const md = readFileSync(join(out, "2026-retrospective.md"), "utf8");
  const glance = md.split("\n").find((l) => l.includes(" received "));
  console.log(`report: ${join(out, "2026-retrospective.md")} (${(md.length / 1024).toFixed(0)} kB), ${result.files.length} outputs`);
  if (glance) console.log(`headline: ${glance}`);
  console.log(`load average while measuring: ${loadavg().map((l) => l.toFixed(2)).join(" ")} (wall times on a shared machine)`);
}
