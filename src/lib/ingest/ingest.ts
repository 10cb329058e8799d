/**
 * `retro ingest`: export files of one edition -> validated canonical records -> the archive,
 * atomically, with provenance. Identical inputs change nothing; a newer export reports what
 * changed and keeps the earlier scores as a snapshot.
 */
import { createHash } from "node:crypto";
import { DuckDBInstance } from "@duckdb/node-api";
import { adapterFor } from "../../../loaders/index.ts";
import type { SourceFile, Warning } from "../../../loaders/types.ts";
import type { WorkshopConfig } from "../config/schema.ts";
import { openArchive, queryRows } from "../db/archive.ts";
import { RetroError } from "../errors.ts";
import type { Edition, System } from "../model/records.ts";
import { TOOL_VERSION } from "../version.ts";
import type { ChangeSummary } from "./changes.ts";
import { expandInputs, inspectFile, releaseBundles } from "./files.ts";
import { loadKey, pseudonymizer } from "./pseudonym.ts";
import { dedupe, validateEditionData } from "./validate.ts";
import { writeEdition } from "./write.ts";
import { checkRecords } from "../../../loaders/common/limits.ts";
import { classifyEdition, inTransaction } from "../classify/store.ts";
import type { DuckDBConnection } from "@duckdb/node-api";

export interface IngestOptions {
  inputs: string[];
  edition: string;
  db: string;
  config: WorkshopConfig;
  system?: System;
  /** Stage messages (progress) go here; nothing is printed when absent. */
  progress?: (message: string) => void;
  /** Classify new and changed submissions after loading (default true). */
  classify?: boolean;
}

export type ClassificationOutcome = { classified: number; unchanged: number; seconds: number } | { error: string };

export type IngestResult =
  | { status: "unchanged"; edition: string; ingestId: number; files: SourceFile[]; classification: ClassificationOutcome | null }
  | { status: "written"; edition: string; ingestId: number; files: SourceFile[]; changes: ChangeSummary; warnings: Warning[]; classification: ClassificationOutcome | null };

export async function ingest(opts: IngestOptions): Promise<IngestResult> {
  const paths = expandInputs(opts.inputs);
  try {
    return await ingestPaths(paths, opts);
  } finally {
    releaseBundles(paths);
  }
}

async function ingestPaths(paths: string[], opts: IngestOptions): Promise<IngestResult> {
  const startedAt = new Date();
  const say = opts.progress ?? (() => undefined);
  const files: SourceFile[] = [];
  for (const [i, path] of paths.entries()) {
    say(`reading ${i + 1}/${paths.length}: ${path}`);
    files.push(await inspectFile(path, opts.system, opts.config));
  }
  const systems = [...new Set(files.map((f) => f.system))];
  if (systems.length > 1) {
    throw new RetroError(
      `These files come from different systems (${files.map((f) => `${f.display}: ${f.system}`).join("; ")}).`,
      "Ingest one edition's files from one system at a time, or use --system to say which system they all come from.",
    );
  }
  const edition = editionRecord(opts.edition, systems[0], opts.config);
  const fingerprint = fingerprintOf(files, opts.config, edition);

  const archive = await openArchive(opts.db);
  try {
    const [last] = await queryRows<{ ingest_id: number; fingerprint: string }>(
      archive.conn,
      `SELECT ingest_id::INTEGER AS ingest_id, fingerprint FROM ingests WHERE edition = $ed ORDER BY ingest_id DESC LIMIT 1`,
      { ed: edition.edition },
    );
    if (last?.fingerprint === fingerprint) {
      // Same files. If the run that loaded them was stopped before its classification
      // committed, classify now (the data is complete; only the classification is missing).
      const pending = opts.classify !== false && !(await classificationDone(archive.conn, edition.edition, last.ingest_id));
      const classification = pending ? await classifyAfterLoad(archive.conn, edition.edition, last.ingest_id, opts.config, say) : null;
      return { status: "unchanged", edition: edition.edition, ingestId: last.ingest_id, files, classification };
    }

    const warnings: Warning[] = [];
    const rows = new Map<SourceFile, number>();
    const scratchDb = await DuckDBInstance.create(":memory:");
    const scratch = await scratchDb.connect();
    let data;
    try {
      say(`parsing ${files.length} ${edition.system} file${files.length === 1 ? "" : "s"}`);
      data = await adapterFor(edition.system).parse(files, {
        edition: edition.edition,
        config: opts.config,
        pseudonym: pseudonymizer(loadKey(opts.db)),
        scratch,
        warn: (w) => warnings.push(w),
        countRows: (f, n) => rows.set(f, (rows.get(f) ?? 0) + n),
      });
    } finally {
      scratch.closeSync();
      scratchDb.closeSync();
    }
    data = dedupe(data);
    checkRecords(data, files.map((f) => f.display).join(", "), (w) => warnings.push(w));
    // Data minimisation: review text is confidential and the analyses need only its length.
    if (!opts.config.privacy.keep_review_text) data.texts = [];
    say(`validating ${data.submissions.length} submissions, ${data.reviews.length} reviews`);
    validateEditionData(data, files.map((f) => f.display).join(", "));
    say("writing the archive");
    const written = await writeEdition(archive.conn, {
        edition,
        data,
        files: files.map((f) => ({ ...f, rows: rows.get(f) ?? 0 })),
        warnings,
        fingerprint,
        startedAt,
        toolVersion: TOOL_VERSION,
    });
    const classification = opts.classify === false ? null : await classifyAfterLoad(archive.conn, edition.edition, written.ingestId, opts.config, say);
    return { status: "written", edition: edition.edition, ingestId: written.ingestId, files, changes: written.changes, warnings, classification };
  } finally {
    archive.close();
  }
}

