/** One mapped CSV row -> a submission, its authors and one anonymous review per rating. */
import type { CsvMapping } from "../../src/lib/config/schema.ts";
import { RetroError } from "../../src/lib/errors.ts";
import type { EditionData } from "../../src/lib/model/records.ts";
import type { CsvRow } from "../common/csv.ts";
import { parseTimestamp } from "../common/dates.ts";
import { mapDecision, presentationOf, unknownDecisionFix, type MappedDecision } from "../common/decisions.ts";
import { parseNumericScore } from "../common/scores.ts";
import type { ParseContext, SourceFile } from "../types.ts";
import type { ResolvedColumns } from "./columns.ts";

/** Appends the rows of one file to `out`; `seen` holds the ids of earlier files (ids are unique). */
export function readMappedRows(
  rows: CsvRow[],
  col: ResolvedColumns,
  mapping: CsvMapping,
  file: SourceFile,
  ctx: ParseContext,
  seen: Map<string, string>,
  out: EditionData,
): void {
  const flagValues = new Set(mapping.withdrawn_values.map((v) => v.trim().toLowerCase()));
  const cell = (r: CsvRow, c: string | undefined) => (c === undefined ? null : r[c]?.trim() || null);
  const list = (r: CsvRow, c: string | undefined, sep: string) => (cell(r, c) ?? "").split(sep).map((s) => s.trim()).filter(Boolean);
  rows.forEach((r, i) => {
    const row = i + 1;
    const where = { file: file.display, row };
    const id = cell(r, col.id);
    if (!id) throw new RetroError("The submission id is empty.", `Every row needs an id in the "${col.id}" column (mapped by "csv.id").`, { ...where, column: col.id });
    const before = seen.get(id);
    if (before !== undefined) {
      throw new RetroError(`Submission ${id} appears twice (${before}, and here).`, "Each submission must appear once; remove the duplicate row.", { ...where, column: col.id });
    }
    seen.set(id, `${file.display} row ${row}`);
    const decision = cell(r, col.decision);
    const flagged = col.withdrawn !== undefined && flagValues.has((cell(r, col.withdrawn) ?? "").toLowerCase());
    const mapped = statusOf(decision, flagged, ctx, { ...where, column: col.decision });
    const presentation = cell(r, col.presentation);
    const submitted = parseTimestamp(cell(r, col.submitted_at));
    if (submitted === undefined) {
      throw new RetroError(`"${cell(r, col.submitted_at)}" is not a time.`, 'Write times as ISO dates ("2024-03-31 23:59:00 +0000") or Unix seconds.', { ...where, column: col.submitted_at });
    }
    out.submissions.push({
      edition: ctx.edition,
      id,
      title: cell(r, col.title) ?? "",
      abstract: cell(r, col.abstract),
      keywords: list(r, col.keywords, mapping.keywords_separator),
      topics: list(r, col.topics, mapping.topics_separator),
      status: mapped.status,
      decision,
      presentation: mapped.status === "accepted" ? (presentation ? presentationOf(presentation) ?? presentation.toLowerCase() : mapped.presentation) : null,
      track: cell(r, col.track),
      submitted_at: submitted,
      modified_at: null,
    });
    list(r, col.authors, mapping.authors_separator).forEach((name, a) =>
      out.authors.push({ edition: ctx.edition, submission_id: id, position: a + 1, name, email: null, affiliation: null, country: null, is_contact: null }),
    );
    list(r, col.ratings, mapping.ratings_separator).forEach((symbol, k) => {
      const score = parseNumericScore(symbol);
      if (!score) {
        throw new RetroError(
          `The rating "${symbol}" cannot be read as a number.`,
          `Ratings must be numbers separated by "${mapping.ratings_separator}" (e.g. "8${mapping.ratings_separator} 6"); correct the cell or set "csv.ratings_separator".`,
          { ...where, column: col.ratings },
        );
      }
      // Nobody is named: one pseudonym per (paper, position), as for HotCRP's anonymous reviews.
      const reviewer = ctx.pseudonym({ name: `anonymous:${ctx.edition}:${id}:${k + 1}` });
      const reviewId = `${id}-r${k + 1}`;
      out.reviews.push({ edition: ctx.edition, submission_id: id, review_id: reviewId, reviewer, round: null, overall: score.value, confidence: null, submitted_at: null, words: null });
      out.scores.push({ edition: ctx.edition, review_id: reviewId, field: col.ratings!, value: score.value, label: score.label });
    });
  });
}

/** The decision label decides; the withdrawn flag only marks rows without a decision. */
function statusOf(label: string | null, flagged: boolean, ctx: ParseContext, where: { file: string; row: number; column?: string }): MappedDecision {
  const mapped = label === null ? { status: "pending" as const, presentation: null } : mapDecision(label, ctx.config.decisions);
  if (!mapped) throw new RetroError(`Unknown decision label "${label}".`, unknownDecisionFix(label!, ctx.config.decisions), where);
  if (flagged && mapped.status === "pending") return { status: "withdrawn", presentation: null };
  return mapped;
}
