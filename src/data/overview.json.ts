// Editions with their funnel, acceptance (Wilson interval) and reviewing volume.
import { overviewData } from "../lib/site/overview.ts";
import { emitJson } from "../lib/site/loader.ts";

await emitJson(overviewData);
