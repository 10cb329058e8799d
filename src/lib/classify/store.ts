/**
 * The classifier and the archive: `classifications` holds one row per submission (the model's
 * output with any chair labels laid over it), `chair_labels` the chairs' decisions, which win,
 * survive re-ingests and reclassification, and are training data for the model.
 *
 * Functions here do not open transactions: callers that need atomicity (the CLI, the ingest)
 * wrap them, e.g. with `inTransaction`.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { WorkshopConfig } from "../config/schema.ts";
import { appendRecords } from "../db/append.ts";
import { queryRows } from "../db/archive.ts";
import { RetroError } from "../errors.ts";
import { paperKey, overlay, parseChairLabels, readChairLabels, sqlTimestamp, writeChairLabels, type ChairLabels, type RawLabels } from "./chair.ts";
import { trainClassifier, type Classification, type Classifier } from "./classifier.ts";
import { labelSpace, type LabelledPaper } from "./corpus.ts";
import type { PaperText } from "./features.ts";
import { loadSeed } from "./seed.ts";
import { classifierSettings } from "./settings.ts";
import { textHash } from "./text-hash.ts";

export { exportLabels, importLabels } from "./labels-csv.ts";
export { agreementReport, type AgreementReport } from "./agreement.ts";
export type { ChairLabels, RawLabels } from "./chair.ts";

interface SubmissionText extends PaperText {
  edition: string;
  id: string;
  title: string;
  abstract: string | null;
  keywords: string[];
  topics: string[];
}

/** Submissions' text, of one edition or all. */
export async function readSubmissionTexts(conn: DuckDBConnection, edition?: string): Promise<SubmissionText[]> {
  return queryRows<SubmissionText>(
    conn,
    `SELECT edition, id, title, abstract, keywords, topics FROM submissions ${edition === undefined ? "" : "WHERE edition = $edition"} ORDER BY edition, id`,
    edition === undefined ? undefined : { edition },
  );
}

/** Every chair-labelled submission as a training document. */
export async function chairTrainingSet(conn: DuckDBConnection, weight: number): Promise<ChairExample[]> {
  const labels = await readChairLabels(conn);
  if (labels.size === 0) return [];
  const out: ChairExample[] = [];
  for (const s of await readSubmissionTexts(conn)) {
    const chair = labels.get(paperKey(s.edition, s.id));
    if (!chair) continue;
    out.push(chairExample(s, chair, weight));
  }
  return out;
}

export type ChairExample = LabelledPaper & { edition: string; id: string; secondArea: string | null | undefined };

export function chairExample(s: SubmissionText, chair: ChairLabels, weight: number): ChairExample {
  return {
    edition: s.edition,
    id: s.id,
    secondArea: chair.second_area,
    paper: { title: s.title, abstract: s.abstract, keywords: s.keywords, topics: s.topics },
    source: "chair",
    weight,
    area: chair.area ?? null,
    kind: chair.kind ?? null,
    challenges: chair.challenges ?? null,
    methods: chair.methods ?? null,
  };
}

/** A chair example without its archive coordinates (what the model and its version see). */
export function trainingDoc({ edition: _e, id: _i, secondArea: _s, ...doc }: ChairExample): LabelledPaper {
  return doc;
}

const models = new Map<string, Classifier>();

/** The model for this configuration and archive: seed corpus plus every chair label (memoised). */
export async function archiveModel(conn: DuckDBConnection, config: WorkshopConfig): Promise<Classifier> {
  const { classifier, taxonomy } = classifierSettings(config);
  const chair = (await chairTrainingSet(conn, classifier.chair_label_weight)).map(trainingDoc);
  const seed = loadSeed(classifier);
  const key = JSON.stringify([classifier, taxonomy, chair]);
  const hit = models.get(key);
  if (hit) return hit;
  const model = trainClassifier({ config: classifier, taxonomy, chair, seed });
  if (models.size >= 4) models.delete(models.keys().next().value!);
  models.set(key, model);
  return model;
}

export interface ClassifyEditionResult {
  edition: string;
  classified: number;
  unchanged: number;
  chairLabelled: number;
  modelVersion: string;
}

/**
 * (Re)classifies the submissions of an edition into `classifications`. With `onlyChanged`
 * (the default), a paper whose text hash and model version are those already stored is left
 * alone; `force` reclassifies every paper. Rows of papers no longer in the edition are removed.
 */
