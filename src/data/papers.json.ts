// Every submission the build's audience may see, with classification, evidence and scores.
import { loadEvidence, papersPage } from "../lib/site/papers.ts";
import { emitPage } from "../lib/site/loader.ts";

await emitPage(async (input, conn) => papersPage(input, await loadEvidence(conn)));
