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

export async function loadReviews(conn: DuckDBConnection, edition?: string): Promise<Review[]> {
  return edition
    ? queryRows<Review>(conn, `SELECT * FROM reviews WHERE edition = $ed ORDER BY edition, review_id`, { ed: edition })
    : queryRows<Review>(conn, `SELECT * FROM reviews ORDER BY edition, review_id`);
}

/** Each paper's labels (a chair's label already overrides the model's in this table). */
export async function loadClassifications(conn: DuckDBConnection, edition?: string): Promise<Classification[]> {
  const sql = `SELECT edition, submission_id, area, second_area, kind, challenges, methods FROM classifications`;
  return edition
    ? queryRows<Classification>(conn, `${sql} WHERE edition = $ed ORDER BY submission_id`, { ed: edition })
    : queryRows<Classification>(conn, `${sql} ORDER BY edition, submission_id`);
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
