/** Scores and decisions: distributions, agreement, the borderline band, decisions against scores. */
import {
  acceptanceByScore,
  acceptanceByScoreTable,
  agreement,
  agreementByLabel,
  agreementTable,
  areaLabels,
  borderlineBand,
  confidenceVsScore,
  countTable,
  decidedAgainstScores,
  paperList,
  protect,
  scoreDistributionTable,
  scoresByDecision,
  scoresByField,
  type CountTable,
  type DecidedPaper,
  type MeasureTable,
  type PaperList,
  type ScoreObservation,
  type Withheld,
} from "../stats/index.ts";
import type { EditionRecords } from "./archive.ts";
import { derived } from "./derived.ts";
import { gate, type Scope, type Shown } from "./scope.ts";

export interface AgainstPaper {
  edition: string;
  submission_id: string | null;
  status: DecidedPaper["status"];
  title?: string | null;
  mean: number;
  rank: number;
  margin: number;
}

export interface ScoreFacts {
  /** Reviews with an overall score. */
  scored: number;
  /** Lowest and highest overall score given (the scale as used). */
  range: { min: number; max: number } | null;
  agreement: {
    alpha: Shown<number | null>;
    low: Shown<number | null>;
    high: Shown<number | null>;
    /** Papers with at least two scores. */
    units: number;
    resamples: number;
    /** Alpha per area with its interval, protected (the "all" row is the overall alpha). */
    byArea: MeasureTable;
  };
  /** Overall score x decision (reviews), protected. */
  byDecision: CountTable;
  /** Every score field's distribution (reviews), protected. */
  byField: CountTable;
  /** Mean overall score per decision, gated on the reviews behind it. */
  meanByDecision: Array<{ status: string; reviews: number; mean: Shown<number | null> }>;
  /** Mean-score bins x accepted / rejected (papers), protected. */
  acceptanceByScore: CountTable;
  binWidth: number;
  band: { low: number; high: number; separated: boolean; accepted: Shown<number>; rejected: Shown<number> } | null;
  against: {
    threshold: number;
    /** Accepted below the threshold / rejected above it, protected. */
    counts: CountTable;
    /** Chair: the papers; committee: without identities of rejected ones; public: withheld (per-paper scores are confidential). */
    papers: PaperList<AgainstPaper> | Withheld;
  } | null;
  confidence: { scoreCorrelation: Shown<number | null>; reviews: number } | null;
}

/** 0.5-point bins on short scales (1-5), whole points on longer ones. */
function binWidthFor(observations: ScoreObservation[]): number {
  let min = Infinity;
  let max = -Infinity;
  for (const o of observations) {
    if (o.value < min) min = o.value;
    if (o.value > max) max = o.value;
  }
  return max - min <= 5 ? 0.5 : 1;
}

export function scoreFacts(e: EditionRecords, scope: Scope): ScoreFacts {
  const k = { k: scope.k };
  const { observations, decided } = derived(e);
  const areas = areaLabels(e.classifications);
  const options = { resamples: scope.resamples, confidence: scope.confidence, seed: scope.seed };
  const overall = agreement(observations, options);
  const shownAlpha = gate(scope, "agreement", "papers", overall.units, { alpha: overall.alpha.alpha, low: overall.interval?.low ?? null, high: overall.interval?.high ?? null });
  const binWidth = binWidthFor(observations);
  const band = borderlineBand(decided);
  const against = decidedAgainstScores(decided);
  const byDecision = scoresByDecision(observations, e.submissions);
  const conf = observations.some((o) => o.confidence !== null) ? confidenceVsScore(observations) : null;
  const values = observations.map((o) => o.value);
  return {
    scored: observations.length,
    range: values.length ? { min: Math.min(...values), max: Math.max(...values) } : null,
    agreement: {
      ...shownAlpha,
      units: overall.units,
      resamples: scope.resamples,
      // Per-area intervals with at most 300 resamples, as on the dashboard: one per area adds up.
      byArea: protect(agreementTable(overall, agreementByLabel(observations, areas, { ...options, resamples: Math.min(300, scope.resamples) }), "Reviewer agreement by area"), scope.audience, k),
    },
    byDecision: protect(scoreDistributionTable(byDecision, "Overall scores by decision"), scope.audience, k),
    byField: protect(scoreDistributionTable(scoresByField(e.reviews, e.scores), "Scores by field"), scope.audience, k),
    meanByDecision: byDecision.map((d) => ({ status: d.group, reviews: d.reviews, mean: gate(scope, `mean score (${d.group})`, "reviews", d.reviews, { mean: d.mean }).mean })),
    acceptanceByScore: protect(acceptanceByScoreTable(acceptanceByScore(decided, { binWidth, confidence: scope.confidence })), scope.audience, k),
    binWidth,
    band: band && {
      low: band.low,
      high: band.high,
      separated: band.separated,
      ...bandCounts(band.accepted, band.rejected, scope),
    },
    against: against && {
      threshold: against.threshold,
      counts: protect(
        countTable({
          title: "Decided against their scores",
          unit: "papers",
          rows: ["accepted below the threshold", "rejected above the threshold"],
          columns: ["papers"],
          values: [[against.papers.filter((p) => p.status === "accepted").length], [against.papers.filter((p) => p.status === "rejected").length]],
        }),
        scope.audience,
        k,
      ),
      papers: scope.audience === "public"
        ? { kind: "withheld", audience: "public", title: "Papers decided against their scores", reason: "per-paper scores are confidential" }
        : protect(
        paperList(
          "Papers decided against their scores",
          against.papers.map((p) => ({ edition: p.edition, submission_id: p.submission_id, status: p.status, title: p.title, mean: p.mean, rank: p.rank, margin: p.margin })),
        ),
        scope.audience,
      ) as PaperList<AgainstPaper>,
    },
    confidence: conf && { reviews: observations.filter((o) => o.confidence !== null).length, scoreCorrelation: gate(scope, "confidence vs score", "reviews", observations.length, { r: conf.scoreCorrelation }).r },
  };
}

function bandCounts(accepted: number, rejected: number, scope: Scope): { accepted: Shown<number>; rejected: Shown<number> } {
  const t = protect(countTable({ title: "Borderline band", unit: "papers", rows: ["accepted", "rejected"], columns: ["papers"], values: [[accepted], [rejected]] }), scope.audience, { k: scope.k });
  return { accepted: t.cells[0][0], rejected: t.cells[1][0] };
}
