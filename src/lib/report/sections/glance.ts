/** The edition at a glance: dates, submissions, accepted, rate with interval, change from last year. */
import { acceptanceByEditionSpec, submissionsByEditionSpec, type EditionPoint } from "../../charts/overview.ts";
import { isSuppressed } from "../../stats/index.ts";
import type { EditionFacts, Headline } from "../../views/index.ts";
import { chart, table, type Section } from "../doc.ts";
import { capitalize, cell, count, countChange, dec, deadline, list, num, pct, plain, rateInParens, rateText, was } from "../words.ts";

function submissionsSentence(f: EditionFacts): string {
  const { edition, previous, current, before } = f.glance;
  const name = `${edition.venue} ${edition.edition}`;
  if (isSuppressed(current.submissions)) return `The number of submissions to ${name} is suppressed in this version of the report.`;
  const change = countChange(current.submissions, before?.submissions ?? null, previous?.edition ?? null);
  const first = previous ? "" : " It is the first edition in the archive.";
  return `${name} received ${count(current.submissions, "submission")}${change ? `, ${change}` : ""}.${first}`;
}

function acceptedSentence(f: EditionFacts): string {
  const { previous, current: c, before: b } = f.glance;
  const pending = isSuppressed(c.pending) ? "" : c.pending > 0 ? ` ${capitalize(count(c.pending, "submission"))} still ${c.pending === 1 ? "awaits" : "await"} a decision and ${c.pending === 1 ? "is" : "are"} left out of the rate.` : "";
  if (c.accepted === 0) return `No paper was accepted.${pending}`;
  const rate = isSuppressed(c.acceptance) ? "" : ` (${rateInParens(c.acceptance)})`;
  let versus = "";
  if (previous && b) {
    const prevRate = isSuppressed(b.acceptance) || b.acceptance.rate === null ? "" : ` (${pct(b.acceptance.rate)})`;
    versus = isSuppressed(b.submissions) ? `, against ${num(b.accepted)} in ${previous.edition}` : `, against ${num(b.accepted)} of ${num(b.submissions)}${prevRate} in ${previous.edition}`;
  }
  return `${capitalize(count(c.accepted, "paper"))} ${was(c.accepted)} accepted${rate}${versus}.${pending}`;
}

function reviewingSentence(f: EditionFacts): string {
  const { previous, current: c, before: b } = f.glance;
  if (isSuppressed(c.reviews) || c.reviews === 0) return isSuppressed(c.reviews) ? "" : "The export holds no reviews for this edition.";
  const who = isSuppressed(c.reviewers) ? "Reviewers" : capitalize(count(c.reviewers, "reviewer"));
  const perPaper = isSuppressed(c.reviewsPerPaper) || c.reviewsPerPaper === null ? "" : `, ${dec(c.reviewsPerPaper)} per reviewed paper on average`;
  const pool = previous && b && !isSuppressed(c.reviewers) && !isSuppressed(b.reviewers) ? ` (${b.reviewers === 0 ? "none" : num(b.reviewers)} in ${previous.edition})` : "";
  return `${who}${pool} wrote ${count(c.reviews, "review")}${perPaper}.`;
}

function datesSentence(f: EditionFacts): string {
  const e = f.glance.edition;
  const parts = [
    e.submissionDeadline && `submissions closed on ${deadline(e.submissionDeadline)}`,
    e.reviewDeadline && `reviews were due on ${deadline(e.reviewDeadline)}`,
    e.notification && `authors were notified on ${deadline(e.notification)}`,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? `${capitalize(list(parts))}.` : "No dates are configured for this edition (set them under `editions` in workshop.config.json).";
}

function row(label: string, format: (h: Headline) => string, f: EditionFacts): string[] {
  return [label, format(f.glance.current), ...(f.glance.before ? [format(f.glance.before)] : [])];
}

export function glanceSection(f: EditionFacts): Section {
  const { edition, previous } = f.glance;
  const rate = (h: Headline) => (isSuppressed(h.acceptance) ? cell(h.acceptance) : rateText(h.acceptance));
  const columns = ["", edition.edition, ...(previous ? [previous.edition] : [])];
  const rows = [
    row("Submissions", (h) => cell(h.submissions), f),
    row("Accepted", (h) => num(h.accepted), f),
    row("Acceptance rate", rate, f),
    row("Reviews", (h) => cell(h.reviews), f),
    row("Reviewers", (h) => cell(h.reviewers), f),
    row("Reviews per reviewed paper", (h) => cell(h.reviewsPerPaper, (v) => dec(v)), f),
  ];
  const deployment = f.deployment.current.submitted;
  if (deployment && !isSuppressed(deployment) && deployment.rate !== null) {
    const prev = f.deployment.submittedSeries.at(-2);
    rows.push(["Deployment share of submissions", rateText(deployment), ...(previous ? [cell(prev?.deploymentShare, pct)] : [])]);
  }
  const points: EditionPoint[] = f.glance.history.flatMap((h) =>
    isSuppressed(h.submitted) ? [] : [{ edition: h.edition, submitted: h.submitted, accepted: h.accepted, acceptanceRate: plain(h.acceptanceRate), acceptanceLow: plain(h.acceptanceLow), acceptanceHigh: plain(h.acceptanceHigh) }],
  );
  const charts = points.length > 1 ? [chart("submissions-by-edition", "Submissions per edition", submissionsByEditionSpec(points, { width: 420 })), chart("acceptance-by-edition", "Acceptance rate per edition", acceptanceByEditionSpec(points, { width: 420 }))] : [];
  return {
    id: "at-a-glance",
    title: "The edition at a glance",
    summary: [submissionsSentence(f), acceptedSentence(f), reviewingSentence(f), datesSentence(f)].filter(Boolean),
    blocks: [table(`Headline figures${previous ? ` against ${previous.edition}` : ""}`, columns, rows), ...charts],
  };
}
