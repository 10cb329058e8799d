/** EasyChair submissions, authors and topics -> canonical submissions and authors. */
import { RetroError } from "../../src/lib/errors.ts";
import type { Author, Submission } from "../../src/lib/model/records.ts";
import { parseTimestamp } from "../common/dates.ts";
import { mapDecision, unknownDecisionFix } from "../common/decisions.ts";
import { fullName } from "../common/people.ts";
import type { ParseContext } from "../types.ts";
import { column, type EcTable } from "./tables.ts";

export function readSubmissions(tables: EcTable[], topicTables: EcTable[], ctx: ParseContext): Submission[] {
  const topics = new Map<string, string[]>();
  for (const t of topicTables) {
    const ids = column(t, "submission #");
    const topicCells = column(t, "topic");
    for (let i = 0; i < t.size; i++) {
      const id = ids[i];
      const topic = topicCells[i];
      if (!id || !topic) continue;
      const list = topics.get(id);
      if (list) list.push(topic);
      else topics.set(id, [topic]);
    }
  }
  const seen = new Map<string, string>();
  const out: Submission[] = [];
  for (const t of tables) {
    const col = (name: string) => column(t, name);
    const [ids, labels, deletedCells, titles, abstracts, keywordCells, tracks] = [col("#"), col("decision"), col("deleted?"), col("title"), col("abstract"), col("keywords"), col("track name")];
    const dates = { submitted: col("submitted"), "last updated": col("last updated") };
    const date = (column: keyof typeof dates, i: number) => {
      const d = parseTimestamp(dates[column][i]);
      if (d === undefined) throw new RetroError(`"${dates[column][i]}" is not a date.`, 'EasyChair writes "YYYY-MM-DD HH:MM"; download the bundle again.', { file: t.display, row: t.lines[i], column });
      return d;
    };
    for (let i = 0; i < t.size; i++) {
      const where = { file: t.display, row: t.lines[i] };
      const id = ids[i];
      if (!id) throw new RetroError('The submission number ("#") is empty.', "Every row of submission.csv needs its number.", { ...where, column: "#" });
      if (seen.has(id)) {
        throw new RetroError(`Submission ${id} appears twice (${seen.get(id)} and row ${where.row}).`, "Each submission must appear once; download the bundle again.", { ...where, column: "#" });
      }
      seen.set(id, `row ${where.row}`);
      const label = labels[i];
      const deleted = /^yes$/i.test(deletedCells[i] ?? "");
      const mapped = deleted ? { status: "withdrawn" as const, presentation: null } : label === null ? { status: "pending" as const, presentation: null } : mapDecision(label, ctx.config.decisions);
      if (!mapped) throw new RetroError(`Unknown decision label "${label}" (submission ${id}).`, unknownDecisionFix(label!, ctx.config.decisions), { ...where, column: "decision" });
      out.push({
        edition: ctx.edition,
        id,
        title: titles[i] ?? "",
        abstract: abstracts[i],
        keywords: (keywordCells[i] ?? "").split(/\r?\n/).map((k) => k.trim()).filter(Boolean),
        topics: topics.get(id) ?? [],
        status: mapped.status,
        decision: label,
        presentation: mapped.presentation,
        track: tracks[i],
        submitted_at: date("submitted", i),
        modified_at: date("last updated", i),
      });
    }
  }
  return out;
}

/** author.csv rows (file order = author order), else the submission's "A, B and C" string. */
export function readAuthors(tables: EcTable[], submissionTables: EcTable[], edition: string): Author[] {
  const out: Author[] = [];
  const position = new Map<string, number>();
  for (const t of tables) {
    const [ids, correspondingCells, first, last, emails, affiliations, countries] = [
      column(t, "submission #"),
      column(t, "corresponding?"),
      column(t, "first name"),
      column(t, "last name"),
      column(t, "email"),
      column(t, "affiliation", "organization"),
      column(t, "country"),
    ];
    for (let i = 0; i < t.size; i++) {
      const id = ids[i];
      if (!id) continue;
      const n = (position.get(id) ?? 0) + 1;
      position.set(id, n);
      const corresponding = correspondingCells[i];
      out.push({
        edition,
        submission_id: id,
        position: n,
        name: fullName(first[i], last[i]),
        email: emails[i],
        affiliation: affiliations[i],
        country: countries[i],
        is_contact: corresponding === null ? null : /^yes$/i.test(corresponding),
      });
    }
  }
  if (tables.length) return out;
  for (const t of submissionTables) {
    const ids = column(t, "#");
    const authors = column(t, "authors");
    for (let r = 0; r < t.size; r++) {
      const names = (authors[r] ?? "").split(/,\s*|\s+and\s+/).map((s) => s.trim()).filter(Boolean);
      names.forEach((name, i) => out.push({ edition, submission_id: ids[r]!, position: i + 1, name, email: null, affiliation: null, country: null, is_contact: null }));
    }
  }
  return out;
}
