/**
 * `npm run build`: a static build of the dashboard from the archive (the sample when there is
 * none). Framework can exit 0 after printing errors, so the build fails when its log does.
 */
import { spawn } from "node:child_process";
import { archivePath } from "../src/lib/db/archive.ts";
import { isRetroError } from "../src/lib/errors.ts";
import { ensureArchive, refreshLoaderCache } from "../src/lib/site/prepare.ts";

const db = archivePath();
try {
  await ensureArchive(db, (m) => console.error(`workshop-retro: ${m}`));
  await refreshLoaderCache(db);
} catch (e) {
  console.error(isRetroError(e) ? `error: ${e.format()}` : e);
  process.exit(1);
}

const child = spawn("npx", ["observable", "build", ...process.argv.slice(2)], {
  stdio: ["ignore", "pipe", "pipe"],
  env: { ...process.env, RETRO_DB: db, OBSERVABLE_TELEMETRY_DISABLE: "true" },
});
let log = "";
const tee = (chunk: Buffer, out: NodeJS.WriteStream) => {
  log += chunk.toString();
  out.write(chunk);
};
child.stdout.on("data", (c) => tee(c, process.stdout));
child.stderr.on("data", (c) => tee(c, process.stderr));
child.on("exit", (code) => {
  const errors = log.split("\n").filter((line) => /\berror\b/i.test(line) && !/0 errors?/i.test(line));
  if (code !== 0 || errors.length) {
    console.error(`\nworkshop-retro: the build failed (exit ${code}; ${errors.length} error line${errors.length === 1 ? "" : "s"} in the log):`);
    for (const line of errors.slice(0, 10)) console.error(`  ${line}`);
    process.exit(code || 1);
  }
  console.error("workshop-retro: build finished with no errors.");
});
