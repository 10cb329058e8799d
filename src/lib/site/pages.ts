/**
 * Every page's data, by the name of its data loader (src/data/<name>.json.ts). The loaders
 * compute one page each (preview); a build computes them all at once from one read of the
 * archive (`precomputePages`), which the loaders then emit, after checking the audience.
 * The Papers page has a small index (`papers`) plus one file per edition (`papers-<edition>`,
 * from the parameterized loader src/data/papers-[edition].json.ts).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadConfig } from "../config/load.ts";
import { openArchiveReadOnly } from "../db/archive.ts";
import { isRetroError, RetroError } from "../errors.ts";
import type { Audience } from "../stats/aggregate.ts";
import { acceptancePage } from "./acceptance.ts";
import { archivePage } from "./archive-info.ts";
import { AUDIENCE_ENV } from "./audience.ts";
import { audiencePrefix } from "./precomputed.js";
import { loadSiteInput, type LoadOptions, type SiteInput } from "./input.ts";
import { overviewPage } from "./overview.ts";
import { loadEvidence, papersData } from "./papers.ts";
import { reviewingPage } from "./reviewing.ts";
import { topicsPage } from "./topics.ts";
import { loadRebuttals, trendsPage } from "./trends.ts";

export interface PageData {
  /** What the page needs read from the archive beyond submissions and classifications. */
  load: LoadOptions;
  make: (input: SiteInput, conn: DuckDBConnection) => unknown | Promise<unknown>;
}

export const PAGES = {
  overview: { load: {}, make: overviewPage },
  topics: { load: { reviews: false }, make: topicsPage },
  acceptance: { load: { reviews: false, authors: true }, make: acceptancePage },
  reviewing: { load: {}, make: reviewingPage },
  trends: { load: {}, make: async (input, conn) => trendsPage(input, await loadRebuttals(conn)) },
  papers: { load: {}, make: async (input, conn) => (await papersData(input, (e, accepted) => loadEvidence(conn, e, accepted))).index },
  archive: { load: { reviews: false }, make: (input, conn) => archivePage(conn, input.audience, input.k, loadConfig().config) },
} satisfies Record<string, PageData>;
export type PageName = keyof typeof PAGES;

/** One edition's file of the Papers page (preview: computed by its own loader). */
export async function editionPapers(input: SiteInput, conn: DuckDBConnection, edition: string): Promise<unknown> {
  const file = (await papersData(input, (e, accepted) => loadEvidence(conn, e, accepted), edition)).files.get(edition);
  if (!file) throw new Error(`the archive has no edition "${edition}"`);
  return file.data;
}

/** Environment variable naming the folder of a build's precomputed page data. */
export const PRECOMPUTED_ENV = "RETRO_PRECOMPUTED";


function writeAudienceFile(file: string, json: string, audience: Audience): void {
  if (!json.startsWith(audiencePrefix(audience))) throw new Error(`${file} would not start with its audience (${json.slice(0, 40)}...)`);
  writeFileSync(file, json);
}

/**
 * Computes every page for `audience` into `dir/<page>.json` (and `dir/papers-<edition>.json`):
 * one process reads the archive once for all pages, while a second runs the Report page's own
 * loader (it reads the archive its own way), so the two overlap. Both run with a larger young
 * generation (--max-semi-space-size): the statistics allocate many short-lived objects, and
 * V8's default makes a conference-scale build spend a fifth of its time collecting them.
 */
export async function precomputePages(db: string, audience: Audience, k: number, dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const [pages] = await Promise.all([
    runNode([fileURLToPath(import.meta.url), "--precompute", db, audience, String(k), dir], "ignore"),
    precomputeReport(db, audience, dir),
  ]);
  if (pages.code !== 0) {
    throw new RetroError(`Computing the ${audience} view's data failed:\n${pages.stderr.trim().split("\n").slice(-12).join("\n")}`, "Fix what the message above names, then build again.");
  }
}

/** What the child started by `precomputePages` does: every page but the Report from one read of the archive. */
async function precomputeHere(db: string, audience: Audience, k: number, dir: string): Promise<void> {
  // A build killed meanwhile must not find files of this run in the next build's folder.
  const parent = process.ppid;
  const writeChecked = (file: string, json: string, audience: Audience) => {
    if (process.ppid !== parent) process.exit(1);
    writeAudienceFile(file, json, audience);
  };
  const archive = await openArchiveReadOnly(db);
  try {
    const input = await loadSiteInput(archive.conn, audience, k, { reviews: true, authors: true });
    for (const [name, page] of Object.entries(PAGES) as Array<[PageName, PageData]>) {
      if (name === "papers") {
        const { index, files } = await papersData(input, (e, accepted) => loadEvidence(archive.conn, e, accepted));
        for (const [edition, file] of files) writeChecked(join(dir, `papers-${edition}.json`), file.json, audience);
        writeChecked(join(dir, "papers.json"), JSON.stringify(index), audience);
      } else writeChecked(join(dir, `${name}.json`), JSON.stringify(await page.make(input, archive.conn)), audience);
    }
  } finally {
    archive.close();
  }
}

/** Runs a TypeScript file in node (tsx hooks, larger young generation); stdout to `stdout` ("ignore" or a file descriptor). */
function runNode(args: string[], stdout: "ignore" | number, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--max-semi-space-size=64", "--import", "tsx", ...args], {
    stdio: ["ignore", stdout, "pipe"],
    env: { ...process.env, ...env },
  });
  let stderr = "";
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  return new Promise((done) => {
    child.on("error", (e) => done({ code: -1, stderr: e.message }));
    child.on("close", (code) => done({ code, stderr }));
  });
}

/** Runs src/data/report.json.ts into `dir/report.json`; on failure leaves no file (its loader then computes it, and reports the error). */
async function precomputeReport(db: string, audience: Audience, dir: string): Promise<void> {
  const partial = join(dir, "report.json.partial");
  const out = openSync(partial, "w");
  let code: number | null;
  try {
    ({ code } = await runNode([fileURLToPath(new URL("../../data/report.json.ts", import.meta.url))], out, { RETRO_DB: db, [AUDIENCE_ENV]: audience, [PRECOMPUTED_ENV]: "" }));
  } finally {
    closeSync(out);
  }
  if (code === 0) renameSync(partial, join(dir, "report.json"));
  else rmSync(partial, { force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === "--precompute") {
  const [db, audience, k, dir] = process.argv.slice(3);
  precomputeHere(db, audience as Audience, Number(k), dir).catch((e) => {
    process.stderr.write(`${isRetroError(e) ? e.format() : (e as Error).stack}\n`);
    process.exit(1);
  });
}
