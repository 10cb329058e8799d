// Scores, agreement, review length, completion and (chairs only) leniency, for the build's audience.
import { reviewingPage } from "../lib/site/reviewing.ts";
import { emitPage } from "../lib/site/loader.ts";

await emitPage(reviewingPage);
