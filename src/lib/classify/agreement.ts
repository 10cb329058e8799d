/**
 * How often the model agrees with the chairs, per field. Each chair-labelled paper is predicted
 * by a model trained on the seed and on the *other* chair labels (k-fold cross-validation), so
 * the model is never graded on a label it has learned by heart.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { WorkshopConfig } from "../config/schema.ts";
import { CHAIR_FIELDS, type ChairField } from "./chair.ts";
import { trainClassifier, type Classification } from "./classifier.ts";
import { loadSeed } from "./seed.ts";
import { classifierSettings } from "./settings.ts";
import { chairTrainingSet, trainingDoc, type ChairExample } from "./store.ts";

export interface FieldAgreement {
  field: ChairField;
  /** Chair-labelled papers for this field. */
  labelled: number;
  /** Papers where the model gives exactly the chair's value (set equality for lists). */
  agree: number;
  rate: number | null;
  /** Lists only: mean Jaccard overlap between the model's and the chair's sets. */
  overlap: number | null;
}

export interface AgreementReport {
  papers: number;
  folds: number;
  fields: FieldAgreement[];
}

export async function agreementReport(conn: DuckDBConnection, config: WorkshopConfig, options: { folds?: number } = {}): Promise<AgreementReport> {
  const { classifier, taxonomy } = classifierSettings(config);
  const labelled = await chairTrainingSet(conn, classifier.chair_label_weight);
  const folds = Math.max(2, Math.min(options.folds ?? 5, labelled.length));
  const seed = loadSeed(classifier);
  const predictions: Classification[] = new Array(labelled.length);
  if (labelled.length > 0) {
    for (let f = 0; f < folds; f++) {
      const training = labelled.filter((_, i) => i % folds !== f).map(trainingDoc);
      const model = trainClassifier({ config: classifier, taxonomy, chair: training, seed });
      labelled.forEach((doc, i) => {
        if (i % folds === f) predictions[i] = model.classify(doc.paper, { evidence: false });
      });
    }
  }
  const fields = CHAIR_FIELDS.map((field): FieldAgreement => {
    let n = 0;
    let agree = 0;
    let overlap = 0;
    labelled.forEach((doc, i) => {
      const chair = chairValue(doc, field);
      if (chair === undefined) return;
      n++;
      const model = predictions[i][field] as string | string[] | null;
      if (Array.isArray(chair)) {
        const j = jaccard(chair, model as string[]);
        overlap += j;
        if (j === 1) agree++;
      } else if (chair === model) agree++;
    });
    const isList = field === "challenges" || field === "methods";
    return { field, labelled: n, agree, rate: n ? agree / n : null, overlap: isList && n ? overlap / n : null };
  });
  return { papers: labelled.length, folds: labelled.length ? folds : 0, fields };
}

function chairValue(doc: ChairExample, field: ChairField): string | string[] | null | undefined {
  if (field === "second_area") return doc.secondArea;
  const v = doc[field];
  return v === null ? undefined : v;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const sb = new Set(b);
  const inter = a.filter((x) => sb.has(x)).length;
  return inter / (a.length + b.length - inter);
}

/** The report as aligned text lines for the terminal. */
export function formatAgreement(report: AgreementReport): string[] {
  if (report.papers === 0) return ["No chair labels yet: record some with `retro label <edition> <id> --area ... --kind ...`."];
  const lines = [`Model vs chair labels (${report.papers} papers, ${report.folds}-fold cross-validation):`, "  field        labelled  agree  rate    overlap"];
  for (const f of report.fields) {
    const rate = f.rate === null ? "-" : `${(100 * f.rate).toFixed(0)}%`;
    const overlap = f.overlap === null ? "" : `${(100 * f.overlap).toFixed(0)}%`;
    lines.push(`  ${f.field.padEnd(12)} ${String(f.labelled).padStart(8)}  ${String(f.agree).padStart(5)}  ${rate.padEnd(6)}  ${overlap}`);
  }
  return lines;
}
