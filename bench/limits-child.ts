/** One measured ingest of the limits benchmark, in its own process; prints {seconds, rssMB, outcome}. */
import { ingest } from "../src/lib/ingest/ingest.ts";
import { parseConfig } from "../src/lib/config/load.ts";
import { isRetroError } from "../src/lib/errors.ts";

const [db, ...inputs] = process.argv.slice(2);
const t0 = performance.now();
let outcome: string;
try {
  const r = await ingest({ inputs, edition: "2026", db, config: parseConfig({}, "bench"), classify: false });
  outcome = r.status === "written" ? `loaded ${r.changes.counts.submissions} submissions, ${r.changes.counts.reviews} reviews` : "unchanged";
} catch (e) {
  outcome = isRetroError(e) ? `refused: ${e.message.slice(0, 110)}` : `CRASH: ${(e as Error).message}`;
}
console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, rssMB: process.resourceUsage().maxRSS / 1024, outcome }));
