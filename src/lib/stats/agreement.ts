import { measureTable, type MeasureTable } from "./aggregate.ts";
import { bootstrapAlpha, type AlphaInterval, type BootstrapOptions } from "./bootstrap.ts";
import { labelsOf, type Labels } from "./groups.ts";
import { PaperMap } from "./keys.ts";
import { krippendorffAlpha, reliabilityData, type Alpha, type AlphaLevel } from "./krippendorff.ts";
import { hashSeed } from "./random.ts";
import type { ScoreObservation } from "./scores.ts";
import { compareText } from "./describe.ts";

export interface AgreementOptions extends BootstrapOptions {
  /** "ordinal" by default: review scores are ordered categories. */
  level?: AlphaLevel;
}

export interface Agreement {
  alpha: Alpha;
  /** Papers with at least two scores. */
  units: number;
  interval: AlphaInterval | null;
}

/** Inter-reviewer agreement on a score: Krippendorff's alpha over papers, with a bootstrap interval. */
export function agreement(observations: ScoreObservation[], options: AgreementOptions = {}): Agreement {
  const { level = "ordinal", ...bootstrap } = options;
  const units = new PaperMap<number>();
  const ratings = observations.map((o) => {
    let unit = units.get(o.edition, o.submission_id);
    if (unit === undefined) units.set(o.edition, o.submission_id, (unit = units.size));
    return { unit, value: o.value };
  });
  const data = reliabilityData(ratings);
  return { alpha: krippendorffAlpha(data, { level }), units: data.units.length, interval: bootstrapAlpha(data, level, bootstrap) };
}

export interface GroupAgreement extends Agreement {
  group: string;
}

/**
 * Agreement per label (area...). A paper with several labels is a unit in each: agreement is
 * not additive, so there is nothing to split. Each group gets its own seed derived from the
 * seed and its name, so adding a group does not change the others.
 */
export function agreementByLabel(observations: ScoreObservation[], labels: Labels, options: AgreementOptions & { unlabelled?: string } = {}): GroupAgreement[] {
  const { unlabelled = "(none)", seed = 1, ...rest } = options;
  const groups = new Map<string, ScoreObservation[]>();
  for (const o of observations) {
    for (const g of labelsOf(labels, o.edition, o.submission_id, unlabelled)) {
      const list = groups.get(g);
      if (list) list.push(o);
      else groups.set(g, [o]);
    }
  }
  return [...groups]
    .map(([group, obs]) => ({ group, ...agreement(obs, { ...rest, seed: hashSeed(seed, group) }) }))
    .sort((a, b) => b.units - a.units || compareText(a.group, b.group));
}

/** Alpha per group with its interval, as a protectable table (n = papers). */
export function agreementTable(overall: Agreement, byGroup: GroupAgreement[], title = "Reviewer agreement"): MeasureTable {
  const row = (label: string, a: Agreement) => ({
    label,
    n: a.units,
    values: { alpha: a.alpha.alpha, low: a.interval?.low ?? null, high: a.interval?.high ?? null },
  });
  return measureTable({ title, unit: "papers", measures: ["alpha", "low", "high"], rows: byGroup.map((g) => row(g.group, g)), total: row("all", overall) });
}
