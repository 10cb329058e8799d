/**
 * EasyChair review.csv (+ review_score.csv): one row per review version. Scores come from the
 * `scores` cell ("Overall evaluation: -2\nReviewer's confidence: 4"), else from review_score
 * rows; the `text` cell holds every text field under an upper-case heading in parentheses.
 */
import { RetroError } from "../../src/lib/errors.ts";
import type { EditionData } from "../../src/lib/model/records.ts";
import { parseTimestamp } from "../common/dates.ts";
import { fullName, reviewerPseudonyms } from "../common/people.ts";
import { parseNumericScore, type ParsedScore } from "../common/scores.ts";
import type { ParseContext } from "../types.ts";
import type { Committee } from "./committee.ts";
import { reviewWords, splitReviewText } from "./review-text.ts";
import { cell, type EcTable } from "./tables.ts";

export { splitReviewText };

/** "Field: value" lines -> scores; yes/no answers are not scores and are left out. */
export function parseScoresCell(text: string, where: { file: string; row: number }): Map<string, ParsedScore> {
  const scores = new Map<string, ParsedScore>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^(.*?):\s*(.*)$/.exec(line.trim());
    if (!m || !m[1].trim()) continue;
    const value = m[2].trim();
    if (value === "" || /^(yes|no)$/i.test(value)) continue;
    const parsed = parseNumericScore(value);
    if (!parsed) {
      throw new RetroError(`The score "${line.trim()}" has no number after the field name.`, 'Each line of the "scores" cell reads "<Field>: <number>", e.g. "Overall evaluation: -2"; download the bundle again.', {
        ...where,
        column: "scores",
      });
    }
    scores.set(m[1].trim(), parsed);
  }
  return scores;
}

