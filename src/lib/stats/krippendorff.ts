/**
 * Krippendorff's alpha for any number of coders, missing ratings and the four classic levels
 * of measurement, via the coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
 * alpha-reliability"). Units with fewer than two ratings carry no pairable values and are
 * ignored, as the definition says.
 */
export const ALPHA_LEVELS = ["nominal", "ordinal", "interval", "ratio"] as const;
export type AlphaLevel = (typeof ALPHA_LEVELS)[number];

export interface RatingLike {
  unit: string | number;
  value: number | null | undefined;
}

/** Pairable values: the distinct values (ascending) and, per unit with 2+ ratings, their indices. */
export interface ReliabilityData {
  values: number[];
  units: Int32Array[];
}

/** Groups ratings by unit; null/undefined values are missing ratings. */
export function reliabilityData(ratings: Iterable<RatingLike>): ReliabilityData {
  const byUnit = new Map<string | number, number[]>();
  for (const { unit, value } of ratings) {
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value)) throw new RangeError(`rating of unit "${unit}" is not a finite number: ${value}`);
    const list = byUnit.get(unit);
    if (list) list.push(value);
    else byUnit.set(unit, [value]);
  }
  const pairable: number[][] = [];
  const distinct = new Set<number>();
  for (const list of byUnit.values()) {
    if (list.length < 2) continue;
    pairable.push(list);
    for (const v of list) distinct.add(v);
  }
  const values = [...distinct].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  return {
    values,
    units: pairable.map((list) => {
      const unit = new Int32Array(list.length);
      for (let i = 0; i < list.length; i++) unit[i] = index.get(list[i])!;
      return unit;
    }),
  };
}

/** Reliability data from a coders x units matrix (Wikipedia's layout); null = missing. */
export function reliabilityFromMatrix(matrix: Array<Array<number | null | undefined>>): ReliabilityData {
  return reliabilityData(matrix.flatMap((row) => row.map((value, unit) => ({ unit, value }))));
}

/** The coincidence matrix o[c][k] (flattened, values x values): each unit adds 1/(m-1) per ordered pair. */
export function coincidences(data: ReliabilityData): Float64Array {
  const V = data.values.length;
  const o = new Float64Array(V * V);
  for (const unit of data.units) addUnit(o, V, unit, 1);
  return o;
}

/** Adds `weight` copies of one unit's pairs to a coincidence matrix. */
function addUnit(o: Float64Array, V: number, unit: Int32Array, weight: number): void {
  const w = weight / (unit.length - 1);
  for (let i = 0; i < unit.length; i++) {
    for (let j = 0; j < unit.length; j++) if (i !== j) o[unit[i] * V + unit[j]] += w;
  }
}

/** Squared difference δ²(c, k) between value indices, for the given level. */
export function deltaSquared(values: number[], marginals: Float64Array, level: AlphaLevel): Float64Array {
  const V = values.length;
  const d = new Float64Array(V * V);
  const cumulative = new Float64Array(V + 1);
  for (let i = 0; i < V; i++) cumulative[i + 1] = cumulative[i] + marginals[i];
  if (level === "ratio" && values.some((v) => v < 0)) throw new RangeError("ratio alpha needs values >= 0; use interval for scales with negative values");
  for (let c = 0; c < V; c++) {
    for (let k = 0; k < V; k++) {
      if (c === k) continue;
      const a = values[c];
      const b = values[k];
      let delta: number;
      if (level === "nominal") delta = 1;
      else if (level === "interval") delta = (a - b) ** 2;
      else if (level === "ratio") delta = ((a - b) / (a + b)) ** 2;
      else {
        const [lo, hi] = c < k ? [c, k] : [k, c];
        delta = (cumulative[hi + 1] - cumulative[lo] - (marginals[c] + marginals[k]) / 2) ** 2;
      }
      d[c * V + k] = delta;
    }
  }
  return d;
}

export interface Alpha {
  level: AlphaLevel;
  /** Null without pairable values; 1 when no pair of ratings disagrees (even with no variation). */
  alpha: number | null;
  /** Pairable values n (ratings in units with 2+ ratings). */
  pairable: number;
  /** Observed and expected disagreement D_o and D_e. */
  observed: number | null;
  expected: number | null;
}

/** Alpha = 1 - D_o / D_e from a coincidence matrix. */
export function alphaFromCoincidences(o: Float64Array, values: number[], level: AlphaLevel): Alpha {
  const V = values.length;
  const marginals = new Float64Array(V);
  for (let c = 0; c < V; c++) for (let k = 0; k < V; k++) marginals[c] += o[c * V + k];
  const n = marginals.reduce((a, b) => a + b, 0);
  if (n < 2) return { level, alpha: null, pairable: n, observed: null, expected: null };
  const d = deltaSquared(values, marginals, level);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < V; c++) {
    for (let k = 0; k < V; k++) {
      observed += o[c * V + k] * d[c * V + k];
      expected += marginals[c] * marginals[k] * d[c * V + k];
    }
  }
  observed /= n;
  expected /= n * (n - 1);
  // With no variation at all D_o = D_e = 0: Krippendorff calls alpha undefined; coders never disagreed, so 1.
  const alpha = observed === 0 ? 1 : 1 - observed / expected;
  return { level, alpha, pairable: Math.round(n), observed, expected };
}

/** Krippendorff's alpha of reliability data at one level of measurement ("interval" by default). */
export function krippendorffAlpha(data: ReliabilityData, { level = "interval" }: { level?: AlphaLevel } = {}): Alpha {
  return alphaFromCoincidences(coincidences(data), data.values, level);
}
