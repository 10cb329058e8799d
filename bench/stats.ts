/**
 * The full statistics of a conference-scale edition (20,000 submissions, 100,000 reviews,
 * seeded synthetic data), bootstrap intervals included (1,000 resamples), against a 5 s target.
 */
import * as s from "../src/lib/stats/index.ts";

const TARGET_SECONDS = 5;
const RESAMPLES = 1000;

function snapshots(reviews: s.SyntheticEdition["reviews"]) {
  const random = s.createRandom(99);
  const before = reviews.map((r) => ({ submission_id: r.submission_id, review_id: r.review_id, reviewer: r.reviewer, field: "overall", value: r.overall! }));
  const after = before.map((b) => (random.next() < 0.15 ? { ...b, value: b.value + (random.next() < 0.6 ? 1 : -1) } : b));
  return { before, after };
}

export async function run(): Promise<void> {
  const g0 = performance.now();
  const e = s.syntheticEdition({ submissions: 20_000, reviews: 100_000, reviewers: 6_000, seed: 2024, edition: "conf-2024", year: 2024 });
  const earlier = [2021, 2022, 2023].map((year) => s.syntheticEdition({ submissions: 12_000 + 2_000 * (year - 2021), reviews: 50_000, reviewers: 4_000, seed: year, edition: `conf-${year}`, year }));
  const { before, after } = snapshots(e.reviews);
  console.log(`generated ${e.submissions.length} submissions, ${e.reviews.length} reviews (+3 earlier editions) in ${((performance.now() - g0) / 1000).toFixed(1)} s (not timed)`);

  // CPU time next to wall time: on a busy machine the two part ways, and the CPU time says why.
  const parts: Array<[string, number, number]> = [];
  const time = <T>(name: string, work: () => T): T => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const result = work();
    const cpu = process.cpuUsage(c0);
    parts.push([name, performance.now() - t0, (cpu.user + cpu.system) / 1000]);
    return result;
  };

  const tables: s.Aggregate[] = [];
  const areas = s.areaLabels(e.classifications);
  time("funnel and triplets (5 groupings)", () => {
    const f = s.funnel(e.submissions);
    tables.push(s.funnelTable(f));
    const groupings = { area: areas, kind: s.kindLabels(e.classifications), challenge: s.challengeLabels(e.classifications), method: s.methodLabels(e.classifications), country: s.countryLabels(e.authors) };
    for (const [name, labels] of Object.entries(groupings)) tables.push(s.tripletTable(s.triplets(e.submissions, labels), `by ${name}`));
  });
  time("reviewing (load, lengths, completion, late)", () => {
    s.reviewsPerPaper(e.submissions, e.reviews);
    const load = s.reviewerLoad(e.reviews);
    tables.push(s.loadHistogramTable(load), s.reviewerLoadTable(load));
    s.reviewLengths(e.reviews);
    s.completionCurve(e.reviews, e.reviewDeadline);
    tables.push(s.completionByReviewer(e.reviews, e.reviewDeadline));
    s.lateReviews(e.reviews, e.reviewDeadline);
  });
  const scores = s.overallScores(e.reviews);
  const decided = time("scores and decisions", () => {
    const papers = s.decidedPapers(s.paperScores(scores), e.submissions);
    tables.push(s.scoreDistributionTable(s.scoresByDecision(scores, e.submissions), "scores by decision"));
    tables.push(s.scoreDistributionTable(s.scoresByLabel(scores, areas), "scores by area"));
    tables.push(s.acceptanceByScoreTable(s.acceptanceByScore(papers, { binWidth: 0.5 })));
    const against = s.decidedAgainstScores(papers);
    if (against) tables.push(s.decidedPaperList("decided against scores", against.papers));
    s.confidenceVsScore(scores);
    return papers;
  });
  time(`agreement: ordinal alpha, overall + per area, ${RESAMPLES} resamples each`, () => {
    const overall = s.agreement(scores, { resamples: RESAMPLES });
    tables.push(s.agreementTable(overall, s.agreementByLabel(scores, areas, { resamples: RESAMPLES })));
  });
  time("calibration and what-if re-ranking", () => {
    const c = s.calibrate(scores);
    tables.push(s.leniencyTable(c));
    const band = s.borderlineBand(decided, { trim: 0.05 });
    if (band) tables.push(s.whatIfCalibratedList(s.whatIfCalibrated(band, c)));
  });
  time("rebuttal (two snapshots)", () => s.scoreChanges(before, after, "overall"));
  time("year over year (4 editions)", () => {
    const editions = [e, ...earlier];
    s.yearOverYear(editions);
    tables.push(s.deploymentShareTable(s.deploymentShare(editions)));
  });
  time("expertise supply vs demand", () => tables.push(s.expertiseTable(s.expertiseSupplyDemand(areas, e.committee))));
  time(`privacy: protect ${tables.length} tables for the public`, () => tables.forEach((t) => s.protect(t, "public")));

  const seconds = (ms: number) => (ms / 1000).toFixed(2).padStart(6);
  console.log(`${"part".padEnd(66)} ${"wall".padStart(6)}   ${"cpu".padStart(6)}`);
  for (const [name, wall, cpu] of parts) console.log(`${name.padEnd(66)} ${seconds(wall)} s ${seconds(cpu)} s`);
  const wall = parts.reduce((a, [, ms]) => a + ms, 0);
  const cpu = parts.reduce((a, [, , ms]) => a + ms, 0);
  const ok = wall / 1000 < TARGET_SECONDS;
  console.log(`${"total".padEnd(66)} ${seconds(wall)} s ${seconds(cpu)} s   target < ${TARGET_SECONDS} s wall: ${ok ? "ok" : "MISSED"}`);
}
