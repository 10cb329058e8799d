/**
 * What the dashboard's data loaders read from the archive, loaded once per loader with only
 * the columns the pages use (no abstracts, no review text), and cut per edition.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { loadConfig } from "../config/load.ts";
import { OTHER_AREA } from "../config/taxonomy.ts";
import { groupByEdition as byEdition, loadClassifications, loadEditions, loadReviews, queryJson } from "../db/queries.ts";
import type { Edition, Review, Status } from "../model/records.ts";
import type { Classification } from "../stats/groups.ts";
import type { Audience } from "../stats/aggregate.ts";

/** The key of the "all editions" choice of the edition selector. */
export const ALL = "all";

export interface SiteSubmission {
  edition: string;
  id: string;
  title: string;
  status: Status;
  decision: string | null;
  presentation: string | null;
}

export interface SiteAuthor {
  edition: string;
  submission_id: string;
  country: string | null;
}

export type SiteReview = Pick<Review, "edition" | "submission_id" | "review_id" | "reviewer" | "overall" | "confidence" | "submitted_at" | "words">;

export interface SiteInput {
  audience: Audience;
  k: number;
  editions: Edition[];
  submissions: SiteSubmission[];
  reviews: SiteReview[];
  classifications: Classification[];
  authors: SiteAuthor[];
}

/** One edition's records (or every edition's, for ALL). */
export interface EditionSlice {
  key: string;
  edition: Edition | null;
  submissions: SiteSubmission[];
  reviews: SiteReview[];
  classifications: Classification[];
  authors: SiteAuthor[];
}

export interface LoadOptions {
  reviews?: boolean;
  authors?: boolean;
}

export async function loadSiteInput(conn: DuckDBConnection, audience: Audience, k: number, options: LoadOptions = {}): Promise<SiteInput> {
  const [editions, submissions, reviews, classifications, authors] = await Promise.all([
    loadEditions(conn),
    queryJson<SiteSubmission>(conn, `SELECT edition, id, title, status, decision, presentation FROM submissions ORDER BY edition, id`),
    options.reviews === false
      ? Promise.resolve([])
      : loadReviews(conn),
    loadClassifications(conn),
    options.authors ? queryJson<SiteAuthor>(conn, `SELECT edition, submission_id, country FROM authors`) : Promise.resolve([]),
  ]);
  return { audience, k, editions, submissions, reviews, classifications, authors };
}

const slicesOf = new WeakMap<SiteInput, EditionSlice[]>();

/** "all" first, then every edition oldest first (cut once per input, so labels computed on a slice are reused). */
export function editionSlices(input: SiteInput): EditionSlice[] {
  let slices = slicesOf.get(input);
  if (!slices) slicesOf.set(input, (slices = cutSlices(input)));
  return slices;
}

function cutSlices(input: SiteInput): EditionSlice[] {
  const subs = byEdition(input.submissions);
  const revs = byEdition(input.reviews);
  const cls = byEdition(input.classifications);
  const auth = byEdition(input.authors);
  return [
    { key: ALL, edition: null, submissions: input.submissions, reviews: input.reviews, classifications: input.classifications, authors: input.authors },
    ...input.editions.map((e) => ({
      key: e.edition,
      edition: e,
      submissions: subs.get(e.edition) ?? [],
      reviews: revs.get(e.edition) ?? [],
      classifications: cls.get(e.edition) ?? [],
      authors: auth.get(e.edition) ?? [],
    })),
  ];
}

/** Computes a page section for every slice: `{ all: ..., "2024": ... }`. */
export function perEdition<T>(input: SiteInput, compute: (slice: EditionSlice) => T): Record<string, T> {
  return Object.fromEntries(editionSlices(input).map((s) => [s.key, compute(s)]));
}

/** The page header every data file carries: who it is for and which editions it covers. */
export function pageHeader(input: SiteInput) {
  return {
    audience: input.audience,
    k: input.k,
    editions: input.editions.map((e) => ({ edition: e.edition, year: e.year, system: e.system })),
    /** The configured areas in taxonomy order: the order that gives each area its colour. */
    areas: [...loadConfig().config.taxonomy.areas, OTHER_AREA],
  };
}
