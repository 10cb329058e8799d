import type { Review, ReviewScore, Submission } from "../model/records.ts";
import { countTable, type CountTable } from "./aggregate.ts";
import { labelsOf, type Labels } from "./groups.ts";
import { PaperMap } from "./keys.ts";
import { compareText } from "./describe.ts";

/** One score given by one reviewer to one paper, for one score field. */
export interface ScoreObservation {
  edition: string;
  submission_id: string;
  review_id: string;
  reviewer: string;
  value: number;
  confidence: number | null;
}

type ReviewLike = Pick<Review, "edition" | "submission_id" | "review_id" | "reviewer" | "overall" | "confidence">;

/** The overall score of each review that has one. */
export function overallScores(reviews: ReviewLike[]): ScoreObservation[] {
  return reviews
    .filter((r) => r.overall !== null)
    .map((r) => ({ edition: r.edition, submission_id: r.submission_id, review_id: r.review_id, reviewer: r.reviewer, value: r.overall!, confidence: r.confidence }));
}

/** The scores of one named field (e.g. "originality"), joined to their reviews. */
export function fieldScores(reviews: ReviewLike[], scores: Array<Pick<ReviewScore, "edition" | "review_id" | "field" | "value">>, field: string): ScoreObservation[] {
  const byId = new PaperMap<ReviewLike>();
  for (const r of reviews) byId.set(r.edition, r.review_id, r);
  const out: ScoreObservation[] = [];
  for (const s of scores) {
    if (s.field !== field) continue;
    const r = byId.get(s.edition, s.review_id);
    if (r) out.push({ edition: r.edition, submission_id: r.submission_id, review_id: r.review_id, reviewer: r.reviewer, value: s.value, confidence: r.confidence });
  }
  return out;
}

/** Score fields present, most frequent first. */
export function scoreFields(scores: Array<Pick<ReviewScore, "field">>): string[] {
  const n = new Map<string, number>();
  for (const s of scores) n.set(s.field, (n.get(s.field) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([f]) => f);
}

/** A paper's scores: mean, and spread (max - min, standard deviation) as a disagreement index. */
export interface PaperScore {
  edition: string;
  submission_id: string;
  n: number;
  mean: number;
  /** Sample standard deviation; null with a single review. */
  sd: number | null;
  min: number;
  max: number;
  spread: number;
}

/** Per-paper score summary, ordered by mean (highest first). */
export function paperScores(observations: ScoreObservation[]): PaperScore[] {
  const byPaper = new PaperMap<{ edition: string; id: string; values: number[] }>();
  for (const o of observations) {
    const p = byPaper.get(o.edition, o.submission_id);
    if (p) p.values.push(o.value);
    else byPaper.set(o.edition, o.submission_id, { edition: o.edition, id: o.submission_id, values: [o.value] });
  }
  const out: PaperScore[] = [];
  for (const { edition, id, values } of byPaper.values()) {
    const n = values.length;
    const mean = values.reduce((a, b) => a + b, 0) / n;
    const sd = n > 1 ? Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1)) : null;
    const min = Math.min(...values);
    const max = Math.max(...values);
    out.push({ edition, submission_id: id, n, mean, sd, min, max, spread: max - min });
  }
  return out.sort((a, b) => b.mean - a.mean || compareText(a.edition, b.edition) || compareText(a.submission_id, b.submission_id));
}

export interface ScoreDistribution {
  group: string;
  /** Reviews in the group (fractional when papers have several labels). */
  n: number;
  /** Distinct reviews behind the group. */
  reviews: number;
  mean: number | null;
  sd: number | null;
  /** `count` is fractional like `n`; `reviews` counts the distinct reviews behind it. */
  histogram: Array<{ value: number; count: number; reviews: number }>;
}

/**
 * Distribution of scores per group. `groupsOf` gives the groups of an observation; with n
 * groups it adds 1/n to each. Without it everything is one group, "all".
 */
