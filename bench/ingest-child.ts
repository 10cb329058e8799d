/** One measured step of the ingest benchmark, in its own process; prints {seconds, rssMB}. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { ingest } from "../src/lib/ingest/ingest.ts";
import { parseConfig } from "../src/lib/config/load.ts";
import { writeConferenceHotcrp } from "../src/lib/sample/index.ts";

const [mode, dir, db] = process.argv.slice(2);
const t0 = performance.now();
let detail: string | undefined;

if (mode === "generate") {
  mkdirSync(dir, { recursive: true });
  writeConferenceHotcrp(dir, { seed: 2026, submissions: 20_000, reviewsPerPaper: 5 });
  writeFileSync(join(dir, ".complete"), "");
} else if (mode === "floor" || mode === "floor-file") {
  // The floor: DuckDB loading the same files itself, into memory, or into a database file
  // (persisted and checkpointed, as an ingest's archive is).
  const target = mode === "floor" ? ":memory:" : db;
  if (mode === "floor-file") for (const f of [db, `${db}.wal`]) rmSync(f, { force: true });
  const instance = await DuckDBInstance.create(target);
  const conn = await instance.connect();
  for (const f of readdirSync(dir).filter((n) => !n.startsWith("."))) {
    const path = join(dir, f).replaceAll("'", "''");
    const reader = f.endsWith(".json") ? `read_json('${path}', maximum_object_size = 1073741824)` : `read_csv('${path}', header = true, all_varchar = true)`;
    await conn.run(`CREATE TABLE t_${f.replace(/\W/g, "_")} AS SELECT * FROM ${reader}`);
  }
  if (mode === "floor-file") await conn.run("CHECKPOINT");
  conn.closeSync();
  instance.closeSync();
  if (mode === "floor-file") for (const f of [db, `${db}.wal`]) rmSync(f, { force: true });
} else {
  const result = await ingest({ inputs: [dir], edition: "2026", db, config: parseConfig({}, "bench"), classify: false });
  detail = result.status === "written" ? `${result.changes.counts.submissions} submissions, ${result.changes.counts.reviews} reviews` : "unchanged";
}
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ seconds, rssMB: process.resourceUsage().maxRSS / 1024, detail }));
