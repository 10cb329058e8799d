/**
 * `npm run build [-- --audience public|committee|chair]`: a static build of the dashboard from
 * the archive (the sample when there is none). Public (the default) goes to dist/, the others
 * to dist-committee/ and dist-chair/. The audience reaches the data loaders through
 * RETRO_AUDIENCE, so a public build never computes anything confidential. Framework can exit
 * 0 after printing errors, so the build fails when its log does.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { archivePath } from "../src/lib/db/archive.ts";
import { isRetroError } from "../src/lib/errors.ts";
import { AUDIENCE_ENV, outputFolder, parseAudience, privacyK } from "../src/lib/site/audience.ts";
import { PRECOMPUTED_ENV, precomputePages } from "../src/lib/site/pages.ts";
import { ensureArchive, FRAMEWORK_CACHE, refreshLoaderCache, withBuildLock, wrongAudienceFiles } from "../src/lib/site/prepare.ts";
import type { Audience } from "../src/lib/stats/aggregate.ts";

/** Takes `--audience X` / `--audience=X` out of the arguments; the rest go to Framework. */
function splitArgs(args: string[]): { audience: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let audience: string | undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--audience") audience = args[++i] ?? "";
    else if (args[i].startsWith("--audience=")) audience = args[i].slice("--audience=".length);
    else rest.push(args[i]);
  }
  return { audience, rest };
}

const db = archivePath();
/** Where the build leaves every page's data for the loaders (inside Framework's cache, under the build lock). */
const PRECOMPUTED = join(FRAMEWORK_CACHE, "retro-pages");
const { audience: given, rest } = splitArgs(process.argv.slice(2));
let audience: Audience;
try {
  audience = parseAudience(given ?? "public", "--audience");
  const out = process.env.RETRO_SITE_OUT ?? outputFolder(audience);
  const code = await withBuildLock(
    async () => {
      await ensureArchive(db, (m) => console.error(`workshop-retro: ${m}`));
      const stale = await refreshLoaderCache(db, audience);
      if (stale) {
        // One read of the archive for every page, instead of one per data loader.
        const t0 = performance.now();
        await precomputePages(db, audience, privacyK(), PRECOMPUTED);
        console.error(`workshop-retro: computed the ${audience} view's data in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
      console.error(`workshop-retro: building the ${audience} view into ${out}/`);
      return build(audience, out);
    },
    { log: (m) => console.error(`workshop-retro: ${m}`) },
  );
  process.exit(code);
} catch (e) {
  console.error(isRetroError(e) ? `error: ${e.format()}` : e);
  process.exit(1);
}

/**
 * Runs `observable build` into a temporary folder beside `out` and swaps it in only when the
 * build succeeded, so a failed or killed build never leaves a half-written site where a
 * finished one is expected (the previous site stays until the new one is complete).
 */
async function build(audience: Audience, out: string): Promise<number> {
  const parent = dirname(resolve(out));
  const base = basename(resolve(out));
  // Leftovers of builds that were killed.
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    if (name.startsWith(`${base}-tmp-`) || name.startsWith(`${base}-old-`)) rmSync(join(parent, name), { recursive: true, force: true });
  }
  const staging = join(parent, `${base}-tmp-${process.pid}`);
  const code = await buildInto(audience, staging);
  if (code !== 0) {
    rmSync(staging, { recursive: true, force: true });
    return code;
  }
  const old = join(parent, `${base}-old-${process.pid}`);
  if (existsSync(out)) renameSync(out, old);
  renameSync(staging, out);
  rmSync(old, { recursive: true, force: true });
  console.error(`workshop-retro: the ${audience} view is in ${out}/ (no errors).`);
  return 0;
}

/** Runs `observable build`; fails on a non-zero exit, on error lines, or on data made for another audience. */
function buildInto(audience: Audience, out: string): Promise<number> {
  const child = spawn("npx", ["observable", "build", ...rest], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, RETRO_DB: db, [AUDIENCE_ENV]: audience, RETRO_SITE_OUT: out, [PRECOMPUTED_ENV]: PRECOMPUTED, OBSERVABLE_TELEMETRY_DISABLE: "true" },
  });
  let log = "";
  const tee = (chunk: Buffer, stream: NodeJS.WriteStream) => {
    log += chunk.toString();
    stream.write(chunk);
  };
  child.stdout.on("data", (c) => tee(c, process.stdout));
  child.stderr.on("data", (c) => tee(c, process.stderr));
  return new Promise((done) =>
    child.on("exit", (code) => {
      const errors = log.split("\n").filter((line) => /\berror\b/i.test(line) && !/0 errors?/i.test(line));
      if (code !== 0 || errors.length) {
        console.error(`\nworkshop-retro: the build failed (exit ${code}; ${errors.length} error line${errors.length === 1 ? "" : "s"} in the log):`);
        for (const line of errors.slice(0, 10)) console.error(`  ${line}`);
        return done(code || 1);
      }
      const wrong = wrongAudienceFiles(out, audience);
      if (wrong.length) {
        rmSync(out, { recursive: true, force: true });
        console.error(`error: ${wrong.join(", ")} in the build were not made for the ${audience} view, so the build was discarded.\n  fix: stop any running preview (npm start) and build again.`);
        return done(1);
      }
      done(0);
    }),
  );
}
