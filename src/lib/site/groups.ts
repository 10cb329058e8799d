/**
 * Triplets (share of submissions, acceptance rate, share of accepted) per label, protected for
 * the audience: computed by the shared statistics, suppressed through `protect`, and recomputed
 * from the protected counts so no share reveals a hidden cell.
 */
import { areaLabels, challengeLabels, countryLabels, kindLabels, methodLabels, type Labels } from "../stats/groups.ts";
import { protect } from "../stats/privacy.ts";
import { triplets, tripletsFromTable, tripletTable, type Population } from "../stats/triplet.ts";
import type { Audience } from "../stats/aggregate.ts";
import { tripletRow, type TripletShown } from "./cells.ts";
import type { EditionSlice } from "./input.ts";

export const DIMENSIONS = ["area", "kind", "challenge", "method", "country"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const memo = new WeakMap<EditionSlice, Map<Dimension, Labels>>();

/** The labels of a slice's papers along one dimension (computed once per slice). */
export function labelsFor(slice: EditionSlice, dimension: Dimension): Labels {
  let own = memo.get(slice);
  if (!own) memo.set(slice, (own = new Map()));
  let labels = own.get(dimension);
  if (!labels) own.set(dimension, (labels = computeLabels(slice, dimension)));
  return labels;
}

function computeLabels(slice: EditionSlice, dimension: Dimension): Labels {
  switch (dimension) {
    case "area":
      return areaLabels(slice.classifications);
    case "kind":
      return kindLabels(slice.classifications);
    case "challenge":
      return challengeLabels(slice.classifications);
    case "method":
      return methodLabels(slice.classifications);
    case "country":
      return countryLabels(slice.authors);
  }
}

export interface TripletSection {
  submissions: number;
  accepted: number;
  rows: TripletShown[];
  /** Groups withheld from this audience (fewer than k papers, or needed to protect one). */
  hidden: number;
}

export function protectedTriplets(slice: EditionSlice, dimension: Dimension, audience: Audience, k: number, population: Population = "submitted"): TripletSection {
  const t = triplets(slice.submissions, labelsFor(slice, dimension), { population, unlabelled: dimension === "country" ? "(unknown)" : "(none)" });
  const table = protect(tripletTable(t, `Acceptance by ${dimension}`), audience, { k });
  const rows = tripletsFromTable(table).map(tripletRow);
  return { submissions: t.submissions, accepted: t.accepted, rows, hidden: rows.filter((r) => r.suppressed).length };
}
