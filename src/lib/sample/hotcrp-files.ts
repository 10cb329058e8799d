/** The files a chair downloads from HotCRP for one edition, named with the `{confid}-` prefix. */
import { meritLevels } from "./edition.ts";
import { papersJson } from "./hotcrp-json.ts";
import { reviewcsvWide } from "./hotcrp-reviewcsv.ts";
import { authorsCsv, reviewsCsv, scoresCsv, submissionsCsv } from "./hotcrp-web.ts";
import type { EditionSpec, Paper } from "./types.ts";

/** File name -> content, in a fixed order. */
export function hotcrpFiles(spec: EditionSpec, papers: readonly Paper[]): Record<string, string> {
  const levels = meritLevels(spec);
  const letters = spec.overallScale === "letter";
  const prefix = `${spec.confid}-`;
  if (spec.format === "web") {
    return {
      [`${prefix}data.csv`]: submissionsCsv(papers),
      [`${prefix}authors.csv`]: authorsCsv(papers),
      [`${prefix}reviews.csv`]: reviewsCsv(papers, levels, letters),
      [`${prefix}scores.csv`]: scoresCsv(papers, levels, letters),
    };
  }
  if (spec.format !== "v2" && spec.format !== "v3") throw new Error(`not a HotCRP format: ${spec.format}`);
  return {
    [`${prefix}data.json`]: papersJson(papers, spec.format),
    [`${prefix}reviews.csv`]: reviewcsvWide(papers, levels, letters),
  };
}
