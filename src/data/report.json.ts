// The retrospective report of every edition for the build's audience (same as `retro report`).
import { loadConfig } from "../lib/config/load.ts";
import { reportPage } from "../lib/report/page.ts";
import { siteAudience } from "../lib/site/audience.ts";
import { emitJson } from "../lib/site/loader.ts";

await emitJson((conn) => reportPage(conn, siteAudience(), loadConfig().config));
