/**
 * One measured step of the OpenReview / EasyChair ingest benchmark, in its own process; prints
 * {seconds, rssMB, detail}. Modes: generate <format> <dir> | floor <dir> | floor-file <dir> <db> |
 * full <dir> <db> | noop <dir> <db>. A full ingest's detail splits its time by stage.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { parseConfig } from "../src/lib/config/load.ts";
import { ingest } from "../src/lib/ingest/ingest.ts";
import { writeConferenceEdition, type ExportFormat } from "../src/lib/sample/index.ts";

const [mode, ...args] = process.argv.slice(2);
const t0 = performance.now();
let detail: string | undefined;

const quoted = (path: string) => `'${path.replaceAll("'", "''")}'`;

if (mode === "generate") {
  const [format, dir] = args as [ExportFormat, string];
  mkdirSync(dir, { recursive: true });
  writeConferenceEdition(dir, { seed: 2026, submissions: 20_000, reviewsPerPaper: 5, format });
  writeFileSync(join(dir, ".complete"), "");
} else if (mode === "floor" || mode === "floor-file") {
  // The floor: DuckDB loading the same raw files itself (the JSON dump with its nested replies,
  // or every CSV of the bundle), into memory or into a checkpointed database file.
  const [dir, db] = args;
  const target = mode === "floor" ? ":memory:" : db;
  if (mode === "floor-file") for (const f of [db, `${db}.wal`]) rmSync(f, { force: true });
  const instance = await DuckDBInstance.create(target);
  const conn = await instance.connect();
  let rows = 0;
  for (const f of readdirSync(dir).filter((n) => !n.startsWith("."))) {
    const path = quoted(join(dir, f));
    const reader = f.endsWith(".json") ? `read_json(${path}, format = 'array', maximum_object_size = 1073741824)` : `read_csv(${path}, header = true, all_varchar = true)`;
    const table = `t_${f.replace(/\W/g, "_")}`;
    await conn.run(`CREATE TABLE ${table} AS SELECT * FROM ${reader}`);
    const reader2 = await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${table}`);
    rows += Number(reader2.getRowObjectsJS()[0].n);
  }
  if (mode === "floor-file") await conn.run("CHECKPOINT");
  conn.closeSync();
  instance.closeSync();
  if (mode === "floor-file") for (const f of [db, `${db}.wal`]) rmSync(f, { force: true });
  detail = `${rows} top-level rows`;
} else if (mode === "full" || mode === "noop") {
  const [dir, db] = args;
  // Seconds per stage of the ingest, from its progress messages: files checked and hashed,
  // parsed by the adapter, validated, written.
  const stages = new Map<string, number>();
  let stage = "read";
  let since = performance.now();
  const progress = (message: string) => {
    const next = message.startsWith("parsing") ? "parse" : message.startsWith("validating") ? "validate" : message.startsWith("writing") ? "write" : stage;
    if (next === stage) return;
    stages.set(stage, (performance.now() - since) / 1000);
    [stage, since] = [next, performance.now()];
  };
  const result = await ingest({ inputs: [dir], edition: "2026", db, config: parseConfig({}, "bench"), classify: false, progress });
  stages.set(stage, (performance.now() - since) / 1000);
  const split = [...stages].map(([name, s]) => `${name} ${s.toFixed(2)}`).join(", ");
  detail = result.status === "written" ? `${result.changes.counts.submissions} submissions, ${result.changes.counts.reviews} reviews; ${split} s` : "unchanged";
} else {
  throw new Error(`unknown mode ${mode}`);
}
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({ seconds, rssMB: process.resourceUsage().maxRSS / 1024, detail }));
