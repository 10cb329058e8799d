/** The reviewing: load, completion against the deadline, late reviews, review length. */
import { completionSpec, countBarsSpec } from "../../charts/reviewing.ts";
import { isSuppressed, type CountTable } from "../../stats/index.ts";
import type { EditionFacts } from "../../views/index.ts";
import { chart, table, type Block, type Section } from "../doc.ts";
import { capitalize, cell, count, dec, deadline, num, pct, rateText, was } from "../words.ts";

function perPaperSentence(f: EditionFacts): string | null {
  const p = f.reviewing.perPaper;
  if (p.papers === 0 || isSuppressed(p.papers) || isSuppressed(p.mean) || p.mean === null) {
    const median = isSuppressed(p.median) || p.median === null ? null : p.median;
    return median === null ? null : `Papers that went to review received a median of ${dec(median, Number.isInteger(median) ? 0 : 1)} reviews.`;
  }
  const median = isSuppressed(p.median) || p.median === null ? "" : `median ${dec(p.median, Number.isInteger(p.median) ? 0 : 1)}`;
  const min = isSuppressed(p.min) || p.min === null || p.min === p.median ? "" : `fewest ${num(p.min)}`;
  const detail = [median, min].filter(Boolean).join(", ");
  const none = !isSuppressed(p.withoutReviews) && p.withoutReviews > 0 ? ` ${capitalize(count(p.withoutReviews, "paper"))} received no review.` : "";
  return `The ${num(p.papers)} ${p.papers === 1 ? "paper" : "papers"} that went to review received ${dec(p.mean)} reviews each on average${detail ? ` (${detail})` : ""}.${none}`;
}

function loadSentence(f: EditionFacts): string | null {
  const l = f.reviewing.load;
  if (isSuppressed(l.reviewers) || l.reviewers === 0 || isSuppressed(l.mean) || l.mean === null) return null;
  const median = isSuppressed(l.median) || l.median === null ? "" : ` (median ${dec(l.median, Number.isInteger(l.median) ? 0 : 1)})`;
  let heaviest = "";
  if (l.perReviewer.kind === "reviewers" && l.perReviewer.rows.length > 0) heaviest = `; the heaviest load was ${count(l.perReviewer.rows[0].reviews, "review")}`;
  return `${capitalize(count(l.reviewers, "reviewer"))} wrote ${dec(l.mean)} reviews each on average${median}${heaviest}.`;
}

/** "7 hours" below a day, "1.9 days" above. */
function lateness(days: number): string {
  if (days < 1) {
    const hours = Math.max(1, Math.round(days * 24));
    return `${hours} ${hours === 1 ? "hour" : "hours"}`;
  }
  return `${dec(days)} days`;
}

function completionSentences(f: EditionFacts): string[] {
  const c = f.reviewing.completion;
  const late = f.reviewing.late;
  if (c.reviews === 0) return [];
  if (!c.deadline) return ["No review deadline is configured for this edition, so completion against it is not known (set `review_deadline` in workshop.config.json)."];
  if (!late || !c.onTime) return ["The export gives no review submission times, so completion against the deadline is not known."];
  const out: string[] = [];
  const due = deadline(c.deadline);
  const onTime = c.onTime;
  if (!isSuppressed(onTime) && onTime.rate !== null) {
    out.push(onTime.successes === onTime.n ? `Every review was in by the deadline of ${due}.` : `${capitalize(rateText(onTime))} of reviews were in by the deadline of ${due}.`);
  }
  if (isSuppressed(late.late)) out.push("The number of late reviews is suppressed in this version of the report.");
  else if (late.late > 0) {
    const days = isSuppressed(late.medianDaysLate) || late.medianDaysLate === null ? "" : `, a median of ${lateness(late.medianDaysLate)} after it`;
    out.push(`${capitalize(count(late.late, "review"))} came in late${days}.`);
  }
  if (typeof late.lateReviewers === "number" && late.lateReviewers > 0) out.push(`${capitalize(count(late.lateReviewers, "reviewer"))} ${was(late.lateReviewers)} late with at least one review.`);
  if (c.undated > 0) out.push(`${capitalize(count(c.undated, "review"))} ${c.undated === 1 ? "has" : "have"} no submission time and ${c.undated === 1 ? "counts" : "count"} as not in by the deadline.`);
  return out;
}

function lengthSentence(f: EditionFacts): string | null {
  const l = f.reviewing.lengths;
  if (l.reviews === 0) return f.reviewing.completion.reviews > 0 ? "The export does not give review lengths." : null;
  if (isSuppressed(l.median) || l.median === null) return null;
  const short = isSuppressed(l.short) || l.short.rate === null ? "" : l.short.successes === 0 ? `; none was shorter than ${l.shortThreshold} words` : `; ${pct(l.short.rate)} (${count(l.short.successes, "review")}) ${l.short.successes === 1 ? "was" : "were"} shorter than ${l.shortThreshold} words`;
  return `Reviews ran to a median of ${num(Math.round(l.median))} words${short}.`;
}

/** Bars keyed by the number a row starts with ("3" reviews, "100-199" words), so they sort as numbers. */
function bins(t: CountTable): Array<{ bin: number; count: number }> {
  return t.rows.flatMap((r, i) => (isSuppressed(t.cells[i][0]) ? [] : [{ bin: Number(r.split("-")[0]), count: t.cells[i][0] as number }]));
}

export function reviewingSection(f: EditionFacts): Section {
  const r = f.reviewing;
  const blocks: Block[] = [];
  if (r.completion.days.length > 0) blocks.push(chart("completion", "Reviews submitted over time", completionSpec(r.completion.days, { width: 420 })));
  const load = bins(r.load.histogram);
  if (load.length) {
    blocks.push(table("Reviewers by number of reviews written", ["Reviews written", "Reviewers"], r.load.histogram.rows.map((row, i) => [row, cell(r.load.histogram.cells[i][0])])));
    blocks.push(chart("reviewer-load", "Reviews per reviewer", countBarsSpec(load, { x: "bin", y: "count", xTitle: "Reviews written", yTitle: "Reviewers", title: "Reviews per reviewer", width: 420 })));
  }
  if (r.load.perReviewer.kind === "reviewers" && r.load.perReviewer.rows.length > 0) {
    const late = r.late?.perReviewer.kind === "reviewers" ? new Map(r.late.perReviewer.rows.map((x) => [x.reviewer, x])) : null;
    const top = r.load.perReviewer.rows.slice(0, 10);
    blocks.push(
      table(
        `Heaviest loads (chairs only; pseudonyms${r.load.perReviewer.rows.length > 10 ? `, top 10 of ${num(r.load.perReviewer.rows.length)}` : ""})`,
        ["Reviewer", "Reviews", ...(late ? ["Late"] : [])],
        top.map((x) => [x.reviewer, num(x.reviews), ...(late ? [num(late.get(x.reviewer)?.late ?? 0)] : [])]),
      ),
    );
  }
  const lengths = bins(r.lengths.histogram);
  if (lengths.length) blocks.push(chart("review-length", "Review length", countBarsSpec(lengths, { x: "bin", y: "count", xTitle: "Words (bins of 100, from)", yTitle: "Reviews", title: "Review length", width: 420 })));
  return {
    id: "reviewing",
    title: "The reviewing",
    summary: [perPaperSentence(f), loadSentence(f), ...completionSentences(f), lengthSentence(f)].filter((s): s is string => Boolean(s)),
    blocks,
  };
}
