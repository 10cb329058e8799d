/**
 * One edition's exports in its system's native format: the files a chair downloads from
 * HotCRP, OpenReview, EasyChair or CMT. Same papers and reviews, only the serialisation differs.
 */
import { cmtFiles } from "./cmt-xml.ts";
import { easychairFiles } from "./easychair-files.ts";
import { meritLevels } from "./edition.ts";
import { hotcrpFiles } from "./hotcrp-files.ts";
import { openreviewFiles } from "./openreview-json.ts";
import type { EditionSpec, Paper, Person } from "./types.ts";

/** File name -> content, in a fixed order. `committee` is the edition's programme committee. */
export function editionFiles(spec: EditionSpec, papers: readonly Paper[], committee: readonly Person[]): Record<string, string> {
  switch (spec.format) {
    case "web":
    case "v2":
    case "v3":
      return hotcrpFiles(spec, papers);
    case "openreview-v2":
      return openreviewFiles(spec, papers);
    case "easychair":
      return easychairFiles(spec, papers, committee);
    case "cmt":
      return cmtFiles(spec, papers, meritLevels(spec));
  }
}
