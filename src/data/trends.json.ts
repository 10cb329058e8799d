// Deployment vs research, area mix, growth and rebuttal score changes, for the build's audience (see src/lib/site/pages.ts).
import { emitPage } from "../lib/site/loader.ts";

await emitPage("trends");
