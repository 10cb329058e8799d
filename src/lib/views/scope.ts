/**
 * The audience a view is built for and the small helpers that keep every shown number behind
 * the statistics library's privacy rules (`protect`), never a rule of our own.
 */
import { isSuppressed, measureTable, protect, type Audience, type Proportion, type Suppressed, type Unit } from "../stats/index.ts";

export interface Scope {
  audience: Audience;
  /** Smallest cell shown to committee and public (the configuration's `privacy.k`). */
  k: number;
  /** Confidence level of every interval, 0.95 by default. */
  confidence: number;
  /** Bootstrap resamples for agreement intervals. */
  resamples: number;
  seed: number;
}

export type Shown<T> = T | Suppressed;

/** A share with its interval, flattened for JSON and sentences. */
export interface Rate {
  successes: number;
  n: number;
  rate: number | null;
  low: number | null;
  high: number | null;
  confidence: number;
}

export function rateOf(p: Proportion, confidence: number): Rate {
  return { successes: p.successes, n: p.n, rate: p.rate, low: p.interval?.low ?? null, high: p.interval?.high ?? null, confidence: p.interval?.confidence ?? confidence };
}

/**
 * Values standing on `n` papers, people or reviews, as the audience may see them: a one-row
 * measure table passed through the library's `protect` (withheld when 0 < n < k).
 */
export function gate<V extends Record<string, number | null>>(scope: Scope, title: string, unit: Unit, n: number, values: V): { [K in keyof V]: V[K] | Suppressed } {
  const table = measureTable({ title, unit, measures: Object.keys(values), rows: [{ label: title, n, values }], total: null });
  return protect(table, scope.audience, { k: scope.k }).rows[0].values as { [K in keyof V]: V[K] | Suppressed };
}

/** A count standing on itself (n = the count). */
export function gateCount(scope: Scope, title: string, unit: Unit, n: number): Shown<number> {
  return gate(scope, title, unit, n, { n }).n as Shown<number>;
}

/** A rate, withheld when its denominator is a small cell. */
export function gateRate(scope: Scope, title: string, unit: Unit, p: Proportion): Shown<Rate> {
  const shown = gate(scope, title, unit, p.n, { rate: p.rate });
  return isSuppressed(shown.rate) ? shown.rate : rateOf(p, scope.confidence);
}

/** Dates travel as ISO strings so that facts are plain JSON. */
export function iso(d: Date | null | undefined): string | null {
  return d ? d.toISOString() : null;
}
