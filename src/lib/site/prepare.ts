/**
 * What `npm start` and `npm run build` do before Framework runs: make sure there is an archive
 * (the sample when the user has none), and drop Framework's cached loader outputs whenever the
 * archive changed, since Framework keys that cache on the loader file, not on the data.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadConfig, readConfigFile } from "../config/load.ts";
import { openArchive, openArchiveReadOnly, queryRows } from "../db/archive.ts";
import { ingest } from "../ingest/ingest.ts";
import { RetroError } from "../errors.ts";

export const SAMPLE_DIR = "data/sample";
/** Framework's cache folder (loader outputs in its data/ folder). */
export const FRAMEWORK_CACHE = "src/.observablehq/cache";

/**
 * Ingests the sample into `db` when `db` is missing or was itself made from the sample (each
 * edition's ingest is a no-op when its files are unchanged). A user's own archive is left alone.
 */
export async function ensureArchive(db: string, log: (m: string) => void): Promise<"sample" | "own"> {
  if (existsSync(db) && !(await isSampleArchive(db))) return "own";
  const config = readConfigFile(join(SAMPLE_DIR, "workshop.config.json"));
  for (const edition of config.editions) {
    const dir = join(SAMPLE_DIR, edition.system ?? "hotcrp", edition.id);
    const result = await ingest({ inputs: [dir], edition: edition.id, db, config });
    if (result.status === "written") log(`sample edition ${edition.id}: loaded ${result.changes.counts.submissions} submissions, ${result.changes.counts.reviews} reviews`);
  }
  const archive = await openArchive(db);
  try {
    await archive.conn.run(`INSERT OR REPLACE INTO meta VALUES ('origin', 'sample')`);
  } finally {
    archive.close();
  }
  return "sample";
}

async function isSampleArchive(db: string): Promise<boolean> {
  const archive = await openArchiveReadOnly(db);
  try {
    const rows = await queryRows<{ value: string }>(archive.conn, `SELECT value FROM meta WHERE key = 'origin'`);
    return rows[0]?.value === "sample";
  } finally {
    archive.close();
  }
}

/**
 * Clears Framework's loader cache when anything a loader's output depends on differs from the
 * last build's: the archive (every ingest, classification and chair label), the audience, the
 * configuration, and the code of the loaders' library (Framework only watches the loader file).
 */
export async function refreshLoaderCache(db: string, audience = "chair", cache = FRAMEWORK_CACHE): Promise<boolean> {
  const loaderCache = join(cache, "data");
  const stampFile = join(cache, ".retro-archive");
  const archive = await openArchiveReadOnly(db);
  let stamp: string;
  try {
    const rows = await queryRows<{ ingests: string | null; classified: string | null; labels: string | null }>(
      archive.conn,
      `SELECT (SELECT string_agg(ingest_id || ':' || fingerprint, ',' ORDER BY ingest_id) FROM ingests) AS ingests,
              (SELECT count(*) || '@' || coalesce(max(classified_at)::VARCHAR, '') FROM classifications) AS classified,
              (SELECT count(*) || '@' || coalesce(max(labelled_at)::VARCHAR, '') FROM chair_labels) AS labels`,
    );
    stamp = JSON.stringify({ db: resolve(db), audience, ...rows[0], config: JSON.stringify(loadConfig().config), code: codeStamp() });
  } finally {
    archive.close();
  }
  const previous = existsSync(stampFile) ? readFileSync(stampFile, "utf8") : null;
  if (previous === stamp) return false;
  rmSync(loaderCache, { recursive: true, force: true });
  // Page loaders' output too (the Papers page names each edition's file).
  for (const f of existsSync(cache) ? readdirSync(cache) : []) if (f.endsWith(".md")) rmSync(join(cache, f), { force: true });
  mkdirSync(cache, { recursive: true });
  writeFileSync(stampFile, stamp);
  return true;
}

/** Newest modification time under src/lib and src/data: loaders' output changes with their code. */
function codeStamp(): number {
  let newest = 0;
  for (const dir of ["src/lib", "src/data"]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir, { recursive: true })) newest = Math.max(newest, statSync(join(dir, String(f))).mtimeMs);
  }
  return newest;
}

const LOCK = join(FRAMEWORK_CACHE, ".retro-build.lock");

/**
 * Runs `fn` while holding the build lock: Framework's loader cache is shared by every build in
 * this folder, so two builds at once (say chair and public) would clear or reuse each other's
 * data. A lock left by a process that no longer runs is taken over.
 */
export async function withBuildLock<T>(fn: () => Promise<T>, { waitMs = 15 * 60_000, log = (_: string) => {} } = {}): Promise<T> {
  mkdirSync(join(LOCK, ".."), { recursive: true });
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, "pid"), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number(existsSync(join(LOCK, "pid")) ? readFileSync(join(LOCK, "pid"), "utf8") : NaN);
      if (Number.isInteger(pid) && !alive(pid)) {
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > waitMs) throw new RetroError(`Another dashboard build (process ${pid}) has held ${LOCK} for over ${Math.round(waitMs / 60_000)} minutes.`, "Wait for it to finish, or remove the lock folder if no build is running.");
      if (!told) log(`waiting for another dashboard build (process ${pid}) to finish`);
      told = true;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Every data file of a finished build must say it was made for the build's audience: the last
 * guard against loader output from another audience (e.g. a preview running beside the build).
 */
export function wrongAudienceFiles(out: string, audience: string): string[] {
  const dir = join(out, "_file", "data");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .filter((f) => {
      try {
        return (JSON.parse(readFileSync(join(dir, f), "utf8")) as { audience?: string }).audience !== audience;
      } catch {
        return true;
      }
    });
}
