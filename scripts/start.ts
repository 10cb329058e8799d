/**
 * `npm start`: load the sample when there is no archive yet (or refresh it), then serve the
 * dashboard on 127.0.0.1 only. Extra arguments go to `observable preview` (e.g. --port 4000).
 */
import { spawn } from "node:child_process";
import { archivePath } from "../src/lib/db/archive.ts";
import { isRetroError } from "../src/lib/errors.ts";
import { ensureArchive, refreshLoaderCache } from "../src/lib/site/prepare.ts";

const db = archivePath();
try {
  const origin = await ensureArchive(db, (m) => console.error(`workshop-retro: ${m}`));
  await refreshLoaderCache(db);
  console.error(`workshop-retro: serving ${origin === "sample" ? "the sample archive" : "your archive"} ${db} (chair view, local only)`);
} catch (e) {
  console.error(isRetroError(e) ? `error: ${e.format()}` : e);
  process.exit(1);
}

const child = spawn("npx", ["observable", "preview", "--host", "127.0.0.1", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, RETRO_DB: db, OBSERVABLE_TELEMETRY_DISABLE: "true" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
