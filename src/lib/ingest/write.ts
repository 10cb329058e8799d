/**
 * Replaces one edition's data in the archive in a single transaction: keep the current keys
 * and scores aside, swap the new records in, measure what changed, snapshot the previous
 * scores and decisions when they changed, record provenance.
 * Any failure rolls back, so the archive is exactly as it was.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { appendRecords } from "../db/append.ts";
import { queryRows } from "../db/archive.ts";
import { EDITION_TABLES } from "../model/ddl.ts";
import type { Edition, EditionData } from "../model/records.ts";
import type { SourceFile, Warning } from "../../../loaders/types.ts";
import type { ChangeSummary } from "./changes.ts";
import { summariseChanges } from "./changes.ts";

const RECORDS_FOR_TABLE: Record<(typeof EDITION_TABLES)[number], keyof EditionData> = {
  submissions: "submissions",
  authors: "authors",
  reviews: "reviews",
  review_scores: "scores",
  review_texts: "texts",
  committee: "committee",
  conflicts: "conflicts",
};

export interface WriteRequest {
  edition: Edition;
  data: EditionData;
  files: Array<SourceFile & { rows: number }>;
  warnings: Warning[];
  fingerprint: string;
  startedAt: Date;
  toolVersion: string;
}

export interface WriteResult {
  ingestId: number;
  changes: ChangeSummary;
}

export async function writeEdition(conn: DuckDBConnection, req: WriteRequest): Promise<WriteResult> {
  const ed = req.edition.edition;
  await conn.run("BEGIN TRANSACTION");
  try {
    // Keep aside what the change summary and the snapshots need of the current state, then
    // swap the new records in directly (no staging copy of 100,000s of rows).
    await conn.run(`CREATE OR REPLACE TEMP TABLE old_submissions AS SELECT id, status, decision FROM submissions WHERE edition = $ed`, { ed });
    await conn.run(`CREATE OR REPLACE TEMP TABLE old_reviews AS SELECT review_id, submission_id, reviewer FROM reviews WHERE edition = $ed`, { ed });
    await conn.run(`CREATE OR REPLACE TEMP TABLE old_scores AS SELECT review_id, field, value, label FROM review_scores WHERE edition = $ed`, { ed });
    for (const table of EDITION_TABLES) {
      await conn.run(`DELETE FROM ${table} WHERE edition = $ed`, { ed });
      await appendRecords(conn, table, req.data[RECORDS_FOR_TABLE[table]] as object[]);
    }
    const changes = await summariseChanges(conn, ed);
    const [{ next }] = await queryRows<{ next: number }>(conn, `SELECT (coalesce(max(ingest_id), 0) + 1)::INTEGER AS next FROM ingests`);
    const [previous] = await queryRows<{ ingest_id: number }>(conn, `SELECT max(ingest_id)::INTEGER AS ingest_id FROM ingests WHERE edition = $ed`, { ed });
    if (previous?.ingest_id && (changes.scoreChanges.length || changes.decisionChanges.length || changes.removedReviews.length)) {
      await conn.run(
        `INSERT INTO score_snapshots SELECT $ed, $prev, r.submission_id, s.review_id, r.reviewer, s.field, s.value, s.label
         FROM old_scores s JOIN old_reviews r USING (review_id)`,
        { ed, prev: previous.ingest_id },
      );
      await conn.run(`INSERT INTO decision_snapshots SELECT $ed, $prev, id, status, decision FROM old_submissions`, { ed, prev: previous.ingest_id });
    }
    await conn.run(`DELETE FROM editions WHERE edition = $ed`, { ed });
    await appendRecords(conn, "editions", [req.edition]);
    if (req.data.identities.length) {
      await conn.run(`CREATE OR REPLACE TEMP TABLE new_identities AS SELECT * FROM identities LIMIT 0`);
      await appendRecords(conn, "new_identities", req.data.identities);
      await conn.run(`DELETE FROM identities WHERE person IN (SELECT person FROM new_identities)`);
      await conn.run(`INSERT INTO identities SELECT * FROM new_identities`);
    }
    await appendRecords(conn, "ingests", [
      {
        ingest_id: next,
        edition: ed,
        system: req.edition.system,
        fingerprint: req.fingerprint,
        started_at: req.startedAt,
        finished_at: new Date(),
        tool_version: req.toolVersion,
        summary: JSON.stringify(changes.counts),
      },
    ]);
    await appendRecords(
      conn,
      "ingest_files",
      req.files.map((f) => ({ ingest_id: next, file: f.display, sha256: f.sha256, bytes: f.bytes, system: f.system, kind: f.kind, rows: f.rows })),
    );
    await appendRecords(
      conn,
      "ingest_warnings",
      req.warnings.map((w) => ({ ingest_id: next, file: w.file ?? null, row: w.row ?? null, column: w.column ?? null, message: w.message })),
    );
    await conn.run("COMMIT");
    return { ingestId: next, changes };
  } catch (e) {
    await conn.run("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    for (const table of ["old_submissions", "old_reviews", "old_scores", "new_identities"]) await conn.run(`DROP TABLE IF EXISTS temp.${table}`).catch(() => undefined);
  }
}