export async function classifyEdition(
  conn: DuckDBConnection,
  edition: string,
  config: WorkshopConfig,
  options: { onlyChanged?: boolean; force?: boolean; now?: Date } = {},
): Promise<ClassifyEditionResult> {
  const onlyChanged = (options.onlyChanged ?? true) && !options.force;
  const model = await archiveModel(conn, config);
  const submissions = await readSubmissionTexts(conn, edition);
  const stored = new Map(
    (await queryRows<{ submission_id: string; text_hash: string; model_version: string }>(conn, `SELECT submission_id, text_hash, model_version FROM classifications WHERE edition = $edition`, { edition })).map((r) => [r.submission_id, r]),
  );
  const chair = await readChairLabels(conn, edition);
  const now = options.now ?? new Date();
  const rows: object[] = [];
  let unchanged = 0;
  let chairLabelled = 0;
  for (const s of submissions) {
    const hash = textHash(s);
    const previous = stored.get(s.id);
    if (onlyChanged && previous && previous.text_hash === hash && previous.model_version === model.version) {
      unchanged++;
      continue;
    }
    const labels = chair.get(paperKey(edition, s.id));
    if (labels) chairLabelled++;
    rows.push(classificationRow(edition, s.id, model.classify(s), labels, model.version, hash, now));
  }
  await conn.run(`DELETE FROM classifications WHERE edition = $edition AND submission_id NOT IN (SELECT id FROM submissions WHERE edition = $edition)`, { edition });
  if (rows.length > 0) {
    await conn.run(`CREATE OR REPLACE TEMP TABLE new_classifications AS SELECT * FROM classifications LIMIT 0`);
    try {
      await appendRecords(conn, "new_classifications", rows);
      await conn.run(`DELETE FROM classifications WHERE edition = $edition AND submission_id IN (SELECT submission_id FROM new_classifications)`, { edition });
      await conn.run(`INSERT INTO classifications SELECT * FROM new_classifications`);
    } finally {
      await conn.run(`DROP TABLE IF EXISTS temp.new_classifications`);
    }
  }
  return { edition, classified: rows.length, unchanged, chairLabelled, modelVersion: model.version };
}

/** One `classifications` row; the evidence keeps the model's own answer next to the chair's. */
export function classificationRow(edition: string, id: string, model: Classification, chair: ChairLabels | undefined, version: string, hash: string, at: Date): Record<string, unknown> {
  const { result, chairFields } = overlay(model, chair);
  const { evidence, ...answer } = model;
  return {
    edition,
    submission_id: id,
    area: result.area,
    area_confidence: result.area_confidence,
    second_area: result.second_area,
    kind: result.kind,
    kind_confidence: result.kind_confidence,
    challenges: result.challenges,
    methods: result.methods,
    evidence: JSON.stringify({ ...evidence, model: answer, chair: chairFields }),
    source: chairFields.length > 0 ? "chair" : "model",
    model_version: version,
    text_hash: hash,
    classified_at: at,
  };
}

/**
 * Records a chair's labels for one submission and applies them to its classification at once
 * (the model is retrained on them at the next `classifyEdition`).
 */
export async function recordChairLabel(
  conn: DuckDBConnection,
  config: WorkshopConfig,
  edition: string,
  id: string,
  raw: RawLabels,
  at: Date = new Date(),
): Promise<ChairLabels> {
  const labels = parseChairLabels(raw, labelSpace(classifierSettings(config).taxonomy));
  if (Object.keys(labels).length === 0) {
    throw new RetroError("No label given.", "Give at least one of --area, --second-area, --kind, --challenges, --methods.");
  }
  await requireSubmission(conn, edition, id);
  await writeChairLabels(conn, edition, id, labels, at);
  await refreshOverlay(conn, edition, [id]);
  return labels;
}

export async function requireSubmission(conn: DuckDBConnection, edition: string, id: string, where: { file?: string; row?: number } = {}): Promise<void> {
  const found = await queryRows(conn, `SELECT 1 FROM submissions WHERE edition = $edition AND id = $id`, { edition, id });
  if (found.length === 0) {
    const editions = await queryRows<{ edition: string }>(conn, `SELECT DISTINCT edition FROM submissions ORDER BY edition`);
    throw new RetroError(
      `No submission "${id}" in edition "${edition}".`,
      editions.length ? `Check the id and the edition (editions in the archive: ${editions.map((e) => e.edition).join(", ")}).` : "Ingest the edition first.",
      { ...where, column: where.file ? "id" : undefined },
    );
  }
}

/** Re-lays the current chair labels over the stored model answers of some papers. */
export async function refreshOverlay(conn: DuckDBConnection, edition: string, ids: readonly string[]): Promise<void> {
  const chair = await readChairLabels(conn, edition);
  for (const id of ids) {
    const rows = await queryRows<{ evidence: string; model_version: string; text_hash: string }>(
      conn,
      `SELECT CAST(evidence AS VARCHAR) AS evidence, model_version, text_hash FROM classifications WHERE edition = $edition AND submission_id = $id`,
      { edition, id },
    );
    if (rows.length === 0) continue;
    const { model, chair: _old, ...evidence } = JSON.parse(rows[0].evidence);
    const row = classificationRow(edition, id, { ...model, evidence }, chair.get(paperKey(edition, id)), rows[0].model_version, rows[0].text_hash, new Date());
    await conn.run(
      `UPDATE classifications SET area = $area, area_confidence = $area_confidence, second_area = $second_area, kind = $kind, kind_confidence = $kind_confidence,
         challenges = from_json($challenges::JSON, '["VARCHAR"]'), methods = from_json($methods::JSON, '["VARCHAR"]'), evidence = $evidence, source = $source
       WHERE edition = $edition AND submission_id = $id`,
      {
        edition,
        id,
        area: row.area,
        area_confidence: row.area_confidence,
        second_area: row.second_area,
        kind: row.kind,
        kind_confidence: row.kind_confidence,
        challenges: JSON.stringify(row.challenges),
        methods: JSON.stringify(row.methods),
        evidence: row.evidence,
        source: row.source,
      } as never,
    );
  }
}

/** Runs `work` in one transaction: all of it is written, or none. */
export async function inTransaction<T>(conn: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  await conn.run("BEGIN TRANSACTION");
  try {
    const out = await work();
    await conn.run("COMMIT");
    return out;
  } catch (e) {
    await conn.run("ROLLBACK").catch(() => undefined);
    throw e;
  }
}

export { sqlTimestamp };
