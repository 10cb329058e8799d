// Every submission the audience may see, with classification, evidence and scores, for the build's audience (see src/lib/site/pages.ts).
import { emitPage } from "../lib/site/loader.ts";

await emitPage("papers");