export function addReviews(out: EditionData, reviews: EcTable[], scoreTables: EcTable[], fieldTables: EcTable[], committee: Committee, ctx: ParseContext): void {
  const fieldTitles = new Map<string, string>();
  for (const t of fieldTables) for (const r of t.rows) if (cell(r, "#") && cell(r, "title")) fieldTitles.set(cell(r, "#")!, cell(r, "title")!);
  // review_score.csv repeats the `scores` cells' numbers: read only when some review lacks that cell.
  let scoreRows: Map<string, Map<string, ParsedScore>> | null = null;
  const scoresFromTable = () => (scoreRows ??= readScoreRows(scoreTables, fieldTitles));
  // Several versions of a review: the latest wins.
  const latest = new Map<string, { r: EcTable["rows"][number]; where: { file: string; row: number }; version: number; words: number | null | undefined }>();
  for (const t of reviews) {
    t.rows.forEach((r, i) => {
      const where = { file: t.display, row: t.lines[i] };
      const id = cell(r, "#");
      if (!id) throw new RetroError('The review number ("#") is empty.', "Every row of review.csv needs its number.", { ...where, column: "#" });
      const version = Number(cell(r, "version") ?? 1);
      const before = latest.get(id);
      if (!before || version > before.version) latest.set(id, { r, where, version, words: t.words?.[i] });
    });
  }
  const known = new Set(out.submissions.map((s) => s.id));
  const norm = (s: string) => s.toLowerCase().replace(/'s\b/g, "").replace(/[^a-z0-9]/g, "");
  // Reviews share their form's fields: the lookup is made once per field list.
  const picked = new Map<string, { overall: string | undefined; confidence: string | undefined }>();
  const pickFields = (fields: string[]) => {
    const key = fields.join("\u0000");
    let hit = picked.get(key);
    if (!hit) picked.set(key, (hit = { overall: pick(ctx.config.scores.overall, fields), confidence: pick(ctx.config.scores.confidence, fields) }));
    return hit;
  };
  const pick = (names: string[], fields: string[]) => {
    for (const n of names) {
      const hit = fields.find((f) => norm(f) === norm(n));
      if (hit) return hit;
    }
    return undefined;
  };
  const allFields = new Set<string>();
  // A form's few scales give few distinct `scores` cells: each is parsed once (read-only after).
  const parsedCells = new Map<string, { scores: Map<string, ParsedScore>; overall: string | undefined; confidence: string | undefined }>();
  const withFields = (scores: Map<string, ParsedScore>) => {
    const fields = [...scores.keys()];
    fields.forEach((f) => allFields.add(f));
    return { scores, ...pickFields(fields) };
  };
  const scoresOf = (scoresCell: string | null, reviewId: string, where: { file: string; row: number }) => {
    if (!scoresCell) return withFields(scoresFromTable().get(reviewId) ?? new Map<string, ParsedScore>());
    let parsed = parsedCells.get(scoresCell);
    if (!parsed) parsedCells.set(scoresCell, (parsed = withFields(parseScoresCell(scoresCell, where))));
    return parsed;
  };
  const reviewerOf = reviewerPseudonyms(ctx, out.identities);
  let orphans = 0;
  const keepText = ctx.config.privacy.keep_review_text;
  for (const [review_id, { r, where, words }] of latest) {
    const submission_id = cell(r, "submission #");
    if (!submission_id || !known.has(submission_id)) {
      orphans++;
      continue;
    }
    const sub = fullName(cell(r, "reviewer first name"), cell(r, "reviewer last name")) || null;
    const subEmail = cell(r, "reviewer email")?.toLowerCase() ?? null;
    const member = committee.byNumber.get(cell(r, "member #") ?? "") ?? { name: cell(r, "member name"), email: null };
    const who = sub || subEmail ? { name: sub, email: subEmail } : member;
    const reviewer = reviewerOf(who, `${ctx.edition}:${review_id}`);
    const { scores, overall, confidence } = scoresOf(cell(r, "scores"), review_id, where);
    const sections = keepText ? splitReviewText(cell(r, "text") ?? "") : [];
    const submitted = parseTimestamp([cell(r, "date"), cell(r, "time")].filter(Boolean).join(" ") || null);
    if (submitted === undefined) throw new RetroError(`"${cell(r, "date")} ${cell(r, "time") ?? ""}" is not a date and time.`, 'EasyChair writes "YYYY-MM-DD" and "HH:MM"; download the bundle again.', { ...where, column: "date" });
    out.reviews.push({
      edition: ctx.edition,
      submission_id,
      review_id,
      reviewer,
      round: null,
      overall: overall === undefined ? null : scores.get(overall)!.value,
      confidence: confidence === undefined ? null : scores.get(confidence)!.value,
      submitted_at: submitted,
      words: words !== undefined ? words : reviewWords(r.text ?? null),
    });
    for (const [field, s] of scores) out.scores.push({ edition: ctx.edition, review_id, field, value: s.value, label: s.label });
    for (const s of sections) out.texts.push({ edition: ctx.edition, review_id, ...s });
  }
  if (latest.size && out.reviews.every((x) => x.overall === null)) {
    ctx.warn({ message: `No overall score found; the score fields are: ${[...allFields].join(", ") || "(none)"}. Name it in "scores.overall" of the configuration.` });
  }
  if (orphans) ctx.warn({ message: `${orphans} review${orphans === 1 ? "" : "s"} of submissions missing from submission.csv left out.` });
}

/** review_score.csv: review # -> field title (or "field N") -> score. */
function readScoreRows(scoreTables: EcTable[], fieldTitles: Map<string, string>): Map<string, Map<string, ParsedScore>> {
  const scoreRows = new Map<string, Map<string, ParsedScore>>();
  for (const t of scoreTables) {
    t.rows.forEach((r, i) => {
      const id = cell(r, "review #");
      const field = cell(r, "field #");
      const value = cell(r, "score");
      if (!id || !field || !value || /^(yes|no)$/i.test(value)) return;
      const parsed = parseNumericScore(value);
      if (!parsed) throw new RetroError(`The score "${value}" is not a number.`, "review_score.csv holds numbers (or yes/no); download the bundle again.", { file: t.display, row: t.lines[i], column: "score" });
      const scores = scoreRows.get(id) ?? new Map<string, ParsedScore>();
      scores.set(fieldTitles.get(field) ?? `field ${field}`, parsed);
      scoreRows.set(id, scores);
    });
  }
  return scoreRows;
}
