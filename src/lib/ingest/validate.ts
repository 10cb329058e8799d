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

type Keyed = Record<string, unknown>;
const SEP = "\u0000";
/** Each record table's key within an edition, and how a duplicate is named. */
const KEYED: Array<[keyof EditionData, (r: Keyed) => string, (r: Keyed) => string]> = [
  ["submissions", (r) => r.id as string, (r) => `submission ${JSON.stringify(r.id)}`],
  ["authors", (r) => `${r.submission_id as string}${SEP}${r.position as number}`, (r) => `author position ${r.position} of submission ${JSON.stringify(r.submission_id)}`],
  ["reviews", (r) => r.review_id as string, (r) => `review ${JSON.stringify(r.review_id)}`],
  ["scores", (r) => `${r.review_id as string}${SEP}${r.field as string}`, (r) => `score: review_id ${JSON.stringify(r.review_id)}, field ${JSON.stringify(r.field)}`],
  ["texts", (r) => `${r.review_id as string}${SEP}${r.field as string}`, (r) => `review text: review_id ${JSON.stringify(r.review_id)}, field ${JSON.stringify(r.field)}`],
];

/** Every record's key is unique within the edition (the archive's keys, checked before writing). */
export function checkKeys(data: EditionData, files: string): void {
  for (const [table, keyOf, name] of KEYED) {
    const records = data[table] as unknown as Keyed[];
    const seen = new Set<string>();
    for (let i = 0; i < records.length; i++) {
      const size = seen.size;
      seen.add(keyOf(records[i]));
      if (seen.size === size) {
        throw new RetroError(`Duplicate ${name(records[i])} appears twice.`, "Each record must appear once in an edition's export; re-export the files, or remove the duplicate.", { file: files });
      }
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
