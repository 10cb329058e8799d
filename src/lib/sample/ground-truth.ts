/**
 * `ground-truth.csv`: the area, kind, challenges and methods of every generated paper, keyed by
 * edition and the submission id its system exports (the archive's id: a number, or an OpenReview note id).
 */
import { DEFAULT_CHALLENGES, DEFAULT_METHODS } from "../config/taxonomy.ts";
import { csvFile } from "./csv.ts";
import { exportedId } from "./systems.ts";
import type { EditionSpec, Paper } from "./types.ts";

export const GROUND_TRUTH_HEADER = ["edition", "id", "area", "kind", "challenges", "methods"];

/** Labels in taxonomy order, joined by ";". */
function labels<T extends string>(order: readonly T[], chosen: readonly T[]): string {
  return order.filter((x) => chosen.includes(x)).join(";");
}

export function groundTruthCsv(editions: readonly { id: string; spec: EditionSpec; papers: readonly Paper[] }[]): string {
  return csvFile(
    GROUND_TRUTH_HEADER,
    editions.flatMap(({ id, spec, papers }) =>
      papers.map((p) => [
        id, exportedId(spec, p), p.context.area, p.context.kind,
        labels(DEFAULT_CHALLENGES, p.context.challenges), labels(DEFAULT_METHODS, p.context.methods),
      ]),
    ),
  );
}
