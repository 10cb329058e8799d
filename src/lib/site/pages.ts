/**
 * Every page's data, by the name of its data loader (src/data/<name>.json.ts). The loaders
 * compute one page each (preview); a build computes them all at once from one read of the
 * archive (`precomputePages`), which the loaders then emit, after checking the audience.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadConfig } from "../config/load.ts";
import { openArchiveReadOnly } from "../db/archive.ts";
import type { Audience } from "../stats/aggregate.ts";
import { acceptancePage } from "./acceptance.ts";
import { archivePage } from "./archive-info.ts";
import { loadSiteInput, type LoadOptions, type SiteInput } from "./input.ts";
import { overviewPage } from "./overview.ts";
import { loadEvidence, papersPage } from "./papers.ts";
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
  papers: { load: {}, make: async (input, conn) => papersPage(input, await loadEvidence(conn)) },
  archive: { load: { reviews: false }, make: (input, conn) => archivePage(conn, input.audience, input.k, loadConfig().config) },
} satisfies Record<string, PageData>;
export type PageName = keyof typeof PAGES;

/** Environment variable naming the folder of a build's precomputed page data. */
export const PRECOMPUTED_ENV = "RETRO_PRECOMPUTED";

/** Computes every page for `audience` from one read of the archive into `dir/<page>.json`. */
export async function precomputePages(db: string, audience: Audience, k: number, dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = await openArchiveReadOnly(db);
  try {
    const input = await loadSiteInput(archive.conn, audience, k, { reviews: true, authors: true });
    for (const [name, page] of Object.entries(PAGES) as Array<[PageName, PageData]>) {
      writeFileSync(join(dir, `${name}.json`), JSON.stringify(await page.make(input, archive.conn)));
    }
  } finally {
    archive.close();
  }
}
