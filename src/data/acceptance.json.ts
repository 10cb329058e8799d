// Acceptance triplets by area, kind, challenge, method and country, for the build's audience (see src/lib/site/pages.ts).
import { emitPage } from "../lib/site/loader.ts";

await emitPage("acceptance");
