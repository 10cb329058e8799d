// Acceptance triplets by area, kind, challenge, method and country, for the build's audience.
import { acceptancePage } from "../lib/site/acceptance.ts";
import { emitPage } from "../lib/site/loader.ts";

await emitPage(acceptancePage, { reviews: false, authors: true });
