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
import { column, type EcTable } from "./tables.ts";

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
  for (const t of fieldTables) {
    const [numbers, titles] = [column(t, "#"), column(t, "title")];
    for (let i = 0; i < t.size; i++) if (numbers[i] && titles[i]) fieldTitles.set(numbers[i]!, titles[i]!);
  }
  // review_score.csv repeats the `scores` cells' numbers: read only when some review lacks that cell.
  let scoreRows: Map<string, Map<string, ParsedScore>> | null = null;
  const scoresFromTable = () => (scoreRows ??= readScoreRows(scoreTables, fieldTitles));
  // The columns a review needs, per table.
  const read = reviews.map((t) => ({
    t,
    submission: column(t, "submission #"),
    subFirst: column(t, "reviewer first name"),
    subLast: column(t, "reviewer last name"),
    subEmail: column(t, "reviewer email"),
    member: column(t, "member #"),
    memberName: column(t, "member name"),
    scores: column(t, "scores"),
    text: ctx.config.privacy.keep_review_text ? column(t, "text") : [],
    date: column(t, "date"),
    time: column(t, "time"),
  }));
  // Several versions of a review: the latest wins. Rows are numbered across the tables.
  const latest = new Map<string, number>();
  const versionOf: number[] = [];
  const tableOf: number[] = [];
  const start: number[] = [];
  read.forEach(({ t }, k) => {
    start.push(versionOf.length);
    const [ids, versions] = [column(t, "#"), column(t, "version")];
    for (let i = 0; i < t.size; i++) {
      const id = ids[i];
      if (!id) throw new RetroError('The review number ("#") is empty.', "Every row of review.csv needs its number.", { file: t.display, row: t.lines[i], column: "#" });
      const row = versionOf.length;
      versionOf.push(Number(versions[i] ?? 1));
      tableOf.push(k);
      const before = latest.get(id);
      if (before === undefined || versionOf[row] > versionOf[before]) latest.set(id, row);
    }
  });
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
  const parsedCells = new Map<string, ReviewScores>();
  const withFields = (scores: Map<string, ParsedScore>): ReviewScores => {
    const fields = [...scores.keys()];
    fields.forEach((f) => allFields.add(f));
    const { overall, confidence } = pickFields(fields);
    return {
      entries: [...scores].map(([field, s]) => ({ field, value: s.value, label: s.label })),
      overall: overall === undefined ? null : scores.get(overall)!.value,
      confidence: confidence === undefined ? null : scores.get(confidence)!.value,
    };
  };
  const scoresOf = (scoresCell: string | null, reviewId: string, t: EcTable, i: number) => {
    if (!scoresCell) return withFields(scoresFromTable().get(reviewId) ?? new Map<string, ParsedScore>());
    let parsed = parsedCells.get(scoresCell);
    if (!parsed) parsedCells.set(scoresCell, (parsed = withFields(parseScoresCell(scoresCell, { file: t.display, row: t.lines[i] }))));
    return parsed;
  };
  const reviewerOf = reviewerPseudonyms(ctx, out.identities);
  // A PC member's many reviews: the pseudonym is looked up once per member.
  const memberPseudonyms = new Map<object, string>();
  let orphans = 0;
  const keepText = ctx.config.privacy.keep_review_text;
  const submittedAt = reviewTimes();
  for (const [review_id, row] of latest) {
    const c = read[tableOf[row]];
    const i = row - start[tableOf[row]];
    const submission_id = c.submission[i];
    if (!submission_id || !known.has(submission_id)) {
      orphans++;
      continue;
    }
    const sub = c.subFirst[i] !== null || c.subLast[i] !== null ? fullName(c.subFirst[i], c.subLast[i]) || null : null;
    const subEmail = c.subEmail[i]?.toLowerCase() ?? null;
    const pcMember = sub || subEmail ? undefined : committee.byNumber.get(c.member[i] ?? "");
    let reviewer = pcMember && memberPseudonyms.get(pcMember);
    if (!reviewer) {
      const who = sub || subEmail ? { name: sub, email: subEmail } : (pcMember ?? { name: c.memberName[i], email: null });
      reviewer = reviewerOf(who, `${ctx.edition}:${review_id}`);
      if (pcMember) memberPseudonyms.set(pcMember, reviewer);
    }
    const scores = scoresOf(c.scores[i], review_id, c.t, i);
    const date = c.date[i];
    const time = c.time[i];
    const submitted = submittedAt(date, time);
    if (submitted === undefined) {
      throw new RetroError(`"${date} ${time ?? ""}" is not a date and time.`, 'EasyChair writes "YYYY-MM-DD" and "HH:MM"; download the bundle again.', { file: c.t.display, row: c.t.lines[i], column: "date" });
    }
    out.reviews.push({
      edition: ctx.edition,
      submission_id,
      review_id,
      reviewer,
      round: null,
      overall: scores.overall,
      confidence: scores.confidence,
      submitted_at: submitted,
      words: c.t.words ? c.t.words[i] : reviewWords(c.t.cells.get("text")?.[i] ?? null),
    });
    for (const e of scores.entries) out.scores.push({ edition: ctx.edition, review_id, field: e.field, value: e.value, label: e.label });
    if (keepText) for (const s of splitReviewText(c.text[i] ?? "")) out.texts.push({ edition: ctx.edition, review_id, ...s });
  }
  if (latest.size && out.reviews.every((x) => x.overall === null)) {
    ctx.warn({ message: `No overall score found; the score fields are: ${[...allFields].join(", ") || "(none)"}. Name it in "scores.overall" of the configuration.` });
  }
  if (orphans) ctx.warn({ message: `${orphans} review${orphans === 1 ? "" : "s"} of submissions missing from submission.csv left out.` });
}

