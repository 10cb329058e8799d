// The retrospective report of every edition for the build's audience (same as `retro report`); a build computes it beside the other pages (src/lib/site/pages.ts).
import { emitJson, emitPrecomputed } from "../lib/site/loader.ts";

if (!emitPrecomputed("report")) {
  const [{ loadConfig }, { reportPage }, { siteAudience }] = await Promise.all([import("../lib/config/load.ts"), import("../lib/report/page.ts"), import("../lib/site/audience.ts")]);
  await emitJson((conn) => reportPage(conn, siteAudience(), loadConfig().config));
}
