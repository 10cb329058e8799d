// What is in the archive: editions, loads, files, warnings, classifier agreement, for the build's audience (see src/lib/site/pages.ts).
import { emitPage } from "../lib/site/loader.ts";

await emitPage("archive");