/** A review's scores (one object per distinct `scores` cell, shared by its reviews, read-only). */
interface ReviewScores {
  entries: Array<{ field: string; value: number; label: string | null }>;
  overall: number | null;
  confidence: number | null;
}

/**
 * The submission time of a review from its `date` and `time` cells, as `parseTimestamp` reads
 * "<date> <time>": the date is parsed once per day, then the "HH:MM" added.
 */
export function reviewTimes(): (date: string | null, time: string | null) => Date | null | undefined {
  const days = new Map<string, number | null | undefined>();
  return (date, time) => {
    const hm = date && time ? /^(\d{2}):(\d{2})$/.exec(time) : null;
    if (hm && Number(hm[1]) < 24 && Number(hm[2]) < 60 && /^\d{4}-\d{2}-\d{2}$/.test(date!)) {
      let day = days.get(date!);
      if (day === undefined && !days.has(date!)) days.set(date!, (day = parseTimestamp(`${date} 00:00`)?.getTime()));
      if (day !== undefined && day !== null) return new Date(day + Number(hm[1]) * 3_600_000 + Number(hm[2]) * 60_000);
    }
    return parseTimestamp(date && time ? `${date} ${time}` : date || time);
  };
}

/** review_score.csv: review # -> field title (or "field N") -> score. */
function readScoreRows(scoreTables: EcTable[], fieldTitles: Map<string, string>): Map<string, Map<string, ParsedScore>> {
  const scoreRows = new Map<string, Map<string, ParsedScore>>();
  for (const t of scoreTables) {
    const [ids, fields, values] = [column(t, "review #"), column(t, "field #"), column(t, "score")];
    for (let i = 0; i < t.size; i++) {
      const [id, field, value] = [ids[i], fields[i], values[i]];
      if (!id || !field || !value || /^(yes|no)$/i.test(value)) continue;
      const parsed = parseNumericScore(value);
      if (!parsed) throw new RetroError(`The score "${value}" is not a number.`, "review_score.csv holds numbers (or yes/no); download the bundle again.", { file: t.display, row: t.lines[i], column: "score" });
      const scores = scoreRows.get(id) ?? new Map<string, ParsedScore>();
      scores.set(fieldTitles.get(field) ?? `field ${field}`, parsed);
      scoreRows.set(id, scores);
    }
  }
  return scoreRows;
}
