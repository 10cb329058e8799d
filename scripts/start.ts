/**
 * `npm start`: load the sample when there is no archive yet (or refresh it), then serve the
 * dashboard's chair view on 127.0.0.1 only (the host is fixed: it is not passed through). Extra arguments go to `observable preview` (e.g. --port 4000).
 */
import { spawn } from "node:child_process";
import { archivePath } from "../src/lib/db/archive.ts";
import { isRetroError } from "../src/lib/errors.ts";
import { AUDIENCE_ENV } from "../src/lib/site/audience.ts";
import { ensureArchive, refreshLoaderCache, withBuildLock } from "../src/lib/site/prepare.ts";

const db = archivePath();
try {
  // Under the build lock: clearing the shared loader cache must not pull it from under a build.
  const origin = await withBuildLock(async () => {
    const found = await ensureArchive(db, (m) => console.error(`workshop-retro: ${m}`));
    await refreshLoaderCache(db, "chair");
    return found;
  }, { log: (m) => console.error(`workshop-retro: ${m}`) });
  console.error(`workshop-retro: serving ${origin === "sample" ? "the sample archive" : "your archive"} ${db} (chair view, local only)`);
} catch (e) {
  console.error(isRetroError(e) ? `error: ${e.format()}` : e);
  process.exit(1);
}

const extra = process.argv.slice(2);
if (extra.some((a) => a === "--host" || a.startsWith("--host="))) {
  console.error("error: npm start serves the chair view on 127.0.0.1 only.\n  fix: leave out --host; to share the dashboard, build a view for its audience (npm run build -- --audience committee) and publish that.");
  process.exit(1);
}
const child = spawn("npx", ["observable", "preview", "--host", "127.0.0.1", ...extra], {
  stdio: "inherit",
  env: { ...process.env, RETRO_DB: db, [AUDIENCE_ENV]: "chair", OBSERVABLE_TELEMETRY_DISABLE: "true" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
