// The Papers page's index (editions, papers and file size of each) for the build's audience (see src/lib/site/pages.ts).
import { emitPage } from "../lib/site/loader.ts";

await emitPage("papers");
