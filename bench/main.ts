/**
 * `npm run bench -- <name ...>`: speed and memory benchmarks, printed as figures and ratios
 * against their targets. Without a name, runs them all. Not part of `npm test`.
 */
const SUITES: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  ingest: () => import("./ingest.ts"),
  stats: () => import("./stats.ts"),
  classify: () => import("./classify.ts"),
  limits: () => import("./limits.ts"),
  report: () => import("./report.ts"),
  site: () => import("./site.ts"),
};

const asked = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const names = asked.length ? asked : Object.keys(SUITES);
for (const name of names) {
  const load = SUITES[name];
  if (!load) {
    console.error(`unknown benchmark "${name}"; choose from: ${Object.keys(SUITES).join(", ")}`);
    process.exit(2);
  }
  console.log(`\n## bench ${name}`);
  await (await load()).run();
}