/**
 * Classifies the edition's new and changed papers in a transaction of its own: the data is
 * already safely committed, and a classification that fails is reported, not fatal
 * (`retro classify` redoes it; unchanged papers are skipped).
 */
async function classifyAfterLoad(conn: DuckDBConnection, edition: string, ingestId: number, config: WorkshopConfig, say: (m: string) => void): Promise<ClassificationOutcome> {
  const t0 = performance.now();
  say("classifying new and changed submissions");
  try {
    const r = await inTransaction(conn, async () => {
      const result = await classifyEdition(conn, edition, config);
      // Marks this ingest's classification as done, in the same transaction.
      await conn.run(`INSERT OR REPLACE INTO meta VALUES ($key, $value)`, { key: classifiedKey(edition), value: String(ingestId) });
      return result;
    });
    return { classified: r.classified, unchanged: r.unchanged, seconds: (performance.now() - t0) / 1000 };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

const classifiedKey = (edition: string) => `classified_ingest:${edition}`;

/**
 * Whether the classification after ingest `ingestId` committed. Without a mark for the edition
 * (archives from before the mark, or a first ingest stopped before classifying), it is done when
 * every submission has a classification.
 */
async function classificationDone(conn: DuckDBConnection, edition: string, ingestId: number): Promise<boolean> {
  const [mark] = await queryRows<{ value: string }>(conn, `SELECT value FROM meta WHERE key = $key`, { key: classifiedKey(edition) });
  if (mark) return mark.value === String(ingestId);
  const [{ missing }] = await queryRows<{ missing: number }>(
    conn,
    `SELECT count(*)::INTEGER AS missing FROM submissions s WHERE s.edition = $ed AND NOT EXISTS (SELECT 1 FROM classifications c WHERE c.edition = s.edition AND c.submission_id = s.id)`,
    { ed: edition },
  );
  return missing === 0;
}

/** The edition's metadata from the configuration (year from the id when not configured). */
export function editionRecord(id: string, system: System, config: WorkshopConfig): Edition {
  const configured = config.editions.find((e) => e.id === id);
  const year = configured?.year ?? Number(/(?:19|20|21)\d{2}/.exec(id)?.[0]);
  if (!Number.isFinite(year)) {
    throw new RetroError(
      `Edition "${id}" is not in the configuration and its id holds no year.`,
      `Add { "id": "${id}", "year": 2025 } to "editions" in workshop.config.json, or use an id such as "2025".`,
    );
  }
  if (configured?.system && configured.system !== system) {
    throw new RetroError(`Edition "${id}" is configured as a ${configured.system} edition, but these files are ${system} exports.`, `Check --edition, or correct "system" for this edition in workshop.config.json.`);
  }
  const date = (s?: string) => (s ? new Date(s) : null);
  return {
    edition: id,
    venue: configured?.venue ?? config.venue,
    year,
    system,
    submission_deadline: date(configured?.submission_deadline),
    review_deadline: date(configured?.review_deadline),
    notification: date(configured?.notification),
  };
}

/** Same files, same configuration, same tool version -> same fingerprint -> nothing to do. */
function fingerprintOf(files: SourceFile[], config: WorkshopConfig, edition: Edition): string {
  const h = createHash("sha256");
  h.update(JSON.stringify({ v: TOOL_VERSION, edition, decisions: config.decisions, scores: config.scores, csv: config.csv, keepText: config.privacy.keep_review_text }));
  for (const f of [...files].sort((a, b) => a.sha256.localeCompare(b.sha256))) h.update(`${f.sha256}:${f.kind}\n`);
  return h.digest("hex");
}
