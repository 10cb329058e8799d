/**
 * The Trends page: deployment vs research share with intervals, the area mix, growth of
 * submissions and of the reviewer pool, and score changes across the rebuttal where the
 * archive holds a snapshot from before it.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/archive.ts";
import { measureTable } from "../stats/aggregate.ts";
import { protect } from "../stats/privacy.ts";
import { scoreChanges, type SnapshotScore } from "../stats/rebuttal.ts";
import { deploymentShare, deploymentShareTable, yearOverYear } from "../stats/trends.ts";
import { measureRows, rateOf } from "./cells.ts";
import { protectedTriplets } from "./groups.ts";
import { editionSlices, pageHeader, type SiteInput } from "./input.ts";

export interface RebuttalInput {
  edition: string;
  field: string;
  before: SnapshotScore[];
  after: SnapshotScore[];
}

/**
 * For each edition with a score snapshot: the overall-score field (the review field whose
 * values are the reviews' overall scores), its values in the earliest snapshot and now.
 */
export async function loadRebuttals(conn: DuckDBConnection): Promise<RebuttalInput[]> {
  const fields = await queryRows<{ edition: string; field: string; first: number }>(
    conn,
    `WITH snap AS (SELECT edition, min(ingest_id) AS first FROM score_snapshots GROUP BY edition),
          matches AS (
            SELECT s.edition, s.field, count(*) AS n FROM review_scores s
            JOIN reviews r ON r.edition = s.edition AND r.review_id = s.review_id AND r.overall = s.value
            WHERE s.edition IN (SELECT edition FROM snap) GROUP BY ALL)
     SELECT m.edition, arg_max(m.field, m.n) AS field, any_value(snap.first)::INTEGER AS first
     FROM matches m JOIN snap USING (edition) GROUP BY m.edition ORDER BY m.edition`,
  );
  const out: RebuttalInput[] = [];
  for (const f of fields) {
    const params = { ed: f.edition, field: f.field, first: f.first };
    const before = await queryRows<SnapshotScore>(conn, `SELECT submission_id, review_id, reviewer, field, value FROM score_snapshots WHERE edition = $ed AND field = $field AND ingest_id = $first`, params);
    const after = await queryRows<SnapshotScore>(
      conn,
      `SELECT r.submission_id, s.review_id, r.reviewer, s.field, s.value FROM review_scores s JOIN reviews r USING (edition, review_id) WHERE s.edition = $ed AND s.field = $field`,
      { ed: f.edition, field: f.field },
    );
    out.push({ edition: f.edition, field: f.field, before, after });
  }
  return out;
}

export function trendsPage(input: SiteInput, rebuttals: RebuttalInput[]) {
  const { audience, k } = input;
  const editions = input.editions.map((e) => ({
    edition: e.edition,
    year: e.year,
    submissions: input.submissions.filter((s) => s.edition === e.edition),
    reviews: input.reviews.filter((r) => r.edition === e.edition),
    classifications: input.classifications.filter((c) => c.edition === e.edition),
  }));
  const shares = deploymentShare(editions);
  const publishedShares = new Map(measureRows(protect(deploymentShareTable(shares), audience, { k })).map((r) => [r.label, r]));
  const kinds = shares.map((s) => ({
    edition: s.edition,
    classified: s.classified,
    suppressed: publishedShares.get(s.edition)?.suppressed ?? true,
    deployment: publishedShares.get(s.edition)?.suppressed ? rateOf(null) : rateOf(s.deploymentShare),
    research: publishedShares.get(s.edition)?.suppressed ? rateOf(null) : rateOf(s.researchShare),
  }));
  const growth = yearOverYear(editions).map((t) => ({
    edition: t.edition,
    year: t.year,
    submissions: t.submissions,
    accepted: t.accepted,
    acceptance: rateOf(t.acceptance),
    reviewers: t.reviewers,
    newReviewers: t.newReviewers,
    reviewsPerPaper: t.reviewsPerPaper,
  }));
  const areaMix = editionSlices(input)
    .filter((s) => s.edition)
    .flatMap((s) => protectedTriplets(s, "area", audience, k).rows.map((r) => ({ edition: s.key, area: r.group, papers: r.submissions, share: r.shareOfSubmissions, suppressed: r.suppressed })));
  const changes = rebuttals.map((r) => ({ edition: r.edition, field: r.field, c: scoreChanges(r.before, r.after, r.field) }));
  const rebuttal = measureRows(
    protect(
      measureTable({
        title: "Score changes across the rebuttal",
        unit: "reviews",
        measures: ["up", "down", "same", "changed", "low", "high", "meanDelta", "papersChanged"],
        rows: changes.map(({ edition, c }) => ({
          label: edition,
          n: c.compared,
          values: { up: c.up, down: c.down, same: c.compared - c.up - c.down, changed: c.changed.rate, low: c.changed.interval?.low ?? null, high: c.changed.interval?.high ?? null, meanDelta: c.meanDelta, papersChanged: c.papersChanged },
        })),
        total: null,
      }),
      audience,
      { k },
    ),
  ).map((r) => ({ ...r, field: changes.find((c) => c.edition === r.label)?.field ?? null }));
  return { ...pageHeader(input), kinds, growth, areaMix, rebuttal };
}
export type TrendsPage = ReturnType<typeof trendsPage>;
