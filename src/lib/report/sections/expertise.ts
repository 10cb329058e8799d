/** Committee expertise supply vs demand, with advice for recruiting. */
import { isSuppressed } from "../../stats/index.ts";
import type { EditionFacts } from "../../views/index.ts";
import { table, type Section } from "../doc.ts";
import { capitalize, cell, count, list, num, papers } from "../words.ts";

export function expertiseSection(f: EditionFacts): Section {
  const e = f.expertise;
  const rows = e.table.rows;
  const shown = rows.filter((r) => !isSuppressed(r.n) && typeof r.values.demand === "number" && typeof r.values.membersNeeded === "number");
  const load = `at ${e.reviewsPerPaper} reviews a paper and ${e.loadPerMember} reviews per member`;
  const summary: string[] = [];
  if (rows.length === 0) {
    summary.push("There is nothing to compare: no reviewed paper has a topic or a classified area.");
  } else if (e.basis === "areas") {
    const top = shown.slice(0, 3).map((r) => `${r.label} (${papers(r.values.demand as number)} ${r.values.demand === 1 ? "paper" : "papers"}, about ${num(r.values.membersNeeded as number)} ${r.values.membersNeeded === 1 ? "member" : "members"})`);
    const demand = top.length ? `${load}, the areas needing the most reviewers were ${list(top)}` : "the demand per area is suppressed in this version of the report";
    summary.push(`The export lists ${e.members === 0 ? "no committee topics" : "committee members without declared topics"}, so only the demand side is known: ${demand}.`);
    summary.push(`For next year, ${top.length ? "recruit members who can review these areas, and " : ""}ask members to declare their topics so that supply can be compared with demand.`);
  } else {
    const short = shown.filter((r) => typeof r.values.shortfall === "number" && (r.values.shortfall as number) > 0);
    const partial = rows.some((r) => isSuppressed(r.values.shortfall));
    const scope = partial ? "Among the topics published here, " : "";
    const verdict = short.length === 0 ? `${scope ? `${scope}every topic` : "Every topic"} with papers had enough members who declared it, ${load}.` : `${scope || `${load[0].toUpperCase()}${load.slice(1)}, `}${count(short.length, "topic")} had fewer members than needed${scope ? ` (${load})` : ""}.`;
    summary.push(`${capitalize(count(e.members, "committee member"))} declared their topics. ${verdict}`);
    if (short.length > 0) {
      const top = short.slice(0, 3).map((r) => `${r.label} (${num(r.values.shortfall as number)} more)`);
      summary.push(`For next year, recruit first for ${list(top)}.`);
    }
  }
  return {
    id: "expertise",
    title: "Committee expertise: supply and demand",
    summary,
    blocks: rows.length
      ? [
          e.basis === "areas"
            ? table(`Reviewing demand by area (${load})`, ["Area", "Papers", "Members needed"], rows.map((r) => [r.label, cell(r.values.demand as number, papers), cell(r.values.membersNeeded as number)]))
            : table(
                `Expertise supply vs demand by topic (${load})`,
                ["Topic", "Papers", "Members who declared it", "Members needed", "Shortfall"],
                rows.map((r) => [r.label, cell(r.values.demand as number, papers), cell(r.values.members as number), cell(r.values.membersNeeded as number), cell(r.values.shortfall as number)]),
              ),
        ]
      : [],
  };
}
