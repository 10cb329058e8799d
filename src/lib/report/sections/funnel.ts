/** The funnel: from submission to decision. */
import { funnelSpec } from "../../charts/overview.ts";
import { isSuppressed } from "../../stats/index.ts";
import { funnelCell, type EditionFacts } from "../../views/index.ts";
import { chart, table, type Section } from "../doc.ts";
import { capitalize, cell, count, list, num, pct, plural, rateText, was } from "../words.ts";

/** "7 orals", "1 poster", "2 without a presentation type". */
function presentation(n: number, name: string): string {
  return name === "unspecified" ? `${num(n)} without a presentation type` : `${num(n)} ${plural(n, name)}`;
}

export function funnelSection(f: EditionFacts): Section {
  const t = f.funnel.table;
  const total = t.total;
  const desk = funnelCell(t, "desk-rejected");
  const withdrawn = funnelCell(t, "withdrawn");
  const rejected = funnelCell(t, "rejected");
  const summary: string[] = [];
  if (isSuppressed(total)) {
    summary.push("The funnel of this edition is suppressed in this version of the report.");
  } else if (total === 0) {
    summary.push("The edition has no submissions.");
  } else {
    const removed: string[] = [];
    if (isSuppressed(desk) || isSuppressed(withdrawn)) {
      summary.push(`The edition had ${count(total, "submission")}; how many were desk-rejected or withdrawn is suppressed in this version of the report.`);
    } else {
      if (desk > 0) removed.push(`${num(desk)} ${was(desk)} desk-rejected`);
      if (withdrawn > 0) removed.push(`${num(withdrawn)} ${was(withdrawn)} withdrawn`);
    }
    const reviewed = f.funnel.reviewed;
    const went = isSuppressed(reviewed) ? "" : reviewed === total ? "all of them went to review" : `${num(reviewed)} went to review`;
    const head = removed.length ? `${list(removed)}; ${went || "the rest went to review"}` : went;
    if (summary.length === 0) summary.push(removed.length === 0 && went.startsWith("all") ? `${total === 1 ? "The only submission" : `All ${num(total)} submissions`} went to review.` : `Of ${count(total, "submission")}, ${head}.`);
    const accepted = t.rows.map((r, i) => [r, t.cells[i][0]] as const).filter(([r]) => r.startsWith("accepted ("));
    const parts = accepted.map(([r, n]) => (isSuppressed(n) ? null : presentation(n, r.slice("accepted (".length, -1)))).filter((p): p is string => p !== null);
    const totalAccepted = f.glance.current.accepted;
    const split = accepted.length > 1 && parts.length === accepted.length ? ` (${parts.join(", ")})` : "";
    const rej = isSuppressed(rejected) ? "" : ` and ${num(rejected)} rejected`;
    if (totalAccepted === 0) summary.push(`No paper was accepted${isSuppressed(rejected) ? "" : `; ${num(rejected)} ${was(rejected)} rejected`}.`);
    else summary.push(`${capitalize(count(totalAccepted, "paper"))} ${was(totalAccepted)} accepted${split}${rej}.`);
    const ofReviewed = f.funnel.acceptanceOfReviewed;
    if (!isSuppressed(ofReviewed) && ofReviewed.rate !== null && !isSuppressed(reviewed) && reviewed !== total) {
      summary.push(`Among the papers that went to review, ${rateText(ofReviewed)} were accepted.`);
    }
  }
  const rows = t.rows.flatMap((r, i) => (r === "pending" && t.cells[i][0] === 0 ? [] : [i])).map((i) => [t.rows[i], i] as const).map(([r, i]) => [r, cell(t.cells[i][0]), cell(t.cells[i][0], (n) => (isSuppressed(total) || total === 0 ? "–" : pct(n / total)))]);
  rows.push(["total", cell(total), isSuppressed(total) || total === 0 ? "–" : "100%"]);
  const bars = t.rows.flatMap((r, i) => {
    const n = t.cells[i][0];
    return isSuppressed(n) || n === 0 ? [] : [{ outcome: r, papers: n }];
  });
  return {
    id: "funnel",
    title: "The funnel",
    summary,
    blocks: [table("Submissions by outcome", ["Outcome", "Papers", "Share"], rows), ...(bars.length ? [chart("funnel", "Where the submissions went", funnelSpec(bars, { width: 420 }))] : [])],
  };
}
