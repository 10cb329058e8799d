/**
 * The helper every Framework data loader uses: open the archive read-only (safe beside an
 * ingest), run one function, write its JSON to stdout, close in `finally`. Failures go to
 * stderr with a non-zero exit so the build notices.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { archivePath, openArchiveReadOnly } from "../db/archive.ts";
import { isRetroError } from "../errors.ts";

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
