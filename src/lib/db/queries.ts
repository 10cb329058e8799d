/**
 * The archive's canonical tables read back as typed records, for transforms, data loaders and
 * reports. One place for these queries, so every consumer reads the same thing.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Edition, Review, Submission } from "../model/records.ts";
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
