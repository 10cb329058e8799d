// One edition's papers (compact columns, see src/lib/site/papers.ts) for the build's audience; the Papers page downloads the edition it shows.
import { emitEditionPapers, loaderParam } from "../lib/site/loader.ts";

await emitEditionPapers(loaderParam("edition"));
