// Headline numbers and funnel per edition, for the build's audience.
import { overviewPage } from "../lib/site/overview.ts";
import { emitPage } from "../lib/site/loader.ts";

await emitPage(overviewPage);
