/**
 * Reviews from `batch/reviewcsv.php` in its wide format: one row per submitted review,
 * timestamps in Unix seconds, no reviewer name. FORMATS.md 1.4.
 */
import { csvLine } from "./csv.ts";
import { meritSymbol, rtrim } from "./hotcrp-web.ts";
import type { Paper } from "./types.ts";

export const REVIEWCSV_HEADER = [
  "pid", "review", "email", "round", "submitted_at", "vtag",
  "Overall merit", "Reviewer expertise", "Paper summary", "Comments for authors", "Comments for PC",
];

export function reviewcsvWide(papers: readonly Paper[], levels: number, letters: boolean): string {
  const lines = [csvLine(REVIEWCSV_HEADER)];
  for (const p of papers) {
    for (const rv of p.reviews) {
      lines.push(csvLine([
        p.pid, `${p.pid}${rv.ordinal}`, rv.reviewer.email, "", rv.submittedAt, rv.modifiedAt,
        meritSymbol(rv.overall, levels, letters), rv.expertise, rtrim(rv.summary), rtrim(rv.forAuthors), rtrim(rv.forPC),
      ]));
    }
  }
  return lines.join("");
}
