import type { Review, Submission } from "../model/records.ts";
import { measureTable, type MeasureTable } from "./aggregate.ts";
import { funnel } from "./funnel.ts";
import { areaLabels, type Classification } from "./groups.ts";
import { reviewsPerPaper } from "./reviewing.ts";
import { triplets } from "./triplet.ts";
import { wilson, type Proportion, type WilsonOptions } from "./wilson.ts";
import { compareText } from "./describe.ts";

/** Everything known about one edition, as the statistics take it. */
export interface EditionInput {
  edition: string;
  year: number;
  submissions: Array<Pick<Submission, "edition" | "id" | "status" | "presentation">>;
  reviews?: Array<Pick<Review, "edition" | "submission_id" | "review_id" | "reviewer">>;
  classifications?: Classification[];
}

export interface SeriesPoint<T> {
  edition: string;
  year: number;
  value: T;
}

/**
 * Any statistic as a series over editions, oldest first: the same function computes every
 * point, so the definitions cannot drift from one year to the next.
 */
export function series<T>(editions: EditionInput[], statistic: (e: EditionInput) => T): Array<SeriesPoint<T>> {
  return [...editions]
    .sort((a, b) => a.year - b.year || compareText(a.edition, b.edition))
    .map((e) => ({ edition: e.edition, year: e.year, value: statistic(e) }));
}

export interface EditionTrend {
  edition: string;
  year: number;
  submissions: number;
  accepted: number;
  acceptance: Proportion;
  reviewers: number;
  /** Reviewers not seen in any earlier edition (pseudonyms must use the same key every year). */
  newReviewers: number;
  reviewsPerPaper: number | null;
  /** Share of submissions per area, fractional for two-area papers. */
  areaShares: Record<string, number>;
}

/** The headline numbers of every edition, oldest first, with one definition for all. */
export function yearOverYear(editions: EditionInput[], options: WilsonOptions = {}): EditionTrend[] {
  const seen = new Set<string>();
  return series(editions, (e) => {
    const f = funnel(e.submissions, options);
    const reviewers = new Set((e.reviews ?? []).map((r) => r.reviewer));
    const fresh = [...reviewers].filter((r) => !seen.has(r)).length;
    reviewers.forEach((r) => seen.add(r));
    const areas = triplets(e.submissions, areaLabels(e.classifications ?? []), options);
    return {
      submissions: f.submitted,
      accepted: f.accepted,
      acceptance: f.acceptance,
      reviewers: reviewers.size,
      newReviewers: fresh,
      reviewsPerPaper: e.reviews ? reviewsPerPaper(e.submissions, e.reviews).summary.mean : null,
      areaShares: Object.fromEntries(areas.rows.map((r) => [r.group, r.shareOfSubmissions ?? 0])),
    };
  }).map(({ edition, year, value }) => ({ edition, year, ...value }));
}

export interface KindShare {
  edition: string;
  year: number;
  /** Papers of the population with a kind. */
  classified: number;
  deployment: number;
  research: number;
  deploymentShare: Proportion;
  researchShare: Proportion;
}

/**
 * Deployment vs research over the editions: shares of papers of each kind among classified
 * submissions (or accepted papers), with Wilson intervals. Position and benchmark papers stay
 * in the denominator, so the two shares need not add up to 1.
 */
export function deploymentShare(editions: EditionInput[], options: WilsonOptions & { population?: "submitted" | "accepted" } = {}): KindShare[] {
  const { population = "submitted", ...wilsonOptions } = options;
  return series(editions, (e) => {
    const status = new Map(e.submissions.map((s) => [s.id, s.status]));
    const kinds = (e.classifications ?? [])
      .filter((c) => c.edition === e.edition && c.kind !== null && status.has(c.submission_id))
      .filter((c) => population === "submitted" || status.get(c.submission_id) === "accepted")
      .map((c) => c.kind);
    const deployment = kinds.filter((k) => k === "deployment").length;
    const research = kinds.filter((k) => k === "research").length;
    return {
      classified: kinds.length,
      deployment,
      research,
      deploymentShare: wilson(deployment, kinds.length, wilsonOptions),
      researchShare: wilson(research, kinds.length, wilsonOptions),
    };
  }).map(({ edition, year, value }) => ({ edition, year, ...value }));
}

/** The deployment share per edition as a protectable table (n = classified papers). */
export function deploymentShareTable(shares: KindShare[], title = "Deployment vs research"): MeasureTable {
  return measureTable({
    title,
    unit: "papers",
    measures: ["deployment", "low", "high", "research"],
    rows: shares.map((s) => ({
      label: s.edition,
      n: s.classified,
      parts: [s.deployment, s.research, s.classified - s.deployment - s.research],
      values: { deployment: s.deploymentShare.rate, low: s.deploymentShare.interval?.low ?? null, high: s.deploymentShare.interval?.high ?? null, research: s.researchShare.rate },
    })),
    total: null,
  });
}
