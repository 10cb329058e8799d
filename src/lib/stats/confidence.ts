import { mean, sampleSd, spearman } from "./describe.ts";
import { PaperMap } from "./keys.ts";
import type { ScoreObservation } from "./scores.ts";

export interface ConfidenceLevel {
  confidence: number;
  reviews: number;
  meanScore: number;
  sdScore: number | null;
  /** Mean |score - mean of the paper's other reviews|: do confident reviewers agree more? */
  meanDeviation: number | null;
}

export interface ConfidenceVsScore {
  levels: ConfidenceLevel[];
  /** Spearman correlation of confidence with score. */
  scoreCorrelation: number | null;
  /** Spearman correlation of confidence with the deviation from the other reviewers. */
  deviationCorrelation: number | null;
}

/** Scores and disagreement by declared reviewer confidence. */
export function confidenceVsScore(observations: ScoreObservation[]): ConfidenceVsScore {
  const sums = new PaperMap<{ sum: number; n: number }>();
  for (const o of observations) {
    const s = sums.get(o.edition, o.submission_id);
    if (s) {
      s.sum += o.value;
      s.n++;
    } else sums.set(o.edition, o.submission_id, { sum: o.value, n: 1 });
  }
  const deviation = observations.map((o) => {
    const s = sums.get(o.edition, o.submission_id)!;
    return s.n > 1 ? Math.abs(o.value - (s.sum - o.value) / (s.n - 1)) : null;
  });
  const levels = new Map<number, number[]>();
  const confidence: number[] = [];
  const score: number[] = [];
  const devConfidence: number[] = [];
  const devs: number[] = [];
  observations.forEach((o, i) => {
    if (o.confidence === null) return;
    const level = levels.get(o.confidence);
    if (level) level.push(i);
    else levels.set(o.confidence, [i]);
    confidence.push(o.confidence);
    score.push(o.value);
    if (deviation[i] !== null) {
      devConfidence.push(o.confidence);
      devs.push(deviation[i]!);
    }
  });
  return {
    levels: [...levels]
      .sort((a, b) => a[0] - b[0])
      .map(([level, members]) => {
        const scores = members.map((i) => observations[i].value);
        const own = members.map((i) => deviation[i]).filter((d): d is number => d !== null);
        return { confidence: level, reviews: members.length, meanScore: mean(scores)!, sdScore: sampleSd(scores), meanDeviation: mean(own) };
      }),
    scoreCorrelation: spearman(confidence, score),
    deviationCorrelation: spearman(devConfidence, devs),
  };
}
