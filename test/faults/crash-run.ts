/**
 * `npm run test:crash -- --kills 200 [--submissions 2000] [--classify-kills 50]`: the crash
 * test at any size, printing each kill and a summary; exits non-zero on any failure.
 */
import { crashClassify, crashIngest } from "./crash-harness.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const kills = arg("kills", 200);
const submissions = arg("submissions", 1000);
const classifyKills = arg("classify-kills", Math.ceil(kills / 4));
const log = (line: string) => console.log(line);

const ingest = await crashIngest({ kills, submissions, log });
console.log(`ingest: ${ingest.kills} kills in ${ingest.seconds.toFixed(0)} s, ${ingest.before} left the old state, ${ingest.after} the new; by stage ${JSON.stringify(ingest.stages)}; rerun ${ingest.rerunOk ? "ok" : "FAILED"}`);
const classify = await crashClassify({ kills: classifyKills, submissions, log });
console.log(`classify: ${classify.kills} kills in ${classify.seconds.toFixed(0)} s, ${classify.before} before, ${classify.after} after; rerun ${classify.rerunOk ? "ok" : "FAILED"}`);
const failures = [...ingest.failures, ...classify.failures];
for (const f of failures) console.log(`FAILED: ${f}`);
process.exit(failures.length || !ingest.rerunOk || !classify.rerunOk ? 1 : 0);
