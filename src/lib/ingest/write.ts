/**
 * Replaces one edition's data in the archive in a single transaction: stage the new records,
 * measure what changed, snapshot the previous scores and decisions, swap, record provenance.
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

/** Staged for the change summary, then copied in; the other tables are appended directly. */
const COMPARED = ["reviews", "review_scores"] as const;

export async function writeEdition(conn: DuckDBConnection, req: WriteRequest): Promise<WriteResult> {
  const ed = req.edition.edition;
  await conn.run("BEGIN TRANSACTION");
  try {
    for (const table of COMPARED) {
      await conn.run(`CREATE OR REPLACE TEMP TABLE new_${table} AS SELECT * FROM ${table} LIMIT 0`);
      await appendRecords(conn, `new_${table}`, req.data[RECORDS_FOR_TABLE[table]] as object[]);
    }
    // Submissions carry abstracts: stage only what the change summary compares.
    await conn.run(`CREATE OR REPLACE TEMP TABLE new_submissions (id TEXT, status TEXT, decision TEXT)`);
    await appendRecords(conn, "new_submissions", req.data.submissions.map(({ id, status, decision }) => ({ id, status, decision })));
    const changes = await summariseChanges(conn, ed);
    const [{ next }] = await queryRows<{ next: number }>(conn, `SELECT (coalesce(max(ingest_id), 0) + 1)::INTEGER AS next FROM ingests`);
    const [previous] = await queryRows<{ ingest_id: number }>(conn, `SELECT max(ingest_id)::INTEGER AS ingest_id FROM ingests WHERE edition = $ed`, { ed });
    if (previous?.ingest_id && (changes.scoreChanges.length || changes.decisionChanges.length || changes.removedReviews.length)) {
      await conn.run(
        `INSERT INTO score_snapshots SELECT s.edition, $prev, r.submission_id, s.review_id, r.reviewer, s.field, s.value, s.label
         FROM review_scores s JOIN reviews r USING (edition, review_id) WHERE s.edition = $ed`,
        { ed, prev: previous.ingest_id },
      );
      await conn.run(`INSERT INTO decision_snapshots SELECT edition, $prev, id, status, decision FROM submissions WHERE edition = $ed`, { ed, prev: previous.ingest_id });
    }
    for (const table of EDITION_TABLES) {
      await conn.run(`DELETE FROM ${table} WHERE edition = $ed`, { ed });
      if ((COMPARED as readonly string[]).includes(table)) await conn.run(`INSERT INTO ${table} SELECT * FROM new_${table}`);
      else await appendRecords(conn, table, req.data[RECORDS_FOR_TABLE[table]] as object[]);
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
    for (const table of [...COMPARED, "submissions", "identities"]) await conn.run(`DROP TABLE IF EXISTS temp.new_${table}`).catch(() => undefined);
  }
}
