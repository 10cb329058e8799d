/** `ground-truth.csv`: the area, kind, challenges and methods of every generated paper. */
import { DEFAULT_CHALLENGES, DEFAULT_METHODS } from "../config/taxonomy.ts";
import { csvFile } from "./csv.ts";
import type { Paper } from "./types.ts";

export const GROUND_TRUTH_HEADER = ["edition", "id", "area", "kind", "challenges", "methods"];

/** Labels in taxonomy order, joined by ";". */
function labels<T extends string>(order: readonly T[], chosen: readonly T[]): string {
  return order.filter((x) => chosen.includes(x)).join(";");
}

export function groundTruthCsv(editions: readonly { id: string; papers: readonly Paper[] }[]): string {
  return csvFile(
    GROUND_TRUTH_HEADER,
    editions.flatMap(({ id, papers }) =>
      papers.map((p) => [
        id, p.pid, p.context.area, p.context.kind,
        labels(DEFAULT_CHALLENGES, p.context.challenges), labels(DEFAULT_METHODS, p.context.methods),
      ]),
    ),
  );
}
