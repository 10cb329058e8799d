// Deployment vs research, area mix, growth and rebuttal score changes over the editions, for the build's audience.
import { trendsPage, loadRebuttals } from "../lib/site/trends.ts";
import { emitPage } from "../lib/site/loader.ts";

await emitPage(async (input, conn) => trendsPage(input, await loadRebuttals(conn)));
