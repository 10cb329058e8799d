// Area x kind, areas over the editions, challenges and methods with acceptance, for the build's audience (see src/lib/site/pages.ts).
import { emitPage } from "../lib/site/loader.ts";

await emitPage("topics");
