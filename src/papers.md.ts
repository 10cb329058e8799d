// The Papers page (a page loader): src/lib/site/papers-page.md.txt with one FileAttachment per
// edition of the archive, since Framework only publishes files named by a literal. Each
// edition's file then downloads only when the page shows that edition.
import { readFileSync } from "node:fs";
import { emitPapersPage } from "./lib/site/loader.ts";

await emitPapersPage(readFileSync(new URL("./lib/site/papers-page.md.txt", import.meta.url), "utf8"));
