/**
 * The Overview page's data: one row per edition with the funnel and acceptance (Wilson
 * interval) from the shared statistics, and the reviewing volume.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { loadClassifications, loadEditions, loadReviews, loadSubmissions } from "../db/queries.ts";
import { funnel, funnelTable } from "../stats/funnel.ts";
import { protect } from "../stats/privacy.ts";
import { reviewsPerPaper } from "../stats/reviewing.ts";
import { deploymentShare, deploymentShareTable } from "../stats/trends.ts";
import { wilson } from "../stats/wilson.ts";
import { countRows, measureRows, rateOf } from "./cells.ts";
import { pageHeader, perEdition, type SiteInput } from "./input.ts";

export interface EditionOverview {
  edition: string;
  year: number;
  venue: string;
  system: string;
  submitted: number;
  accepted: number;
  rejected: number;
  deskRejected: number;
  withdrawn: number;
  pending: number;
  acceptanceRate: number | null;
  acceptanceLow: number | null;
  acceptanceHigh: number | null;
  reviews: number;
  reviewers: number;
  reviewsPerPaper: number | null;
  /** Deployment-experience papers among the classified submissions, with a Wilson interval. */
  deploymentShare: number | null;
  deploymentLow: number | null;
  deploymentHigh: number | null;
}

export async function overviewData(conn: DuckDBConnection): Promise<EditionOverview[]> {
  const [editions, submissions, reviews, classifications] = await Promise.all([loadEditions(conn), loadSubmissions(conn), loadReviews(conn), loadClassifications(conn)]);
  const shares = new Map(
    deploymentShare(editions.map((e) => ({ edition: e.edition, year: e.year, submissions: submissions.filter((s) => s.edition === e.edition), classifications }))).map((d) => [d.edition, d.deploymentShare]),
  );
  return editions.map((e) => {
    const share = shares.get(e.edition);
    const f = funnel(submissions.filter((s) => s.edition === e.edition));
    const revs = reviews.filter((r) => r.edition === e.edition);
    const reviewed = new Set(revs.map((r) => r.submission_id)).size;
    return {
      edition: e.edition,
      year: e.year,
      venue: e.venue,
      system: e.system,
      submitted: f.submitted,
      accepted: f.accepted,
      rejected: f.rejected,
      deskRejected: f.deskRejected,
      withdrawn: f.withdrawn,
      pending: f.pending,
      acceptanceRate: f.acceptance.rate,
      acceptanceLow: f.acceptance.interval?.low ?? null,
      acceptanceHigh: f.acceptance.interval?.high ?? null,
      reviews: revs.length,
      reviewers: new Set(revs.map((r) => r.reviewer)).size,
      reviewsPerPaper: reviewed ? revs.length / reviewed : null,
      deploymentShare: share?.rate ?? null,
      deploymentLow: share?.interval?.low ?? null,
      deploymentHigh: share?.interval?.high ?? null,
    };
  });
}

/** The Overview page for one audience: headline numbers and funnel per edition (and all). */
export function overviewPage(input: SiteInput) {
  const { audience, k } = input;
  const shares = new Map(deploymentShare(input.editions.map((e) => ({ edition: e.edition, year: e.year, submissions: input.submissions.filter((s) => s.edition === e.edition), classifications: input.classifications }))).map((d) => [d.edition, d]));
  const byKey = perEdition(input, (slice) => {
    const f = funnel(slice.submissions);
    const outcomes = protect(funnelTable(f, "Submissions by outcome"), audience, { k });
    const rpp = reviewsPerPaper(slice.submissions, slice.reviews);
    const kindShares = slice.edition ? [shares.get(slice.key)].filter((s) => s !== undefined) : [...shares.values()];
    const classified = kindShares.reduce((a, s) => a + s.classified, 0);
    const deployment = kindShares.reduce((a, s) => a + s.deployment, 0);
    // One edition: the shared per-edition statistic; all editions: the pooled share.
    const share = slice.edition && kindShares[0] ? kindShares[0].deploymentShare : wilson(deployment, classified);
    const protectedShare = measureRows(protect(deploymentShareTable([{ edition: slice.key, year: 0, classified, deployment, research: 0, deploymentShare: share, researchShare: share }]), audience, { k }))[0];
    const shown = countRows(outcomes).map((r) => ({ outcome: r.row, papers: r.total, suppressed: r.suppressed }));
    const hidden = (outcome: string) => shown.some((o) => o.outcome === outcome && o.suppressed);
    // Derived figures must not give a withheld outcome back: papers in review (and reviews per
    // paper, its ratio) reveal desk rejections plus withdrawals; the acceptance rate's
    // denominator reveals the pending count.
    const reviewedHidden = hidden("desk-rejected") || hidden("withdrawn");
    return {
      submitted: f.submitted,
      accepted: f.accepted,
      reviewed: reviewedHidden ? null : f.reviewed,
      acceptance: hidden("pending") ? rateOf(null) : rateOf(f.acceptance),
      reviews: slice.reviews.length,
      reviewers: new Set(slice.reviews.map((r) => r.reviewer)).size,
      reviewsPerPaper: reviewedHidden ? null : rpp.summary.mean,
      deployment: protectedShare.suppressed ? rateOf(null) : rateOf(share),
      outcomes: shown,
    };
  });
  return { ...pageHeader(input), byEdition: byKey };
}
export type OverviewPage = ReturnType<typeof overviewPage>;
