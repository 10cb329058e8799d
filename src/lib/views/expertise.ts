/** Committee expertise supply vs demand, as advice for recruiting next year's committee. */
import { areaLabels, expertiseSupplyDemand, isSuppressed, labelsFrom, measureTable, protect, type Labels, type MeasureTable } from "../stats/index.ts";
import type { EditionRecords } from "./archive.ts";
import { gateCount, type Scope } from "./scope.ts";

export interface ExpertiseFacts {
  /**
   * "topics": papers' author-chosen topics against the topics committee members declared;
   * "areas": no committee topics in the export, so only the demand per classified area.
   */
  basis: "topics" | "areas";
  /** Committee members listed in the export (0 when the export has none). */
  members: number;
  reviewsPerPaper: number;
  loadPerMember: number;
  /**
   * Per topic: n = papers with the topic; demand (papers, 1/n each), members who declared it
   * (withheld on its own when fewer than k), members needed, shortfall. Protected.
   */
  table: MeasureTable;
}

function papersPerLabel(labels: Labels): Map<string, number> {
  const n = new Map<string, number>();
  for (const own of labels.values()) for (const t of own) n.set(t.trim().toLowerCase(), (n.get(t.trim().toLowerCase()) ?? 0) + 1);
  return n;
}

export function expertiseFacts(e: EditionRecords, scope: Scope, { reviewsPerPaper = 3, loadPerMember = 4 } = {}): ExpertiseFacts {
  const declared = e.committee.some((m) => m.topics.length > 0);
  const reviewed = e.submissions.filter((s) => s.status !== "desk_rejected" && s.status !== "withdrawn");
  const ids = new Set(reviewed.map((s) => s.id));
  const labels = declared
    ? labelsFrom(reviewed.map((s) => [s.edition, s.id, s.topics] as [string, string, string[]]))
    : areaLabels(e.classifications.filter((c) => ids.has(c.submission_id)));
  const rows = expertiseSupplyDemand(labels, declared ? e.committee : [], { reviewsPerPaper, loadPerMember });
  const papers = papersPerLabel(labels);
  const table = measureTable({
    title: declared ? "Expertise supply vs demand by topic" : "Reviewing demand by area",
    unit: "papers",
    measures: ["demand", "members", "membersNeeded", "shortfall"],
    rows: rows.map((r) => ({
      label: r.topic,
      n: papers.get(r.topic.trim().toLowerCase()) ?? 0,
      values: { demand: r.demand, members: r.members, membersNeeded: r.membersNeeded, shortfall: r.shortfall },
    })),
    total: null,
  });
  const shown = protect(table, scope.audience, { k: scope.k });
  // Members per topic are people: a topic declared by fewer than k members keeps its demand but
  // not that count, nor its shortfall (needed - shortfall would give the count back).
  const withMembers = shown.rows.map((row, i) => {
    if (typeof row.values.members !== "number") return row;
    const members = gateCount(scope, `members (${row.label})`, "people", rows[i].members);
    return { ...row, values: { ...row.values, members, shortfall: isSuppressed(members) ? members : row.values.shortfall } };
  });
  return { basis: declared ? "topics" : "areas", members: e.committee.length, reviewsPerPaper, loadPerMember, table: { ...shown, rows: withMembers } };
}
