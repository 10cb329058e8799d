/**
 * Everything the edition views read from the archive, loaded once through the shared queries
 * and indexed by edition, so that building the facts of several editions (or audiences) reads
 * the archive a single time.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import {
  groupByEdition as groupBy,
  loadClassifications,
  loadCommittee,
  loadEditions,
  loadIngestSources,
  loadReviews,
  loadScoreValues,
  loadSubmissionOutcomes,
  type IngestSource,
  type SubmissionOutcome,
} from "../db/queries.ts";
import type { CommitteeMember, Edition, Review, ReviewScore } from "../model/records.ts";

type ScoreValue = Pick<ReviewScore, "edition" | "review_id" | "field" | "value">;
import type { Classification } from "../stats/groups.ts";

export interface ArchiveData {
  /** Oldest first. */
  editions: Edition[];
  submissions: SubmissionOutcome[];
  reviews: Review[];
  scores: ScoreValue[];
  classifications: Classification[];
  committee: CommitteeMember[];
  sources: IngestSource[];
}

/** One edition's records. */
export interface EditionRecords {
  edition: Edition;
  submissions: SubmissionOutcome[];
  reviews: Review[];
  scores: ScoreValue[];
  classifications: Classification[];
  committee: CommitteeMember[];
  sources: IngestSource[];
}

/** Reads every table the views need (read-only queries). */
export async function loadArchiveData(conn: DuckDBConnection): Promise<ArchiveData> {
  // One connection runs one query at a time; sequential reads keep that explicit.
  const editions = await loadEditions(conn);
  const submissions = await loadSubmissionOutcomes(conn);
  const reviews = await loadReviews(conn);
  const scores = await loadScoreValues(conn);
  const classifications = await loadClassifications(conn);
  const committee = await loadCommittee(conn);
  const sources = await loadIngestSources(conn);
  return { editions, submissions, reviews, scores, classifications, committee, sources };
}

/** The records of every edition, oldest first. */
export function byEdition(data: ArchiveData): EditionRecords[] {
  const submissions = groupBy(data.submissions);
  const reviews = groupBy(data.reviews);
  const scores = groupBy(data.scores);
  const classifications = groupBy(data.classifications);
  const committee = groupBy(data.committee);
  const sources = groupBy(data.sources);
  return data.editions.map((edition) => ({
    edition,
    submissions: submissions.get(edition.edition) ?? [],
    reviews: reviews.get(edition.edition) ?? [],
    scores: scores.get(edition.edition) ?? [],
    classifications: classifications.get(edition.edition) ?? [],
    committee: committee.get(edition.edition) ?? [],
    sources: sources.get(edition.edition) ?? [],
  }));
}
