/**
 * The Overview page's data: one row per edition with the funnel and acceptance (Wilson
 * interval) from the shared statistics, and the reviewing volume.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { loadClassifications, loadEditions, loadReviews, loadSubmissions } from "../db/queries.ts";
import { funnel } from "../stats/funnel.ts";
import { deploymentShare } from "../stats/trends.ts";

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
