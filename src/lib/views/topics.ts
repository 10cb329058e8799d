/** What was submitted and what was accepted: the triplet by area, kind, challenge and method. */
import {
  areaLabels,
  challengeLabels,
  kindLabels,
  methodLabels,
  protect,
  triplets,
  tripletsFromTable,
  tripletTable,
  type Classification,
  type CountTable,
  type Labels,
  type PublishedTriplet,
} from "../stats/index.ts";
import type { EditionRecords } from "./archive.ts";
import type { Scope } from "./scope.ts";

export const GROUPINGS = ["area", "kind", "challenge", "method"] as const;
export type Grouping = (typeof GROUPINGS)[number];

const LABELS: Record<Grouping, (c: Classification[]) => Labels> = { area: areaLabels, kind: kindLabels, challenge: challengeLabels, method: methodLabels };

/** A paper without an area or kind was not classified; one without a challenge or method names none. */
const UNLABELLED: Record<Grouping, string> = { area: "(unclassified)", kind: "(unclassified)", challenge: "(none)", method: "(none)" };

export interface TripletFacts {
  grouping: Grouping;
  /** Groups x accepted / not accepted, fractional for multi-label papers, protected. */
  table: CountTable;
  /** Share of submissions, acceptance rate (Wilson) and share of accepted, from the protected table. */
  rows: PublishedTriplet[];
}

export interface TopicFacts {
  /** Submissions with a classification (none: the edition was not classified). */
  classified: number;
  groupings: Record<Grouping, TripletFacts>;
}

export function topicFacts(e: EditionRecords, scope: Scope): TopicFacts {
  const groupings = Object.fromEntries(
    GROUPINGS.map((grouping) => {
      const t = triplets(e.submissions, LABELS[grouping](e.classifications), { confidence: scope.confidence, unlabelled: UNLABELLED[grouping] });
      const table = protect(tripletTable(t, `Submissions and acceptance by ${grouping}`), scope.audience, { k: scope.k });
      return [grouping, { grouping, table, rows: tripletsFromTable(table, { confidence: scope.confidence }) }];
    }),
  ) as Record<Grouping, TripletFacts>;
  return { classified: e.classifications.length, groupings };
}
