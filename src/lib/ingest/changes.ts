/**
 * What a newer export changes in an edition: computed in SQL, inside the write transaction,
 * between the edition's previous state (`old_*` temp tables) and the records just swapped in.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/archive.ts";

export interface ChangeSummary {
  firstLoad: boolean;
  added: string[];
  removed: string[];
  decisionChanges: Array<{ id: string; from: string; to: string }>;
  newReviews: string[];
  removedReviews: string[];
  scoreChanges: Array<{ review_id: string; submission_id: string; field: string; from: number | null; to: number | null }>;
  counts: { submissions: number; reviews: number; added: number; removed: number; decisionChanges: number; newReviews: number; removedReviews: number; scoreChanges: number };
}

export async function summariseChanges(conn: DuckDBConnection, edition: string): Promise<ChangeSummary> {
  const p = { ed: edition };
  const ids = async (sql: string) => (await queryRows<{ id: string }>(conn, sql, p)).map((r) => r.id);
  const [{ before }] = await queryRows<{ before: number }>(conn, `SELECT count(*)::INTEGER AS before FROM old_submissions`);
  const added = await ids(`SELECT id FROM submissions WHERE edition = $ed EXCEPT SELECT id FROM old_submissions ORDER BY 1`);
  const removed = await ids(`SELECT id FROM old_submissions EXCEPT SELECT id FROM submissions WHERE edition = $ed ORDER BY 1`);
  const decisionChanges = await queryRows<{ id: string; from: string; to: string }>(
    conn,
    `SELECT n.id, coalesce(o.decision, o.status) AS "from", coalesce(n.decision, n.status) AS "to"
     FROM submissions n JOIN old_submissions o ON n.edition = $ed AND o.id = n.id
     WHERE o.status IS DISTINCT FROM n.status OR o.decision IS DISTINCT FROM n.decision ORDER BY n.id`,
    p,
  );
  const newReviews = await ids(`SELECT review_id AS id FROM reviews WHERE edition = $ed EXCEPT SELECT review_id FROM old_reviews ORDER BY 1`);
  const removedReviews = await ids(`SELECT review_id AS id FROM old_reviews EXCEPT SELECT review_id FROM reviews WHERE edition = $ed ORDER BY 1`);
  const scoreChanges = await queryRows<ChangeSummary["scoreChanges"][number]>(
    conn,
    `WITH kept AS (SELECT review_id, submission_id FROM reviews WHERE edition = $ed AND review_id IN (SELECT review_id FROM old_reviews)),
          n AS (SELECT review_id, field, value FROM review_scores WHERE edition = $ed AND review_id IN (SELECT review_id FROM kept)),
          o AS (SELECT review_id, field, value FROM old_scores WHERE review_id IN (SELECT review_id FROM kept))
     SELECT coalesce(n.review_id, o.review_id) AS review_id, k.submission_id, coalesce(n.field, o.field) AS field, o.value AS "from", n.value AS "to"
     FROM n FULL JOIN o ON o.review_id = n.review_id AND o.field = n.field
     JOIN kept k ON k.review_id = coalesce(n.review_id, o.review_id)
     WHERE o.value IS DISTINCT FROM n.value
     ORDER BY 2, 1, 3`,
    p,
  );
  const [{ subs, revs }] = await queryRows<{ subs: number; revs: number }>(
    conn,
    `SELECT (SELECT count(*) FROM submissions WHERE edition = $ed)::INTEGER AS subs, (SELECT count(*) FROM reviews WHERE edition = $ed)::INTEGER AS revs`,
    p,
  );
  return {
    firstLoad: before === 0,
    added,
    removed,
    decisionChanges,
    newReviews,
    removedReviews,
    scoreChanges,
    counts: {
      submissions: subs,
      reviews: revs,
      added: added.length,
      removed: removed.length,
      decisionChanges: decisionChanges.length,
      newReviews: newReviews.length,
      removedReviews: removedReviews.length,
      scoreChanges: scoreChanges.length,
    },
  };
}

/** Human-readable lines for the terminal, most important first, lists capped. */
export function describeChanges(c: ChangeSummary, edition: string): string[] {
  if (c.firstLoad) return [`Loaded edition ${edition}: ${c.counts.submissions} submissions, ${c.counts.reviews} reviews.`];
  const lines: string[] = [];
  const list = (xs: string[]) => (xs.length > 10 ? `${xs.slice(0, 10).join(", ")} and ${xs.length - 10} more` : xs.join(", "));
  if (c.added.length) lines.push(`  + ${c.added.length} new submission${s(c.added.length)}: ${list(c.added)}`);
  if (c.removed.length) lines.push(`  - ${c.removed.length} submission${s(c.removed.length)} no longer in the export: ${list(c.removed)}`);
  if (c.decisionChanges.length) lines.push(`  ~ ${c.decisionChanges.length} decision change${s(c.decisionChanges.length)}: ${list(c.decisionChanges.map((d) => `#${d.id} ${d.from} -> ${d.to}`))}`);
  if (c.newReviews.length) lines.push(`  + ${c.newReviews.length} new review${s(c.newReviews.length)}`);
  if (c.removedReviews.length) lines.push(`  - ${c.removedReviews.length} review${s(c.removedReviews.length)} no longer in the export`);
  if (c.scoreChanges.length) {
    lines.push(`  ~ ${c.scoreChanges.length} changed score${s(c.scoreChanges.length)}: ${list(c.scoreChanges.map((x) => `#${x.submission_id} ${x.review_id} ${x.field} ${x.from ?? "-"} -> ${x.to ?? "-"}`))}`);
  }
  if (!lines.length) lines.push("  (other details changed: titles, abstracts, authors or review text)");
  return [`Updated edition ${edition}: ${c.counts.submissions} submissions, ${c.counts.reviews} reviews.`, ...lines];
}

const s = (n: number) => (n === 1 ? "" : "s");
