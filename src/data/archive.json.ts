// What is in the archive: editions, loads, files, warnings, classifier agreement with the chairs.
import { loadConfig } from "../lib/config/load.ts";
import { archivePage } from "../lib/site/archive-info.ts";
import { emitPage } from "../lib/site/loader.ts";

await emitPage((input, conn) => archivePage(conn, input.audience, input.k, loadConfig().config), { reviews: false });
