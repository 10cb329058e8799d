import type { CommitteeMember } from "../model/records.ts";
import { measureTable, type MeasureTable } from "./aggregate.ts";
import type { Labels } from "./groups.ts";
import { compareText } from "./describe.ts";

export interface ExpertiseOptions {
  /** Reviews each paper needs; 3 by default. */
  reviewsPerPaper?: number;
  /** Reviews one member can take on; 4 by default. */
  loadPerMember?: number;
}

export interface ExpertiseRow {
  topic: string;
  /** Papers with the topic, a paper with n topics counting 1/n. */
  demand: number;
  /** Committee members who declared the topic. */
  members: number;
  papersPerMember: number | null;
  /** Members needed to review this topic's papers at the given load. */
  membersNeeded: number;
  /** Members to recruit for the topic (0 when covered). */
  shortfall: number;
}

const normalise = (topic: string) => topic.trim().toLowerCase();

/**
 * Expertise supply vs demand per topic: papers against committee members who declared the
 * topic (matched case-insensitively), largest shortfall first. Advice for recruiting next
 * year's committee, not a fact about this year's assignments.
 */
export function expertiseSupplyDemand(labels: Labels, committee: Array<Pick<CommitteeMember, "member" | "topics">>, options: ExpertiseOptions = {}): ExpertiseRow[] {
  const { reviewsPerPaper = 3, loadPerMember = 4 } = options;
  if (!(reviewsPerPaper > 0 && loadPerMember > 0)) throw new RangeError("reviewsPerPaper and loadPerMember must be > 0");
  const names = new Map<string, string>();
  const demand = new Map<string, number>();
  for (const topics of labels.values()) {
    for (const t of topics) {
      names.set(normalise(t), names.get(normalise(t)) ?? t);
      demand.set(normalise(t), (demand.get(normalise(t)) ?? 0) + 1 / topics.length);
    }
  }
  const supply = new Map<string, Set<string>>();
  for (const m of committee) {
    for (const t of m.topics) {
      names.set(normalise(t), names.get(normalise(t)) ?? t);
      supply.set(normalise(t), (supply.get(normalise(t)) ?? new Set()).add(m.member));
    }
  }
  return [...names]
    .map(([key, topic]) => {
      const papers = demand.get(key) ?? 0;
      const members = supply.get(key)?.size ?? 0;
      const membersNeeded = Math.ceil((papers * reviewsPerPaper) / loadPerMember - 1e-9);
      return { topic, demand: papers, members, papersPerMember: members ? papers / members : null, membersNeeded, shortfall: Math.max(0, membersNeeded - members) };
    })
    .sort((a, b) => b.shortfall - a.shortfall || b.demand - a.demand || compareText(a.topic, b.topic));
}

/** Supply vs demand as a protectable table (n = members who declared the topic). */
export function expertiseTable(rows: ExpertiseRow[], title = "Expertise supply vs demand"): MeasureTable {
  return measureTable({
    title,
    unit: "people",
    measures: ["demand", "membersNeeded", "shortfall"],
    rows: rows.map((r) => ({ label: r.topic, n: r.members, values: { demand: r.demand, membersNeeded: r.membersNeeded, shortfall: r.shortfall } })),
    total: null,
  });
}
