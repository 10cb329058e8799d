import { normalQuantile } from "./normal.ts";

export interface Interval {
  low: number;
  high: number;
  confidence: number;
}

/** A share with its uncertainty; `rate` and `interval` are null when there is nothing to share. */
export interface Proportion {
  successes: number;
  n: number;
  rate: number | null;
  interval: Interval | null;
}

export interface WilsonOptions {
  /** Two-sided confidence level, 0.95 by default. */
  confidence?: number;
}

/**
 * The share `successes / n` with its Wilson score interval. Unlike the textbook p ± z·se it
 * never leaves [0, 1] and keeps its coverage on the tens of papers a workshop has. Counts may
 * be fractional (papers counted 1/n per area). With n = 0 rate and interval are null, not NaN.
 */
export function wilson(successes: number, n: number, { confidence = 0.95 }: WilsonOptions = {}): Proportion {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be strictly between 0 and 1 (e.g. 0.95), got ${confidence}`);
  }
  if (!(n >= 0 && Number.isFinite(n))) throw new RangeError(`n must be a finite count >= 0, got ${n}`);
  const slack = 1e-9 * Math.max(1, n);
  if (!(successes >= -slack && successes <= n + slack)) {
    throw new RangeError(`successes must lie between 0 and n = ${n}, got ${successes}`);
  }
  if (n === 0) return { successes, n, rate: null, interval: null };
  const p = Math.min(1, Math.max(0, successes / n));
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  // The exact bound at p = 0 or 1 is 0 or 1; rounding must not push it past the rate.
  const low = p === 0 ? 0 : Math.max(0, centre - half);
  const high = p === 1 ? 1 : Math.min(1, centre + half);
  return { successes, n, rate: p, interval: { low, high, confidence } };
}
