/**
 * The Reviewing page: scores by decision, acceptance against the mean score with the
 * borderline band, disagreement, Krippendorff's alpha with its bootstrap interval, review
 * length, completion against the deadline, reviewer load and (chairs only) leniency.
 * Score scales differ between editions, so score statistics are per edition; "all editions"
 * shows each edition's agreement side by side.
 */
import { countTable } from "../stats/aggregate.ts";
import { agreement, agreementByLabel, agreementTable } from "../stats/agreement.ts";
import { calibrate } from "../stats/calibration.ts";
import { completionCurve } from "../stats/completion.ts";
import { acceptanceByScore, acceptanceByScoreTable, borderlineBand, decidedPapers } from "../stats/decisions.ts";
import { areaLabels } from "../stats/groups.ts";
import { protect } from "../stats/privacy.ts";
import { loadHistogramTable, reviewerLoad, reviewLengths, reviewsPerPaper } from "../stats/reviewing.ts";
import { reviewerTable } from "../stats/aggregate.ts";
import { overallScores, paperScores, scoreDistributionTable, scoresByDecision } from "../stats/scores.ts";
import { wilson } from "../stats/wilson.ts";
import { funnel, funnelTable } from "../stats/funnel.ts";
import { countCells, countRows, measureRows, rateOf } from "./cells.ts";
import { editionSlices, pageHeader, type EditionSlice, type SiteInput } from "./input.ts";

/** Bootstrap resamples for alpha: the overall interval, and each area's. */
const RESAMPLES = { overall: 1000, perArea: 300 };

function agreementSection(slice: EditionSlice, input: SiteInput) {
  const obs = overallScores(slice.reviews);
  const overall = agreement(obs, { resamples: RESAMPLES.overall });
  const byArea = agreementByLabel(obs, areaLabels(slice.classifications), { resamples: RESAMPLES.perArea });
  return { overall, rows: measureRows(protect(agreementTable(overall, byArea, "Reviewer agreement"), input.audience, { k: input.k })) };
}

function completion(slice: EditionSlice) {
  const deadline = slice.edition?.review_deadline;
  if (!deadline || slice.reviews.length === 0) return { deadline: deadline?.toISOString() ?? null, points: [], byDeadline: rateOf(null), undated: slice.reviews.length };
  const c = completionCurve(slice.reviews, deadline);
  // One point per day (the share at the end of it): enough for the curve, and no review's exact time.
  const daily = new Map<number, { day: number; completed: number; share: number }>();
  for (const p of c.points) {
    const day = Math.ceil(p.daysFromDeadline);
    daily.set(day, { day, completed: p.completed, share: p.share });
  }
  return { deadline: deadline.toISOString(), points: [...daily.values()], byDeadline: rateOf(c.byDeadline), undated: c.undated };
}

function editionSection(slice: EditionSlice, input: SiteInput) {
  const { audience, k } = input;
  const protectK = { k };
  const obs = overallScores(slice.reviews);
  const scores = paperScores(obs);
  const decided = decidedPapers(scores, slice.submissions);
  const bins = acceptanceByScore(decided);
  const byScore = countRows(protect(acceptanceByScoreTable(bins), audience, protectK)).map((r, i) => {
    const accepted = r.cells.accepted;
    const papers = r.total;
    const rate = accepted !== null && papers !== null && !r.suppressed ? rateOf(wilson(accepted, papers)) : rateOf(null);
    return { from: bins[i].from, to: bins[i].to, papers, accepted, ...rate, suppressed: r.suppressed };
  });
  const band = borderlineBand(decided);
  const distribution = countCells(protect(scoreDistributionTable(scoresByDecision(obs, slice.submissions), "Scores by decision"), audience, protectK)).map((c) => ({
    decision: c.row,
    score: Number(c.column),
    reviews: c.value,
    suppressed: c.suppressed,
  }));
  const spreads = new Map<number, number>();
  for (const p of scores) if (p.n > 1) spreads.set(p.spread, (spreads.get(p.spread) ?? 0) + 1);
  const spreadValues = [...spreads.keys()].sort((a, b) => a - b);
  const spreadTable = spreadValues.length
    ? countRows(protect(countTable({ title: "Papers by score spread", unit: "papers", rows: spreadValues.map(String), columns: ["papers"], values: spreadValues.map((v) => [spreads.get(v)!]) }), audience, protectK))
    : [];
  const multi = scores.filter((p) => p.n > 1);
  const calibration = obs.length ? calibrate(obs) : null;
  const leniency = protect(reviewerTable("Reviewer leniency", calibration?.reviewers ?? []), audience);
  const values = obs.map((o) => o.value);
  return {
    scale: values.length ? { min: Math.min(...values), max: Math.max(...values) } : null,
    scoresByDecision: distribution,
    acceptanceByScore: byScore,
    // The band's edges are single papers' mean scores: shown to chairs and the committee only.
    band: band && audience !== "public" ? { low: band.low, high: band.high, accepted: band.accepted, rejected: band.rejected, separated: band.separated } : null,
    disagreement: {
      papers: multi.length,
      meanSpread: multi.length ? multi.reduce((a, p) => a + p.spread, 0) / multi.length : null,
      histogram: spreadTable.map((r) => ({ spread: Number(r.row), papers: r.total, suppressed: r.suppressed })),
    },
    leniency: leniency.kind === "reviewers" ? { rows: leniency.rows, withheld: null } : { rows: [], withheld: leniency.reason },
  };
}

