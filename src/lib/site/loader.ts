/**
 * The helper every Framework data loader uses: open the archive read-only (safe beside an
 * ingest), run one function, write its JSON to stdout, close in `finally`. Failures go to
 * stderr with a non-zero exit so the build notices.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { archivePath, openArchiveReadOnly } from "../db/archive.ts";
import { isRetroError } from "../errors.ts";
import { privacyK, siteAudience } from "./audience.ts";
import { loadSiteInput } from "./input.ts";
import { PAGES, PRECOMPUTED_ENV, type PageData, type PageName } from "./pages.ts";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export async function emitJson(produce: (conn: DuckDBConnection) => Promise<unknown>): Promise<void> {
  try {
    const archive = await openArchiveReadOnly(archivePath());
    try {
      process.stdout.write(JSON.stringify(await produce(archive.conn)));
    } finally {
      archive.close();
    }
  } catch (e) {
    process.stderr.write(`${isRetroError(e) ? e.format() : (e as Error).stack}\n`);
    process.exit(1);
  }
}

/**
 * A page's data loader: reads the audience (RETRO_AUDIENCE, public when unset) and k, and emits
 * the page's data for that audience: precomputed by the build when it did (and made for this
 * same audience), otherwise computed here from the archive.
 */
export async function emitPage(name: PageName): Promise<void> {
  const audience = siteAudience();
  const dir = process.env[PRECOMPUTED_ENV];
  const file = dir ? join(dir, `${name}.json`) : null;
  if (file && existsSync(file)) {
    const text = readFileSync(file, "utf8");
    if ((JSON.parse(text) as { audience?: string }).audience === audience) return void process.stdout.write(text);
  }
  const page: PageData = PAGES[name];
  await emitJson(async (conn) => page.make(await loadSiteInput(conn, audience, privacyK(), page.load), conn));
}
