/** Deployment experience vs research: this edition and every edition up to it. */
import { deploymentShare, deploymentShareTable, isSuppressed, protect, type EditionInput, type MeasureTable } from "../stats/index.ts";
import type { EditionRecords } from "./archive.ts";
import type { Rate, Scope, Shown } from "./scope.ts";

export interface KindSharePoint {
  edition: string;
  year: number;
  classified: Shown<number>;
  deploymentShare: Shown<number | null>;
  deploymentLow: Shown<number | null>;
  deploymentHigh: Shown<number | null>;
  researchShare: Shown<number | null>;
}

export interface DeploymentFacts {
  /** Among classified submissions, per edition up to this one (oldest first), protected. */
  submitted: MeasureTable;
  /** Among accepted papers. */
  accepted: MeasureTable;
  /** The same rows flattened for charts and sentences. */
  submittedSeries: KindSharePoint[];
  acceptedSeries: KindSharePoint[];
  /** This edition's deployment share of submissions and of accepted papers. */
  current: { submitted: Shown<Rate> | null; accepted: Shown<Rate> | null };
}

function series(table: MeasureTable, years: Map<string, number>): KindSharePoint[] {
  return table.rows.map((r) => ({
    edition: r.label,
    year: years.get(r.label) ?? 0,
    classified: r.n,
    deploymentShare: r.values.deployment,
    deploymentLow: r.values.low,
    deploymentHigh: r.values.high,
    researchShare: r.values.research,
  }));
}

function currentRate(point: KindSharePoint | undefined, successes: number, confidence: number): Shown<Rate> | null {
  if (!point) return null;
  if (isSuppressed(point.classified) || isSuppressed(point.deploymentShare)) return point.deploymentShare as Shown<Rate>;
  if (point.classified === 0) return null;
  return { successes, n: point.classified, rate: point.deploymentShare, low: point.deploymentLow as number | null, high: point.deploymentHigh as number | null, confidence };
}

/** `history` holds this edition and the ones before it, oldest first. */
export function deploymentFacts(history: EditionRecords[], scope: Scope): DeploymentFacts {
  const inputs: EditionInput[] = history.map((e) => ({ edition: e.edition.edition, year: e.edition.year, submissions: e.submissions, classifications: e.classifications }));
  const years = new Map(history.map((e) => [e.edition.edition, e.edition.year]));
  const options = { confidence: scope.confidence };
  const bySubmitted = deploymentShare(inputs, options);
  const byAccepted = deploymentShare(inputs, { ...options, population: "accepted" });
  const submitted = protect(deploymentShareTable(bySubmitted, "Deployment vs research among submissions"), scope.audience, { k: scope.k });
  const accepted = protect(deploymentShareTable(byAccepted, "Deployment vs research among accepted papers"), scope.audience, { k: scope.k });
  const submittedSeries = series(submitted, years);
  const acceptedSeries = series(accepted, years);
  return {
    submitted,
    accepted,
    submittedSeries,
    acceptedSeries,
    current: {
      submitted: currentRate(submittedSeries.at(-1), bySubmitted.at(-1)?.deployment ?? 0, scope.confidence),
      accepted: currentRate(acceptedSeries.at(-1), byAccepted.at(-1)?.deployment ?? 0, scope.confidence),
    },
  };
}
