/**
 * Every page's data, by the name of its data loader (src/data/<name>.json.ts). The loaders
 * compute one page each (preview); a build computes them all at once from one read of the
 * archive (`precomputePages`), which the loaders then emit, after checking the audience.
 * The Papers page has a small index (`papers`) plus one file per edition (`papers-<edition>`,
 * from the parameterized loader src/data/papers-[edition].json.ts).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config/load.ts";
import { openArchiveReadOnly } from "../db/archive.ts";
import type { Audience } from "../stats/aggregate.ts";
import { acceptancePage } from "./acceptance.ts";
import { archivePage } from "./archive-info.ts";
import { AUDIENCE_ENV } from "./audience.ts";
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
  papers: { load: {}, make: async (input, conn) => (await papersData(input, (e) => loadEvidence(conn, e))).index },
  archive: { load: { reviews: false }, make: (input, conn) => archivePage(conn, input.audience, input.k, loadConfig().config) },
} satisfies Record<string, PageData>;
export type PageName = keyof typeof PAGES;

/** One edition's file of the Papers page (preview: computed by its own loader). */
export async function editionPapers(input: SiteInput, conn: DuckDBConnection, edition: string): Promise<unknown> {
  const file = (await papersData(input, (e) => loadEvidence(conn, e), edition)).files.get(edition);
  if (!file) throw new Error(`the archive has no edition "${edition}"`);
  return file.data;
}

/** Environment variable naming the folder of a build's precomputed page data. */
export const PRECOMPUTED_ENV = "RETRO_PRECOMPUTED";

/** A precomputed file must start by naming its audience: the loaders check that prefix. */
export const audiencePrefix = (audience: string) => `{"audience":${JSON.stringify(audience)},`;

function writeChecked(file: string, json: string, audience: Audience): void {
  if (!json.startsWith(audiencePrefix(audience))) throw new Error(`${file} would not start with its audience (${json.slice(0, 40)}...)`);
  writeFileSync(file, json);
}

/**
 * Computes every page for `audience` from one read of the archive into `dir/<page>.json` (and
 * `dir/papers-<edition>.json`). The Report page, which reads the archive its own way, is
 * computed meanwhile by its own loader in a second process, so the two overlap.
 */
export async function precomputePages(db: string, audience: Audience, k: number, dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const report = precomputeReport(db, audience, dir);
  const archive = await openArchiveReadOnly(db);
  try {
    const input = await loadSiteInput(archive.conn, audience, k, { reviews: true, authors: true });
    for (const [name, page] of Object.entries(PAGES) as Array<[PageName, PageData]>) {
      if (name === "papers") {
        const { index, files } = await papersData(input, (e) => loadEvidence(archive.conn, e));
        for (const [edition, file] of files) writeChecked(join(dir, `papers-${edition}.json`), file.json, audience);
        writeChecked(join(dir, "papers.json"), JSON.stringify(index), audience);
      } else writeChecked(join(dir, `${name}.json`), JSON.stringify(await page.make(input, archive.conn)), audience);
    }
  } finally {
    archive.close();
  }
  await report;
}

/** Runs src/data/report.json.ts into `dir/report.json`; on failure leaves no file (its loader then computes it, and reports the error). */
function precomputeReport(db: string, audience: Audience, dir: string): Promise<void> {
  const partial = join(dir, "report.json.partial");
  const out = createWriteStream(partial);
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(new URL("../../data/report.json.ts", import.meta.url))], {
    stdio: ["ignore", "pipe", "ignore"],
    env: { ...process.env, RETRO_DB: db, [AUDIENCE_ENV]: audience, [PRECOMPUTED_ENV]: "" },
  });
  child.stdout.pipe(out);
  return new Promise((done) => {
    let finished = false;
    const end = (ok: boolean) => {
      if (finished) return;
      finished = true;
      if (ok) renameSync(partial, join(dir, "report.json"));
      else rmSync(partial, { force: true });
      done();
    };
    child.on("error", () => end(false));
    child.on("close", (code) => out.end(() => end(code === 0)));
  });
}
