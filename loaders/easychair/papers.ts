/** EasyChair submissions, authors and topics -> canonical submissions and authors. */
import { RetroError } from "../../src/lib/errors.ts";
import type { Author, Submission } from "../../src/lib/model/records.ts";
import { parseTimestamp } from "../common/dates.ts";
import { mapDecision, unknownDecisionFix } from "../common/decisions.ts";
import { fullName } from "../common/people.ts";
import type { ParseContext } from "../types.ts";
import { cell, type EcTable } from "./tables.ts";

export function readSubmissions(tables: EcTable[], topicTables: EcTable[], ctx: ParseContext): Submission[] {
  const topics = new Map<string, string[]>();
  for (const t of topicTables) {
    for (const r of t.rows) {
      const id = cell(r, "submission #");
      const topic = cell(r, "topic");
      if (id && topic) topics.set(id, [...(topics.get(id) ?? []), topic]);
    }
  }
  const seen = new Map<string, string>();
  const out: Submission[] = [];
  for (const t of tables) {
    t.rows.forEach((r, i) => {
      const where = { file: t.display, row: t.lines[i] };
      const id = cell(r, "#");
      if (!id) throw new RetroError('The submission number ("#") is empty.', "Every row of submission.csv needs its number.", { ...where, column: "#" });
      if (seen.has(id)) {
        throw new RetroError(`Submission ${id} appears twice (${seen.get(id)} and row ${where.row}).`, "Each submission must appear once; download the bundle again.", { ...where, column: "#" });
      }
      seen.set(id, `row ${where.row}`);
      const label = cell(r, "decision");
      const deleted = /^yes$/i.test(cell(r, "deleted?") ?? "");
      const mapped = deleted ? { status: "withdrawn" as const, presentation: null } : label === null ? { status: "pending" as const, presentation: null } : mapDecision(label, ctx.config.decisions);
      if (!mapped) throw new RetroError(`Unknown decision label "${label}" (submission ${id}).`, unknownDecisionFix(label!, ctx.config.decisions), { ...where, column: "decision" });
      const date = (column: string) => {
        const d = parseTimestamp(cell(r, column));
        if (d === undefined) throw new RetroError(`"${cell(r, column)}" is not a date.`, 'EasyChair writes "YYYY-MM-DD HH:MM"; download the bundle again.', { ...where, column });
        return d;
      };
      out.push({
        edition: ctx.edition,
        id,
        title: cell(r, "title") ?? "",
        abstract: cell(r, "abstract"),
        keywords: (cell(r, "keywords") ?? "").split(/\r?\n/).map((k) => k.trim()).filter(Boolean),
        topics: topics.get(id) ?? [],
        status: mapped.status,
        decision: label,
        presentation: mapped.presentation,
        track: cell(r, "track name"),
        submitted_at: date("submitted"),
        modified_at: date("last updated"),
      });
    });
  }
  return out;
}

/** author.csv rows (file order = author order), else the submission's "A, B and C" string. */
export function readAuthors(tables: EcTable[], submissionTables: EcTable[], edition: string): Author[] {
  const out: Author[] = [];
  const position = new Map<string, number>();
  for (const t of tables) {
    for (const r of t.rows) {
      const id = cell(r, "submission #");
      if (!id) continue;
      const n = (position.get(id) ?? 0) + 1;
      position.set(id, n);
      const corresponding = cell(r, "corresponding?");
      out.push({
        edition,
        submission_id: id,
        position: n,
        name: fullName(cell(r, "first name"), cell(r, "last name")),
        email: cell(r, "email"),
        affiliation: cell(r, "affiliation", "organization"),
        country: cell(r, "country"),
        is_contact: corresponding === null ? null : /^yes$/i.test(corresponding),
      });
    }
  }
  if (tables.length) return out;
  for (const t of submissionTables) {
    for (const r of t.rows) {
      const id = cell(r, "#");
      const names = (cell(r, "authors") ?? "").split(/,\s*|\s+and\s+/).map((s) => s.trim()).filter(Boolean);
      names.forEach((name, i) => out.push({ edition, submission_id: id!, position: i + 1, name, email: null, affiliation: null, country: null, is_contact: null }));
    }
  }
  return out;
}
