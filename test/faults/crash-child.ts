/**
 * A process for the crash tests to SIGKILL. It loads its modules, prints "ready", then reads
 * one JSON line from stdin: {"mode": "ingest", "db", "edition", "inputs"} or {"mode":
 * "classify", "db", "edition"}. It prints "start", each stage as it begins, and "done", so the
 * parent can spawn it ahead of time and aim its kill at the work, not at module loading.
 */
import { createInterface } from "node:readline";
import { ingest } from "../../src/lib/ingest/ingest.ts";
import { classifyEdition, inTransaction } from "../../src/lib/classify/store.ts";
import { openArchive } from "../../src/lib/db/archive.ts";
import { parseConfig } from "../../src/lib/config/load.ts";

interface Job {
  mode: "ingest" | "classify";
  db: string;
  edition: string;
  inputs?: string[];
}

const say = (m: string) => process.stdout.write(`${m}\n`);
const config = parseConfig({}, "(crash test)");
say("ready");
const lines = createInterface({ input: process.stdin });
const job = JSON.parse(await new Promise<string>((resolve) => lines.once("line", resolve))) as Job;
lines.close();
say("start");
if (job.mode === "ingest") {
  const r = await ingest({ inputs: job.inputs ?? [], edition: job.edition, db: job.db, config, progress: (m) => say(`stage ${m.split(" ")[0]}`) });
  say(`result ${r.status}`);
} else {
  const archive = await openArchive(job.db);
  try {
    say("stage classifying");
    const r = await inTransaction(archive.conn, () => classifyEdition(archive.conn, job.edition, config, { force: true }));
    say(`stage committed ${r.classified}`);
  } finally {
    archive.close();
  }
}
say("done");
