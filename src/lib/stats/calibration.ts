import { reviewerTable, type ReviewerTable } from "./aggregate.ts";
import { PaperMap } from "./keys.ts";
import type { ScoreObservation } from "./scores.ts";

/**
 * The penalties are variance ratios (noise variance / effect variance), so they do not depend
 * on the score scale. The defaults assume review noise varies half as much as paper quality
 * and twice as much as reviewer leniency; a penalty of p also reads as "p pseudo-reviews at
 * the average".
 */
export interface CalibrationOptions {
  /** Ridge penalty on paper effects; 0.5 by default. */
  paperPenalty?: number;
  /** Ridge penalty on reviewer effects; 2 by default. */
  reviewerPenalty?: number;
  /** Relative residual at which conjugate gradient stops; 1e-10 by default. */
  tolerance?: number;
  maxIterations?: number;
}

export interface ReviewerLeniency {
  reviewer: string;
  reviews: number;
  /** Positive: scores higher than an average reviewer would on the same papers. */
  leniency: number;
}

export interface CalibratedPaper {
  edition: string;
  submission_id: string;
  reviews: number;
  rawMean: number;
  /** The paper's expected score from an average reviewer: mu + paper effect. */
  calibrated: number;
}

export interface Calibration {
  mu: number;
  reviewers: ReviewerLeniency[];
  papers: CalibratedPaper[];
  /** Root mean squared residual: the noise left after paper and reviewer effects. */
  rmse: number;
  iterations: number;
  converged: boolean;
}

/**
 * Fits score = mu + paper effect + reviewer effect + noise by ridge-regularised least squares
 * (penalties shrink effects with few reviews towards 0, and make the model identifiable), with
 * Jacobi-preconditioned conjugate gradient on the normal equations: each iteration is one
 * pass over the reviews, so 100,000 reviews take milliseconds. For the retrospective only:
 * never to change decisions after the fact.
 */
export function calibrate(observations: ScoreObservation[], options: CalibrationOptions = {}): Calibration {
  const { paperPenalty = 0.5, reviewerPenalty = 2, tolerance = 1e-10, maxIterations = 1000 } = options;
  if (!(paperPenalty > 0 && reviewerPenalty > 0)) throw new RangeError("paperPenalty and reviewerPenalty must be > 0 (the model is not identifiable without them)");
  const papers = new PaperMap<number>();
  const paperInfo: Array<{ edition: string; submission_id: string }> = [];
  const reviewers = new Map<string, number>();
  const N = observations.length;
  const P = new Int32Array(N);
  const R = new Int32Array(N);
  const y = new Float64Array(N);
  observations.forEach((o, i) => {
    let p = papers.get(o.edition, o.submission_id);
    if (p === undefined) {
      papers.set(o.edition, o.submission_id, (p = papers.size));
      paperInfo.push({ edition: o.edition, submission_id: o.submission_id });
    }
    let r = reviewers.get(o.reviewer);
    if (r === undefined) reviewers.set(o.reviewer, (r = reviewers.size));
    P[i] = p;
    R[i] = r;
    y[i] = o.value;
  });
  const np = papers.size;
  const dim = 1 + np + reviewers.size;
  // theta = [mu, paper effects..., reviewer effects...]
  const penalty = new Float64Array(dim).fill(paperPenalty, 1, 1 + np).fill(reviewerPenalty, 1 + np);
  const multiply = (x: Float64Array, out: Float64Array) => {
    for (let j = 0; j < dim; j++) out[j] = penalty[j] * x[j];
    for (let i = 0; i < N; i++) {
      const a = 1 + P[i];
      const b = 1 + np + R[i];
      const f = x[0] + x[a] + x[b];
      out[0] += f;
      out[a] += f;
      out[b] += f;
    }
  };
  const rhs = new Float64Array(dim);
  const diagonal = Float64Array.from(penalty);
  for (let i = 0; i < N; i++) {
    const a = 1 + P[i];
    const b = 1 + np + R[i];
    rhs[0] += y[i];
    rhs[a] += y[i];
    rhs[b] += y[i];
    diagonal[a] += 1;
    diagonal[b] += 1;
  }
  diagonal[0] = N || 1;
  const { x, iterations, converged } = conjugateGradient(multiply, rhs, diagonal, tolerance, maxIterations);
  const count = (ids: Int32Array, size: number) => {
    const c = new Int32Array(size);
    for (const id of ids) c[id]++;
    return c;
  };
  const paperReviews = count(P, np);
  const reviewerReviews = count(R, reviewers.size);
  const sums = new Float64Array(np);
  let squared = 0;
  for (let i = 0; i < N; i++) {
    sums[P[i]] += y[i];
    squared += (y[i] - x[0] - x[1 + P[i]] - x[1 + np + R[i]]) ** 2;
  }
  return {
    mu: x[0],
    reviewers: [...reviewers].map(([reviewer, r]) => ({ reviewer, reviews: reviewerReviews[r], leniency: x[1 + np + r] })).sort((a, b) => b.leniency - a.leniency),
    papers: paperInfo
      .map((p, i) => ({ ...p, reviews: paperReviews[i], rawMean: sums[i] / paperReviews[i], calibrated: x[0] + x[1 + i] }))
      .sort((a, b) => b.calibrated - a.calibrated),
    rmse: N ? Math.sqrt(squared / N) : 0,
    iterations,
    converged,
  };
}

function conjugateGradient(multiply: (x: Float64Array, out: Float64Array) => void, b: Float64Array, diagonal: Float64Array, tolerance: number, maxIterations: number) {
  const n = b.length;
  const x = new Float64Array(n);
  const r = Float64Array.from(b);
  const z = new Float64Array(n);
  for (let j = 0; j < n; j++) z[j] = r[j] / diagonal[j];
  const p = Float64Array.from(z);
  const q = new Float64Array(n);
  const dot = (u: Float64Array, v: Float64Array) => {
    let s = 0;
    for (let j = 0; j < n; j++) s += u[j] * v[j];
    return s;
  };
  const bNorm = Math.sqrt(dot(b, b)) || 1;
  let rz = dot(r, z);
  for (let it = 0; it < maxIterations; it++) {
    if (Math.sqrt(dot(r, r)) <= tolerance * bNorm) return { x, iterations: it, converged: true };
    multiply(p, q);
    const step = rz / dot(p, q);
    for (let j = 0; j < n; j++) {
      x[j] += step * p[j];
      r[j] -= step * q[j];
      z[j] = r[j] / diagonal[j];
    }
    const next = dot(r, z);
    for (let j = 0; j < n; j++) p[j] = z[j] + (next / rz) * p[j];
    rz = next;
  }
  return { x, iterations: maxIterations, converged: Math.sqrt(dot(r, r)) <= tolerance * bNorm };
}

/** Leniency per reviewer: chair-only. */
export function leniencyTable(c: Calibration, title = "Reviewer leniency"): ReviewerTable<ReviewerLeniency> {
  return reviewerTable(title, c.reviewers);
}
