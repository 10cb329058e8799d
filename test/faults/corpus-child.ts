/**
 * Runs the adversarial corpus (test/fixtures/bad/manifest.json) in one process and prints one
 * JSON line per case, so the parent test can time each file and kill a hang. Error cases go
 * into an archive holding a good edition, which is dumped before and after each; safe cases
 * go into a scratch archive each and their SQL checks are run there.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ingest } from "../../src/lib/ingest/ingest.ts";
import { isRetroError } from "../../src/lib/errors.ts";
import { GENERATORS } from "../../scripts/gen-bad-fixtures.ts";
import { dumpArchive, rows, tempArchive, tempDir, testConfig } from "../helpers/archive.ts";
import type { CorpusManifest, CaseResult } from "./corpus-types.ts";

const BAD = "test/fixtures/bad";
const manifest = JSON.parse(readFileSync(join(BAD, "manifest.json"), "utf8")) as CorpusManifest;
const only = process.argv.slice(2);
const generated = tempDir("retro-bad-generated-");
const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(",");
const cleanProto = protoKeys();

const base = tempArchive();
await ingest({ inputs: ["test/fixtures/hotcrp/csv"], edition: "2022", db: base, config: testConfig(), classify: false });
const before = JSON.stringify(await dumpArchive(base));
console.log(JSON.stringify({ ready: true }));

for (const c of manifest.cases) {
  if (only.length && !only.includes(c.file)) continue;
  const path = c.generate ? GENERATORS[c.generate](generated) : join(BAD, c.file);
  const config = testConfig(c.config ? manifest.configs[c.config] : {});
  const db = c.expect.error ? base : tempArchive();
  const result: CaseResult = { file: c.file, outcome: "ok", ms: 0 };
  const t0 = performance.now();
  try {
    const r = await ingest({ inputs: [path, ...(c.with ?? [])], edition: "2030", db, config, classify: false });
    result.warnings = r.status === "written" ? r.warnings.map((w) => w.message) : [];
  } catch (e) {
    result.outcome = isRetroError(e) ? "error" : "crash";
    result.message = (e as Error).message;
    if (isRetroError(e)) {
      result.fix = e.fix;
      result.location = e.location;
    } else result.stack = (e as Error).stack;
  }
  result.ms = performance.now() - t0;
  if (c.expect.error) result.unchanged = JSON.stringify(await dumpArchive(base)) === before;
  else if (result.outcome === "ok") result.stored = await Promise.all((c.expect.stored ?? []).map(async (s) => Object.values((await rows(db, s.sql))[0] ?? {})[0] ?? null));
  result.prototypeClean = protoKeys() === cleanProto && ({} as Record<string, unknown>).polluted === undefined && ({} as Record<string, unknown>).isAdmin === undefined;
  console.log(JSON.stringify(result));
}
console.log(JSON.stringify({ done: true }));
