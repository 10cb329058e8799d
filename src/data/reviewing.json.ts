// Scores, agreement, review length, completion and (chairs only) leniency, for the build's audience (see src/lib/site/pages.ts).
import { emitPage } from "../lib/site/loader.ts";

await emitPage("reviewing");
