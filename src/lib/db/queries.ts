/**
 * The archive's canonical tables read back as typed records, for transforms, data loaders and
 * reports. One place for these queries, so every consumer reads the same thing.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { CommitteeMember, Edition, Review, ReviewScore, Submission } from "../model/records.ts";
import type { Classification } from "../stats/groups.ts";
import { queryRows } from "./archive.ts";

export async function loadEditions(conn: DuckDBConnection): Promise<Edition[]> {
  return queryRows<Edition>(conn, `SELECT * FROM editions ORDER BY year, edition`);
}

export async function loadSubmissions(conn: DuckDBConnection, edition?: string): Promise<Submission[]> {
  return edition
    ? queryRows<Submission>(conn, `SELECT * FROM submissions WHERE edition = $ed ORDER BY edition, id`, { ed: edition })
    : queryRows<Submission>(conn, `SELECT * FROM submissions ORDER BY edition, id`);
}

/** Every review (of one edition), read fast through `queryJson`. */
export async function loadReviews(conn: DuckDBConnection, edition?: string): Promise<Review[]> {
  return queryJson<Review>(
    conn,
    `SELECT edition, submission_id, review_id, reviewer, round, overall, confidence, epoch_ms(submitted_at) AS submitted_at, words FROM reviews
     ${edition === undefined ? "" : "WHERE edition = $ed"} ORDER BY edition, review_id`,
    ["submitted_at"],
    edition === undefined ? undefined : { ed: edition },
  );
}

/** Each paper's labels (a chair's label already overrides the model's in this table). */
export async function loadClassifications(conn: DuckDBConnection, edition?: string): Promise<Classification[]> {
  return queryJson<Classification>(
    conn,
    `SELECT edition, submission_id, area, second_area, kind, challenges, methods FROM classifications
     ${edition === undefined ? "" : "WHERE edition = $ed"} ORDER BY edition, submission_id`,
    [],
    edition === undefined ? undefined : { ed: edition },
  );
}

export async function loadReviewScores(conn: DuckDBConnection, edition?: string): Promise<ReviewScore[]> {
  return edition
    ? queryRows<ReviewScore>(conn, `SELECT * FROM review_scores WHERE edition = $ed ORDER BY review_id, field`, { ed: edition })
    : queryRows<ReviewScore>(conn, `SELECT * FROM review_scores ORDER BY edition, review_id, field`);
}

/** Committee members with their declared topics (chair-only data). */
export async function loadCommittee(conn: DuckDBConnection, edition?: string): Promise<CommitteeMember[]> {
  return edition
    ? queryRows<CommitteeMember>(conn, `SELECT * FROM committee WHERE edition = $ed ORDER BY member`, { ed: edition })
    : queryRows<CommitteeMember>(conn, `SELECT * FROM committee ORDER BY edition, member`);
}

/** The files of the ingest that produced each edition's current state, with its warning count. */
export interface IngestSource {
  edition: string;
  ingest_id: number;
  system: string;
  finished_at: Date;
  file: string;
  kind: string;
  rows: number;
  bytes: number;
  sha256: string;
  warnings: number;
}

export async function loadIngestSources(conn: DuckDBConnection): Promise<IngestSource[]> {
  return queryRows<IngestSource>(
    conn,
    `WITH latest AS (SELECT edition, max(ingest_id) AS ingest_id FROM ingests GROUP BY edition),
          warned AS (SELECT ingest_id, count(*)::INTEGER AS warnings FROM ingest_warnings GROUP BY ingest_id)
     SELECT i.edition, i.ingest_id, i.system, i.finished_at, f.file, f.kind, f.rows, f.bytes::DOUBLE AS bytes, f.sha256,
            coalesce(w.warnings, 0) AS warnings
     FROM latest l JOIN ingests i USING (ingest_id) JOIN ingest_files f USING (ingest_id) LEFT JOIN warned w USING (ingest_id)
     ORDER BY i.edition, f.file`,
  );
}

/**
 * Rows of a query read as one JSON document built by DuckDB: for large tables and list columns
 * this is several times faster than converting row objects. `dates` names timestamp columns,
 * selected as epoch milliseconds, that become Date objects.
 */
export async function queryJson<T>(conn: DuckDBConnection, sql: string, dates: string[] = [], params?: Record<string, string>): Promise<T[]> {
  const wrapped = `SELECT coalesce(to_json(list(t)), '[]')::VARCHAR AS j FROM (${sql}) t`;
  const reader = params ? await conn.runAndReadAll(wrapped, params) : await conn.runAndReadAll(wrapped);
  const rows = JSON.parse(String(reader.getRows()[0][0])) as Array<Record<string, unknown>>;
  if (dates.length) for (const row of rows) for (const d of dates) row[d] = row[d] === null ? null : new Date(row[d] as number);
  return rows as T[];
}

/** What the statistics need of every submission (no abstracts or keywords). */
export type SubmissionOutcome = Pick<Submission, "edition" | "id" | "title" | "status" | "presentation" | "topics">;

export async function loadSubmissionOutcomes(conn: DuckDBConnection): Promise<SubmissionOutcome[]> {
  return queryJson<SubmissionOutcome>(conn, `SELECT edition, id, title, status, presentation, topics FROM submissions ORDER BY edition, id`);
}

/** Score values without their labels. */
export async function loadScoreValues(conn: DuckDBConnection): Promise<Array<Pick<ReviewScore, "edition" | "review_id" | "field" | "value">>> {
  return queryJson(conn, `SELECT edition, review_id, field, value FROM review_scores ORDER BY edition, review_id, field`);
}

/** Rows grouped by their edition, in their order. */
export function groupByEdition<T extends { edition: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.edition);
    if (list) list.push(row);
    else out.set(row.edition, [row]);
  }
  return out;
}
