/**
 * The helper every Framework data loader uses: open the archive read-only (safe beside an
 * ingest), run one function, write its JSON to stdout, close in `finally`. Failures go to
 * stderr with a non-zero exit so the build notices.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { archivePath, openArchiveReadOnly } from "../db/archive.ts";
import { isRetroError } from "../errors.ts";
import { privacyK, siteAudience } from "./audience.ts";
import { loadSiteInput, type LoadOptions, type SiteInput } from "./input.ts";

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
 * A page's data loader: reads the audience (RETRO_AUDIENCE, public when unset) and k, loads the
 * archive's records, and emits what `page` makes of them for that audience.
 */
export async function emitPage(page: (input: SiteInput, conn: DuckDBConnection) => unknown | Promise<unknown>, options: LoadOptions = {}): Promise<void> {
  await emitJson(async (conn) => {
    const input = await loadSiteInput(conn, siteAudience(), privacyK(), options);
    return page(input, conn);
  });
}