export function scoreDistribution(observations: ScoreObservation[], groupsOf: (o: ScoreObservation) => string[] = () => ["all"]): ScoreDistribution[] {
  const groups = new Map<string, { reviews: number; bins: Map<number, { count: number; reviews: number }> }>();
  for (const o of observations) {
    const own = groupsOf(o);
    for (const g of own) {
      const entry = groups.get(g) ?? { reviews: 0, bins: new Map() };
      entry.reviews++;
      const bin = entry.bins.get(o.value) ?? { count: 0, reviews: 0 };
      bin.count += 1 / own.length;
      bin.reviews++;
      entry.bins.set(o.value, bin);
      groups.set(g, entry);
    }
  }
  return [...groups]
    .map(([group, { reviews, bins }]) => {
      const histogram = [...bins].sort((a, b) => a[0] - b[0]).map(([value, bin]) => ({ value, ...bin }));
      const n = histogram.reduce((a, h) => a + h.count, 0);
      const mean = n > 0 ? histogram.reduce((a, h) => a + h.value * h.count, 0) / n : null;
      const ss = mean === null ? 0 : histogram.reduce((a, h) => a + h.count * (h.value - mean) ** 2, 0);
      return { group, n, reviews, mean, sd: n > 1 ? Math.sqrt(ss / (n - 1)) : null, histogram };
    })
    .sort((a, b) => b.n - a.n || compareText(a.group, b.group));
}

/**
 * Distribution of every score field, one group per field: "overall" from the reviews
 * themselves (a score field of that name is not counted twice), then the named fields.
 */
export function scoresByField(reviews: ReviewLike[], scores: Array<Pick<ReviewScore, "edition" | "review_id" | "field" | "value">>): ScoreDistribution[] {
  const fieldOf = new Map<ScoreObservation, string>();
  for (const o of overallScores(reviews)) fieldOf.set(o, "overall");
  for (const field of scoreFields(scores)) {
    if (field !== "overall") for (const o of fieldScores(reviews, scores, field)) fieldOf.set(o, field);
  }
  return scoreDistribution([...fieldOf.keys()], (o) => [fieldOf.get(o)!]);
}

/** Score distribution per decision status (accepted, rejected, ...). */
export function scoresByDecision(observations: ScoreObservation[], submissions: Array<Pick<Submission, "edition" | "id" | "status">>): ScoreDistribution[] {
  const status = new PaperMap<string>();
  for (const s of submissions) status.set(s.edition, s.id, s.status);
  return scoreDistribution(observations, (o) => [status.get(o.edition, o.submission_id) ?? "unknown"]);
}

/** Score distribution per label (area...), a review of an n-area paper counting 1/n in each. */
export function scoresByLabel(observations: ScoreObservation[], labels: Labels, unlabelled = "(none)"): ScoreDistribution[] {
  return scoreDistribution(observations, (o) => labelsOf(labels, o.edition, o.submission_id, unlabelled));
}

/** Groups x score values, counting reviews (k applies to whole reviews): ready for `protect`. */
export function scoreDistributionTable(distributions: ScoreDistribution[], title: string): CountTable {
  const values = [...new Set(distributions.flatMap((d) => d.histogram.map((h) => h.value)))].sort((a, b) => a - b);
  const cell = (d: ScoreDistribution, v: number) => d.histogram.find((h) => h.value === v);
  const counts = distributions.map((d) => values.map((v) => cell(d, v)?.count ?? 0));
  const reviews = distributions.map((d) => values.map((v) => cell(d, v)?.reviews ?? 0));
  // Every review adds up to exactly 1 over its groups, so the margins are whole reviews.
  const columnTotals = values.map((_, c) => Math.round(counts.reduce((a, row) => a + row[c], 0)));
  return countTable({
    title,
    unit: "reviews",
    rows: distributions.map((d) => d.group),
    columns: values.map(String),
    values: counts,
    contributors: { cells: reviews, rowTotals: distributions.map((d) => d.reviews), columnTotals, total: columnTotals.reduce((a, b) => a + b, 0) },
  });
}
