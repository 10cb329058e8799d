// Area x kind, areas over the editions, challenges and methods with acceptance, for the build's audience.
import { topicsPage } from "../lib/site/topics.ts";
import { emitPage } from "../lib/site/loader.ts";

await emitPage(topicsPage, { reviews: false });
