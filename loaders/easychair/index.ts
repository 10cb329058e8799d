/**
 * The EasyChair adapter: the CSV bundle (a folder, or the downloaded zip, which the ingest
 * expands safely) or the single Excel workbook with the same tables as sheets.
 */
import { RetroError } from "../../src/lib/errors.ts";
import { emptyEditionData } from "../../src/lib/model/records.ts";
import type { Adapter } from "../types.ts";
import { readCommittee, type Committee } from "./committee.ts";
import { bundleTable, detectEasychair } from "./detect.ts";
import { readAuthors, readSubmissions } from "./papers.ts";
import { addReviews } from "./reviews.ts";
import { readEasychairTables } from "./tables.ts";

const UNUSED = ["metareview", "bidding", "assignment", "submission_field_value"];

export const easychair: Adapter = {
  system: "easychair",
  detect: detectEasychair,
  bundleMember: (name) => bundleTable(name) !== null,
  async parse(files, ctx) {
    const out = emptyEditionData();
    let committee: Committee | undefined;
    // Submissions, authors and committee are built while DuckDB loads review.csv.
    const tables = await readEasychairTables(files, ctx, (early) => {
      const get = (name: string) => early.get(name) ?? [];
      const submissions = get("submission");
      if (!submissions.length) {
        throw new RetroError("None of the files lists the submissions.", "Add submission.csv from EasyChair's CSV bundle (or give the whole bundle or the Excel workbook).", {
          file: files.map((f) => f.display).join(", "),
        });
      }
      for (const name of UNUSED) {
        for (const t of get(name)) ctx.warn({ file: t.display, message: `${name}: not needed for the retrospective (no canonical table); skipped.` });
      }
      out.submissions = readSubmissions(submissions, get("submission_topic"), ctx);
      out.authors = readAuthors(get("author"), submissions, ctx.edition);
      committee = readCommittee(get("committee"), get("committee_topic"), ctx);
      out.committee = committee.members;
      out.identities = committee.identities;
    });
    const get = (name: string) => tables.get(name) ?? [];
    addReviews(out, get("review"), get("review_score"), get("review_form_field"), committee!, ctx);
    return out;
  },
};
