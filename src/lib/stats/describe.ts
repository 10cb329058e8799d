/** Arithmetic mean, or null for no values. */
export function mean(xs: ArrayLike<number>): number | null {
  if (xs.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i];
  return sum / xs.length;
}

/** Sample standard deviation (n - 1 denominator), or null with fewer than two values. */
export function sampleSd(xs: ArrayLike<number>): number | null {
  if (xs.length < 2) return null;
  const m = mean(xs) as number;
  let ss = 0;
  for (let i = 0; i < xs.length; i++) ss += (xs[i] - m) ** 2;
  return Math.sqrt(ss / (xs.length - 1));
}

/** The p-quantile of ascending values by linear interpolation (R type 7, numpy's default). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export interface Summary {
  n: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
}

/** Count, mean, standard deviation and five-number summary of some values. */
export function summarize(values: number[]): Summary {
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => quantileSorted(sorted, p);
  return {
    n: sorted.length,
    mean: mean(sorted),
    sd: sampleSd(sorted),
    min: sorted.length ? sorted[0] : null,
    q1: at(0.25),
    median: at(0.5),
    q3: at(0.75),
    max: sorted.length ? sorted[sorted.length - 1] : null,
  };
}

/** Pearson correlation, or null when either side has no variation or fewer than 2 pairs. */
export function pearson(xs: ArrayLike<number>, ys: ArrayLike<number>): number | null {
  if (xs.length !== ys.length) throw new RangeError(`pearson needs equal lengths, got ${xs.length} and ${ys.length}`);
  if (xs.length < 2) return null;
  const mx = mean(xs) as number;
  const my = mean(ys) as number;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** Ranks starting at 1, ties sharing their average rank. */
export function averageRanks(xs: ArrayLike<number>): Float64Array {
  const counts = new Map<number, number>();
  for (let i = 0; i < xs.length; i++) counts.set(xs[i], (counts.get(xs[i]) ?? 0) + 1);
  // Scores take few distinct values: rank the distinct values, not the observations.
  const distinct = Float64Array.from(counts.keys()).sort();
  const rankOf = new Map<number, number>();
  let below = 0;
  for (const v of distinct) {
    const n = counts.get(v)!;
    rankOf.set(v, below + (n + 1) / 2);
    below += n;
  }
  return Float64Array.from({ length: xs.length }, (_, i) => rankOf.get(xs[i])!);
}

/** Spearman rank correlation (Pearson on average ranks). */
export function spearman(xs: ArrayLike<number>, ys: ArrayLike<number>): number | null {
  return pearson(averageRanks(xs), averageRanks(ys));
}

/** Plain code-unit order for sorting labels and ids: stable across machines and much faster than `localeCompare`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
