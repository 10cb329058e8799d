/**
 * The helper every Framework data loader uses: open the archive read-only (safe beside an
 * ingest), run one function, write its JSON to stdout, close in `finally`. Failures go to
 * stderr with a non-zero exit so the build notices.
 *
 * A build precomputes every page (src/lib/site/pages.ts) and its loaders only copy a file out
 * (run-loader.js does that before loading any TypeScript); this module imports the statistics
 * and DuckDB only when it computes, since every loader is its own process.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { precomputedText } from "./precomputed.js";

export async function emitJson(produce: (conn: DuckDBConnection) => Promise<unknown>, write = true): Promise<void> {
  const { archivePath, openArchiveReadOnly } = await import("../db/archive.ts");
  const { isRetroError } = await import("../errors.ts");
  try {
    const archive = await openArchiveReadOnly(archivePath());
    try {
      const value = await produce(archive.conn);
      if (write) process.stdout.write(JSON.stringify(value));
    } finally {
      archive.close();
    }
  } catch (e) {
    process.stderr.write(`${isRetroError(e) ? e.format() : (e as Error).stack}\n`);
    process.exit(1);
  }
}

/** The build's precomputed `<file>.json` for this audience (see precomputed.js), or null. */
const precomputed = (file: string) => precomputedText(`${file}.json`);

/** Writes the build's precomputed `<file>.json` for this audience to stdout; false when there is none. */
export function emitPrecomputed(file: string): boolean {
  const text = precomputed(file);
  if (text !== null) process.stdout.write(text);
  return text !== null;
}

/** The parameter Framework passes a parameterized loader (`--edition=2024`). */
export function loaderParam(name: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (!arg) {
    process.stderr.write(`this loader needs --${name}=<value> (Framework passes it for data/papers-<${name}>.json)\n`);
    process.exit(1);
  }
  return arg.slice(name.length + 3);
}

/**
 * A page's data loader: reads the audience (RETRO_AUDIENCE, public when unset) and k, and emits
 * the page's data for that audience: precomputed by the build when it did (and made for this
 * same audience), otherwise computed here from the archive.
 */
export async function emitPage(name: string): Promise<void> {
  const text = precomputed(name);
  if (text !== null) return void process.stdout.write(text);
  const [{ PAGES }, { loadSiteInput }, { privacyK, siteAudience }] = await Promise.all([import("./pages.ts"), import("./input.ts"), import("./audience.ts")]);
  const page = PAGES[name as keyof typeof PAGES];
  await emitJson(async (conn) => page.make(await loadSiteInput(conn, siteAudience(), privacyK(), page.load), conn));
}

/** One edition's Papers file (src/data/papers-[edition].json.ts). */
export async function emitEditionPapers(edition: string): Promise<void> {
  const text = precomputed(`papers-${edition}`);
  if (text !== null) return void process.stdout.write(text);
  const [{ editionPapers }, { loadSiteInput }, { privacyK, siteAudience }] = await Promise.all([import("./pages.ts"), import("./input.ts"), import("./audience.ts")]);
  await emitJson(async (conn) => editionPapers(await loadSiteInput(conn, siteAudience(), privacyK()), conn, edition));
}

/**
 * The Papers page's Markdown: `template` with its "EDITION FILES" comment replaced by one
 * FileAttachment per edition (from the build's precomputed index, or from the archive).
 */
export async function emitPapersPage(template: string): Promise<void> {
  const index = precomputed("papers");
  let editions: string[] = [];
  if (index !== null) editions = (JSON.parse(index) as { files: Array<{ edition: string }> }).files.map((f) => f.edition);
  else {
    const { loadEditions } = await import("../db/queries.ts");
    await emitJson(async (conn) => {
      editions = (await loadEditions(conn)).map((e) => e.edition);
    }, false);
  }
  const marker = "/* EDITION FILES */";
  if (!template.includes(marker)) throw new Error(`the Papers page template has no ${marker} line`);
  const files = editions.map((e) => `  [${JSON.stringify(e)}, FileAttachment(${JSON.stringify(`data/papers-${e}.json`)})]`).join(",\n");
  process.stdout.write(template.replace(marker, `const FILES = new Map([\n${files}\n]);`));
}
