/**
 * A dashboard reader for the concurrency test: for `ms` milliseconds, opens the archive
 * read-only the way every data loader does (openArchiveReadOnly, which waits for a writer's
 * lock), reads the edition's submissions and a statistic, and closes. Prints one JSON summary.
 */
import { openArchiveReadOnly, queryRows } from "../../src/lib/db/archive.ts";
import { isRetroError } from "../../src/lib/errors.ts";

const [db, edition, ms] = [process.argv[2], process.argv[3], Number(process.argv[4])];
const seen: Record<string, number> = {};
const errors: string[] = [];
let reads = 0;
let longestWaitMs = 0;
process.stdout.write("ready\n");
const end = Date.now() + ms;
while (Date.now() < end) {
  const t0 = performance.now();
  try {
    const archive = await openArchiveReadOnly(db);
    longestWaitMs = Math.max(longestWaitMs, performance.now() - t0);
    try {
      const [row] = await queryRows<{ n: number; titles: string; accepted: number }>(
        archive.conn,
        `SELECT count(*)::INTEGER AS n, md5(string_agg(title, '|' ORDER BY id)) AS titles, count(*) FILTER (WHERE status = 'accepted')::INTEGER AS accepted FROM submissions WHERE edition = $ed`,
        { ed: edition },
      );
      const key = `${row.n}:${row.titles}`;
      seen[key] = (seen[key] ?? 0) + 1;
      reads++;
    } finally {
      archive.close();
    }
  } catch (e) {
    errors.push(isRetroError(e) ? e.format() : String((e as Error).stack));
  }
}
process.stdout.write(`${JSON.stringify({ reads, seen, errors, longestWaitMs })}\n`);
