/**
 * `npm run sample [-- --out <dir>] [--seed <seed>]`: regenerates the embedded sample
 * (default `data/sample/`), overwriting its files deterministically. Exports under the
 * system folders (`<dir>/hotcrp/`, `openreview/`, `easychair/`, `cmt/`) that the generator no
 * longer writes are removed, so the folder always matches the generator exactly.
 */
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateSample, SAMPLE_SEED, writeFiles } from "../src/lib/sample/index.ts";

const { values } = parseArgs({
  options: { out: { type: "string", default: "data/sample" }, seed: { type: "string", default: SAMPLE_SEED } },
});

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const out = resolve(values.out!);
const files = generateSample(values.seed);
writeFiles(out, files);
const systems = ["hotcrp", "openreview", "easychair", "cmt"];
for (const stale of systems.flatMap((s) => filesUnder(join(out, s))).filter((f) => !files.has(relative(out, f)))) {
  rmSync(stale);
  console.log(`removed ${relative(process.cwd(), stale)} (no longer generated)`);
}
for (const dir of systems.map((s) => join(out, s)).filter(existsSync)) {
  for (const edition of readdirSync(dir).map((name) => join(dir, name))) {
    if (statSync(edition).isDirectory() && readdirSync(edition).length === 0) rmSync(edition, { recursive: true });
  }
}
const bytes = [...files.values()].reduce((n, c) => n + Buffer.byteLength(c), 0);
const shown = relative(process.cwd(), out);
console.log(`wrote ${files.size} files (${(bytes / 1024).toFixed(0)} KiB) to ${shown.startsWith("..") ? out : shown}`);
