/** Deployment experience vs research: this edition and over all editions up to it. */
import { deploymentByEditionSpec } from "../../charts/overview.ts";
import { isSuppressed } from "../../stats/index.ts";
import type { EditionFacts, KindSharePoint } from "../../views/index.ts";
import { chart, table, type Section } from "../doc.ts";
import { cell, num, pct, plain, rateChange, rateText, span } from "../words.ts";

function interval(p: KindSharePoint): string {
  if (isSuppressed(p.deploymentShare) || isSuppressed(p.deploymentLow) || isSuppressed(p.deploymentHigh)) return cell(p.deploymentShare);
  if (p.deploymentShare === null) return "–";
  return `${pct(p.deploymentShare)} (${span(p.deploymentLow!, p.deploymentHigh!)})`;
}

export function deploymentSection(f: EditionFacts): Section {
  const d = f.deployment;
  const { submitted, accepted } = d.current;
  const previous = d.submittedSeries.at(-2);
  const summary: string[] = [];
  if (!submitted) {
    summary.push("The papers of this edition are not classified, so the deployment share is not known.");
  } else if (isSuppressed(submitted)) {
    summary.push("The deployment share of this edition is suppressed in this version of the report.");
  } else {
    const change = previous ? rateChange(submitted.rate, previous.deploymentShare, previous.edition) : "";
    const acc = accepted && !isSuppressed(accepted) && accepted.rate !== null ? ` and ${pct(accepted.rate)} of accepted papers` : "";
    summary.push(`Deployment experiences (success stories, retrospectives, anecdotes from real systems) were ${rateText(submitted)} of classified submissions${change ? `, ${change}${acc ? "," : ""}` : ""}${acc}.`);
    const research = d.submittedSeries.at(-1)?.researchShare;
    if (typeof research === "number") summary.push(`Research techniques were ${pct(research)}; position, benchmark and tool papers make up the rest.`);
  }
  const shown = d.submittedSeries.filter((p) => typeof p.deploymentShare === "number");
  if (shown.length > 2) {
    const first = shown[0];
    const last = shown[shown.length - 1];
    const from = first.deploymentShare as number;
    const to = last.deploymentShare as number;
    const moved = Math.round(to * 100) === Math.round(from * 100) ? `stayed at ${pct(to)}` : `went from ${pct(from)} to ${pct(to)}`;
    summary.push(`Over the ${num(shown.length)} editions from ${first.edition} to ${last.edition}, the deployment share of submissions ${moved}.`);
  } else if (d.submittedSeries.length === 1) {
    summary.push("There is no earlier edition in the archive to compare with.");
  }
  const acceptedBy = new Map(d.acceptedSeries.map((p) => [p.edition, p]));
  const confidence = Math.round(f.confidence * 100);
  const rows = d.submittedSeries.map((p) => [p.edition, cell(p.classified), interval(p), cell(p.researchShare, pct), acceptedBy.get(p.edition) ? interval(acceptedBy.get(p.edition)!) : "–"]);
  const points = d.submittedSeries.map((p) => ({ edition: p.edition, deploymentShare: plain(p.deploymentShare), deploymentLow: plain(p.deploymentLow), deploymentHigh: plain(p.deploymentHigh), submitted: plain(p.classified) }));
  return {
    id: "deployment",
    title: "Deployment vs research",
    summary,
    blocks: [
      table("Deployment share by edition", ["Edition", "Classified", `Deployment (${confidence}% CI)`, "Research", `Deployment among accepted (${confidence}% CI)`], rows),
      ...(points.some((p) => p.deploymentShare !== null) ? [chart("deployment-by-edition", "Deployment share per edition", deploymentByEditionSpec(points, { width: 420 }))] : []),
    ],
  };
}
