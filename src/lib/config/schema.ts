/**
 * The workshop configuration, validated with zod. Every message says how to fix the value.
 */
import { z } from "zod";
import { STATUSES, SYSTEMS } from "../model/records.ts";
import { DEFAULT_AREAS, DEFAULT_CHALLENGES, DEFAULT_METHODS } from "./taxonomy.ts";
import { ClassifierConfig } from "../classify/config.ts";

const dateString = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), {
    message: 'should be an ISO date such as "2023-03-31" or "2023-03-31T23:59:00-12:00" (AoE)',
  });

export const EditionConfig = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'should be a short id of letters, digits, "-", "_" or ".", e.g. "2024"'),
  year: z.number().int().min(1900, "should be a four-digit year").max(2200, "should be a four-digit year"),
  system: z.enum(SYSTEMS, { message: `should be one of ${SYSTEMS.join(", ")}` }).optional(),
  venue: z.string().optional(),
  submission_deadline: dateString.optional(),
  review_deadline: dateString.optional(),
  notification: dateString.optional(),
});
export type EditionConfig = z.infer<typeof EditionConfig>;

export const DecisionRule = z.strictObject({
  status: z.enum(STATUSES, { message: `should be one of ${STATUSES.join(", ")}` }),
  presentation: z.string().nullable().optional(),
});
export type DecisionRule = z.infer<typeof DecisionRule>;

export const TaxonomyConfig = z.strictObject({
  areas: z.array(z.string().min(1)).min(1, "needs at least one area").default([...DEFAULT_AREAS]),
  challenges: z.array(z.string().min(1)).default([...DEFAULT_CHALLENGES]),
  methods: z.array(z.string().min(1)).default([...DEFAULT_METHODS]),
});

const column = (what: string, example: string) => {
  const message = `should name the column that holds ${what}, exactly as in the header row, e.g. "${example}"`;
  return z.string({ error: message }).trim().min(1, message);
};
const separator = z.string().min(1, 'should be the text between list items, e.g. "," or ";"');

/**
 * The generic column-mapped CSV (a chair's spreadsheet, a scrape): which column holds which
 * canonical field. Only `id` and `title` are required; unmapped fields stay empty.
 */
export const CsvMapping = z.strictObject({
  id: column("the submission id", "paper_id"),
  title: column("the title", "title"),
  abstract: column("the abstract", "abstract").optional(),
  keywords: column("the keywords", "keywords").optional(),
  keywords_separator: separator.default(","),
  topics: column("the topics or subject areas", "topics").optional(),
  topics_separator: separator.default(";"),
  authors: column("the author names", "authors").optional(),
  authors_separator: separator.default(";"),
  /** A decision label per row, mapped like every system's through `decisions`. */
  decision: column("the decision label", "decision").optional(),
  /** The presentation (oral, poster, ...) when it is not part of the decision label. */
  presentation: column("the presentation (oral, poster, ...)", "presentation").optional(),
  track: column("the track", "track").optional(),
  submitted_at: column("the submission time", "submitted").optional(),
  /** A list of overall ratings per row ("8, 8, 6"): one anonymous review per rating. */
  ratings: column("the list of ratings", "ratings").optional(),
  ratings_separator: separator.default(","),
  /** A flag column marking withdrawn (or desk-rejected) rows that carry no decision. */
  withdrawn: column("the withdrawn flag", "withdrawn").optional(),
  withdrawn_values: z
    .array(z.string())
    .min(1, 'should list the cell values that mean "withdrawn", e.g. ["1", "yes"]')
    .default(["1", "true", "yes", "y", "x"]),
});
export type CsvMapping = z.infer<typeof CsvMapping>;

const DEFAULT_OVERALL_FIELDS = ["Overall merit", "OveMer", "Overall score", "Overall evaluation", "Rating", "Recommendation"];
const DEFAULT_CONFIDENCE_FIELDS = ["Reviewer expertise", "RevExp", "Reviewer confidence", "Confidence", "RevCon"];

export const WorkshopConfig = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().min(1, "should name the workshop, e.g. \"PACMI\"").default("PACMI"),
  venue: z.string().default("PACMI @ MLSys"),
  editions: z.array(EditionConfig).default([]),
  /**
   * Decision label (as exported, matched case-insensitively) -> status and presentation.
   * Merged over the built-in defaults, so only a workshop's own labels need listing.
   */
  decisions: z.record(z.string(), DecisionRule).default({}),
  scores: z
    .strictObject({
      /** Review fields that hold the overall score, first match wins (names or abbreviations). */
      overall: z.array(z.string()).min(1).default([...DEFAULT_OVERALL_FIELDS]),
      confidence: z.array(z.string()).min(1).default([...DEFAULT_CONFIDENCE_FIELDS]),
      /** Letter-scale fields and their full range, best first, e.g. { "Overall merit": "A-D" }. */
      letter_scales: z.record(z.string(), z.string().regex(/^[A-Z]-[A-Z]$/, 'should be a letter range such as "A-D" (best first)')).default({}),
    })
    .default({ overall: [...DEFAULT_OVERALL_FIELDS], confidence: [...DEFAULT_CONFIDENCE_FIELDS], letter_scales: {} }),
  taxonomy: TaxonomyConfig.default({ areas: [...DEFAULT_AREAS], challenges: [...DEFAULT_CHALLENGES], methods: [...DEFAULT_METHODS] }),
  privacy: z
    .strictObject({
      k: z.number().int().min(1, "should be at least 1 (5 is common)").default(5),
      /** Keep review text (chair-only) in the archive; off by default: the analyses need only its length. */
      keep_review_text: z.boolean().default(false),
    })
    .default({ k: 5, keep_review_text: false }),
  /** Column mapping of the generic CSV adapter (system "csv"); see CsvMapping. */
  csv: CsvMapping.optional(),
  /** The paper classifier (vocabulary, weights, training); see src/lib/classify/config.ts. */
  classifier: ClassifierConfig.optional(),
});
export type WorkshopConfig = z.infer<typeof WorkshopConfig>;
