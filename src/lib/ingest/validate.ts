/**
 * Validates an adapter's output against the canonical zod model before anything is written,
 * so a bad record never reaches the archive. Errors name the table, record and field.
 */
import { RetroError } from "../errors.ts";
import { Author, CommitteeMember, Conflict, Identity, Review, ReviewScore, ReviewText, Submission, type EditionData } from "../model/records.ts";
import type { z } from "zod";

const CHECKS: Array<[keyof EditionData, z.ZodType, (r: Record<string, unknown>) => string]> = [
  ["submissions", Submission, (r) => `submission ${r.id}`],
  ["authors", Author, (r) => `author ${r.position} of submission ${r.submission_id}`],
  ["reviews", Review, (r) => `review ${r.review_id}`],
  ["scores", ReviewScore, (r) => `score "${r.field}" of review ${r.review_id}`],
  ["texts", ReviewText, (r) => `text "${r.field}" of review ${r.review_id}`],
  ["identities", Identity, (r) => `identity ${r.person}`],
  ["committee", CommitteeMember, (r) => `committee member ${r.member}`],
  ["conflicts", Conflict, (r) => `conflict of submission ${r.submission_id}`],
];

export function validateEditionData(data: EditionData, files: string): void {
  for (const [key, schema, label] of CHECKS) {
    for (const record of data[key] as unknown as Record<string, unknown>[]) {
      const result = schema.safeParse(record);
      if (!result.success) {
        const issue = result.error.issues[0];
        throw new RetroError(
          `Invalid ${label(record)}: field "${issue.path.join(".")}" ${issue.message}.`,
          "This is a gap in the adapter for this export; please report it with the file (or an anonymised excerpt).",
          { file: files, column: issue.path.join(".") },
        );
      }
    }
  }
  checkKeys(data, files);
  const subs = new Set(data.submissions.map((s) => s.id));
  for (const r of data.reviews) {
    if (!subs.has(r.submission_id)) throw new RetroError(`Review ${r.review_id} belongs to unknown submission ${r.submission_id}.`, "Export the papers and the reviews from the same search.", { file: files });
  }
}

const KEYED: Array<[keyof EditionData, readonly string[], string]> = [
  ["submissions", ["id"], "submission"],
  ["authors", ["submission_id", "position"], "author position"],
  ["reviews", ["review_id"], "review"],
  ["scores", ["review_id", "field"], "score"],
  ["texts", ["review_id", "field"], "review text field"],
];

/** Every record's key is unique within the edition (the archive's keys, checked before writing). */
export function checkKeys(data: EditionData, files: string): void {
  for (const [key, columns, what] of KEYED) {
    const seen = new Set<string>();
    for (const record of data[key] as unknown as Record<string, unknown>[]) {
      const id = columns.length === 1 ? String(record[columns[0]]) : columns.map((c) => String(record[c])).join("\u0000");
      if (seen.has(id)) {
        throw new RetroError(
          `Duplicate ${what}: ${columns.map((c) => `${c} ${JSON.stringify(record[c])}`).join(", ")} appears twice.`,
          "Each record must appear once in an edition's export; re-export the files, or remove the duplicate.",
          { file: files, column: columns.join(", ") },
        );
      }
      seen.add(id);
    }
  }
}

/** Identities and committee rows may repeat across files; keep the most complete one. */
export function dedupe(data: EditionData): EditionData {
  const identities = new Map<string, EditionData["identities"][number]>();
  for (const i of data.identities) {
    const prev = identities.get(i.person);
    identities.set(i.person, prev ? { person: i.person, name: prev.name ?? i.name, email: prev.email ?? i.email } : i);
  }
  const committee = new Map(data.committee.map((c) => [c.member, c]));
  const conflicts = new Map(data.conflicts.map((c) => [`${c.submission_id}\u0000${c.member}`, c]));
  return { ...data, identities: [...identities.values()], committee: [...committee.values()], conflicts: [...conflicts.values()] };
}