function commonSection(slice: EditionSlice, input: SiteInput) {
  const lengths = reviewLengths(slice.reviews);
  const lengthTable = protect(
    countTable({ title: "Reviews by length", unit: "reviews", rows: lengths.histogram.map((h) => String(h.from)), columns: ["reviews"], values: lengths.histogram.map((h) => [h.reviews]) }),
    input.audience,
    { k: input.k },
  );
  const load = reviewerLoad(slice.reviews);
  const rpp = reviewsPerPaper(slice.submissions, slice.reviews);
  // As on the Overview: reviews per paper gives back the papers in review, so it goes with a
  // withheld desk-rejected or withdrawn count; a handful of papers without reviews is withheld too.
  const outcomes = countRows(protect(funnelTable(funnel(slice.submissions)), input.audience, { k: input.k }));
  const reviewedHidden = outcomes.some((o) => (o.row === "desk-rejected" || o.row === "withdrawn") && o.suppressed);
  const fewWithout = input.audience !== "chair" && rpp.withoutReviews > 0 && rpp.withoutReviews < input.k;
  return {
    reviews: slice.reviews.length,
    reviewers: load.reviewers,
    reviewsPerPaper: reviewedHidden ? null : rpp.summary.mean,
    papersWithoutReviews: reviewedHidden || fewWithout ? null : rpp.withoutReviews,
    lengths: {
      known: lengths.reviews,
      median: lengths.summary.median,
      threshold: lengths.shortThreshold,
      short: rateOf(lengths.short),
      histogram: countRows(lengthTable).map((r, i) => ({ from: lengths.histogram[i].from, to: lengths.histogram[i].to, reviews: r.total, suppressed: r.suppressed })),
    },
    load: countRows(protect(loadHistogramTable(load), input.audience, { k: input.k })).map((r) => ({ load: Number(r.row), reviewers: r.total, suppressed: r.suppressed })),
    completion: completion(slice),
  };
}

export function reviewingPage(input: SiteInput) {
  const slices = editionSlices(input);
  const byEdition: Record<string, unknown> = {};
  const alphaByEdition: Array<Record<string, unknown>> = [];
  for (const slice of slices.filter((s) => s.edition)) {
    const a = agreementSection(slice, input);
    const total = a.rows.find((r) => r.label === "all")!;
    alphaByEdition.push({ ...total, label: slice.key });
    byEdition[slice.key] = { ...commonSection(slice, input), ...editionSection(slice, input), agreement: a.rows.filter((r) => r.label !== "all"), alpha: total };
  }
  const all = slices[0];
  byEdition[all.key] = { ...commonSection(all, input), perEdition: true, agreement: alphaByEdition, alpha: null };
  return { ...pageHeader(input), byEdition };
}
export type ReviewingPage = ReturnType<typeof reviewingPage>;
