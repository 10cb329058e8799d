/**
 * The Data page: what is in the archive. Editions, every load with its files (hashes, sizes,
 * times), ingest warnings, and how often the classifier agrees with the chairs' labels.
 * Warnings can quote a cell of an export (a title, a name), so only chairs see their text;
 * others see how many there were. Others also see file names without their folders.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { basename } from "node:path";
import { agreementReport } from "../classify/agreement.ts";
import type { WorkshopConfig } from "../config/schema.ts";
import { queryRows } from "../db/archive.ts";
import { loadEditions } from "../db/queries.ts";
import type { Audience } from "../stats/aggregate.ts";

export async function archivePage(conn: DuckDBConnection, audience: Audience, k: number, config: WorkshopConfig) {
  const chair = audience === "chair";
  const editions = (await loadEditions(conn)).map((e) => ({
    edition: e.edition,
    year: e.year,
    venue: e.venue,
    system: e.system,
    submission_deadline: e.submission_deadline?.toISOString() ?? null,
    review_deadline: e.review_deadline?.toISOString() ?? null,
    notification: e.notification?.toISOString() ?? null,
  }));
  const ingests = await queryRows<{ ingest_id: number; edition: string; system: string; started_at: Date; finished_at: Date; tool_version: string; summary: string; warnings: number }>(
    conn,
    `SELECT i.ingest_id, i.edition, i.system, i.started_at, i.finished_at, i.tool_version, i.summary,
            (SELECT count(*) FROM ingest_warnings w WHERE w.ingest_id = i.ingest_id)::INTEGER AS warnings
     FROM ingests i ORDER BY i.ingest_id`,
  );
  const files = await queryRows<{ ingest_id: number; file: string; sha256: string; bytes: number; system: string; kind: string; rows: number }>(conn, `SELECT * FROM ingest_files ORDER BY ingest_id, file`);
  const warnings = chair ? await queryRows<{ ingest_id: number; file: string | null; row: number | null; column: string | null; message: string }>(conn, `SELECT ingest_id, file, row, "column", message FROM ingest_warnings ORDER BY ingest_id, file, row`) : null;
  const sources = await queryRows<{ edition: string; model: number; chair: number }>(
    conn,
    `SELECT edition, count_if(source = 'model')::INTEGER AS model, count_if(source = 'chair')::INTEGER AS chair FROM classifications GROUP BY edition ORDER BY edition`,
  );
  const report = await agreementReport(conn, config);
  // The agreement rate on fewer than k chair-labelled papers would say too much about them.
  const fields = report.fields.map((f) => (chair || f.labelled >= k ? f : { ...f, agree: null, rate: null, overlap: null }));
  return {
    audience,
    k,
    editions,
    ingests: ingests.map((i) => {
      const summary = JSON.parse(i.summary) as Record<string, number>;
      return { ...i, started_at: i.started_at.toISOString(), finished_at: i.finished_at.toISOString(), summary: undefined, submissions: summary.submissions ?? null, reviews: summary.reviews ?? null };
    }),
    files: files.map((f) => ({ ...f, file: chair ? f.file : basename(f.file) })),
    warnings,
    classification: { sources, agreement: { papers: report.papers, folds: report.folds, fields } },
  };
}
export type ArchivePage = Awaited<ReturnType<typeof archivePage>>;
