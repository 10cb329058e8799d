/**
 * The canonical model: what every adapter produces and the archive stores.
 * Defined once here with zod; TypeScript types are inferred from it and the DuckDB DDL in
 * `ddl.ts` mirrors it column for column (a test checks they agree).
 */
import { z } from "zod";

export const STATUSES = ["accepted", "rejected", "desk_rejected", "withdrawn", "pending"] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const SYSTEMS = ["hotcrp", "openreview", "easychair", "cmt", "csv"] as const;
export const System = z.enum(SYSTEMS);
export type System = z.infer<typeof System>;

const text = z.string();
const optionalText = z.string().nullable();
const timestamp = z.date().nullable();

export const Edition = z.object({
  edition: z.string().min(1),
  venue: z.string().min(1),
  year: z.number().int().min(1900).max(2200),
  system: System,
  submission_deadline: timestamp,
  review_deadline: timestamp,
  notification: timestamp,
});
export type Edition = z.infer<typeof Edition>;

export const Submission = z.object({
  edition: text,
  id: z.string().min(1),
  title: z.string(),
  abstract: optionalText,
  keywords: z.array(z.string()),
  topics: z.array(z.string()),
  status: Status,
  decision: optionalText,
  presentation: optionalText,
  track: optionalText,
  submitted_at: timestamp,
  modified_at: timestamp,
});
export type Submission = z.infer<typeof Submission>;

export const Author = z.object({
  edition: text,
  submission_id: text,
  position: z.number().int().min(1),
  name: z.string(),
  email: optionalText,
  affiliation: optionalText,
  country: optionalText,
  is_contact: z.boolean().nullable(),
});
export type Author = z.infer<typeof Author>;

export const Review = z.object({
  edition: text,
  submission_id: text,
  review_id: z.string().min(1),
  /** A keyed-hash pseudonym (see `pseudonym.ts`): never a name or an e-mail. */
  reviewer: z.string().regex(/^r-[0-9a-f]{12}$/, "reviewer must be a pseudonym r-<12 hex>"),
  round: optionalText,
  overall: z.number().finite().nullable(),
  confidence: z.number().finite().nullable(),
  submitted_at: timestamp,
  words: z.number().int().min(0).nullable(),
});
export type Review = z.infer<typeof Review>;

export const ReviewScore = z.object({
  edition: text,
  review_id: text,
  field: z.string().min(1),
  value: z.number().finite(),
  label: optionalText,
});
export type ReviewScore = z.infer<typeof ReviewScore>;

/** Review text per field; chair-only (confidential), never part of a shared output. */
export const ReviewText = z.object({
  edition: text,
  review_id: text,
  field: z.string().min(1),
  text: z.string(),
  pc_only: z.boolean(),
});
export type ReviewText = z.infer<typeof ReviewText>;

/** Chair-only: who is behind a pseudonym. Kept apart so nothing shared ever joins it. */
export const Identity = z.object({
  person: z.string().regex(/^r-[0-9a-f]{12}$/),
  name: optionalText,
  email: optionalText,
});
export type Identity = z.infer<typeof Identity>;

/** Programme committee membership of an edition (chair-only), with declared topics. */
export const CommitteeMember = z.object({
  edition: text,
  member: z.string().regex(/^r-[0-9a-f]{12}$/),
  role: z.string(),
  affiliation: optionalText,
  topics: z.array(z.string()),
});
export type CommitteeMember = z.infer<typeof CommitteeMember>;

/** Declared conflicts between a submission and a committee member (chair-only). */
export const Conflict = z.object({
  edition: text,
  submission_id: text,
  member: z.string().regex(/^r-[0-9a-f]{12}$/),
  kind: optionalText,
});
export type Conflict = z.infer<typeof Conflict>;

/** Everything one ingest of one edition produces, before it is written. */
export interface EditionData {
  submissions: Submission[];
  authors: Author[];
  reviews: Review[];
  scores: ReviewScore[];
  texts: ReviewText[];
  identities: Identity[];
  committee: CommitteeMember[];
  conflicts: Conflict[];
}

export function emptyEditionData(): EditionData {
  return { submissions: [], authors: [], reviews: [], scores: [], texts: [], identities: [], committee: [], conflicts: [] };
}

/** The zod schema of each record table, by table name: the single list the writer iterates. */
export const RECORD_TABLES = {
  submissions: Submission,
  authors: Author,
  reviews: Review,
  review_scores: ReviewScore,
  review_texts: ReviewText,
  committee: CommitteeMember,
  conflicts: Conflict,
} as const;
