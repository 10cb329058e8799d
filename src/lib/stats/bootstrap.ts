import { quantileSorted, sampleSd } from "./describe.ts";
import { alphaFromCoincidences, type AlphaLevel, type ReliabilityData } from "./krippendorff.ts";
import { createRandom } from "./random.ts";

export interface BootstrapOptions {
  /** 1000 by default. */
  resamples?: number;
  /** 0.95 by default. */
  confidence?: number;
  /** Same seed, same interval. 1 by default. */
  seed?: number;
}

export interface AlphaInterval {
  low: number;
  high: number;
  confidence: number;
  /** Bootstrap standard error. */
  se: number | null;
  resamples: number;
  /** Resamples where alpha was defined. */
  defined: number;
  seed: number;
}

/**
 * Units with the same multiset of values add the same coincidences, so a resample only needs
 * how often each kind of unit was drawn. What each kind adds is stored as flat entries
 * (kind, cell, weight): cells c * V + k (c < k) hold off-diagonal coincidences, cells V² + c
 * the counts of value c. One branch-free loop over the entries then builds a resample.
 */
interface Kinds {
  kindOfUnit: Int32Array;
  count: number;
  entryKind: Int32Array;
  entryCell: Int32Array;
  entryWeight: Float64Array;
}

function kinds(data: ReliabilityData): Kinds {
  const V = data.values.length;
  const ids = new Map<string, number>();
  const kindOfUnit = new Int32Array(data.units.length);
  const entries: Array<[kind: number, cell: number, weight: number]> = [];
  data.units.forEach((unit, u) => {
    const key = Array.from(unit).sort((a, b) => a - b).join(",");
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      const cells = new Map<number, number>();
      const w = 1 / (unit.length - 1);
      for (let i = 0; i < unit.length; i++) {
        cells.set(V * V + unit[i], (cells.get(V * V + unit[i]) ?? 0) + 1);
        for (let j = 0; j < unit.length; j++) if (unit[i] < unit[j]) cells.set(unit[i] * V + unit[j], (cells.get(unit[i] * V + unit[j]) ?? 0) + w);
      }
      for (const [cell, weight] of cells) entries.push([id, cell, weight]);
    }
    kindOfUnit[u] = id;
  });
  return {
    kindOfUnit,
    count: ids.size,
    entryKind: Int32Array.from(entries, (e) => e[0]),
    entryCell: Int32Array.from(entries, (e) => e[1]),
    entryWeight: Float64Array.from(entries, (e) => e[2]),
  };
}

/** The full coincidence matrix from its upper triangle and marginals. */
function coincidenceMatrix(upper: Float64Array, marginals: Float64Array, o: Float64Array, V: number): void {
  for (let c = 0; c < V; c++) {
    let offDiagonal = 0;
    for (let k = 0; k < V; k++) {
      if (k === c) continue;
      const value = c < k ? upper[c * V + k] : upper[k * V + c];
      o[c * V + k] = value;
      offDiagonal += value;
    }
    o[c * V + c] = marginals[c] - offDiagonal;
  }
}

/**
 * Percentile bootstrap interval for alpha by resampling units (papers) with replacement: the
 * paper with its reviewers is what varies from one review process to the next, so it is the
 * resampling unit. (Krippendorff's own bootstrap resamples pairs of values instead, which
 * treats reviews of the same paper as independent.) The ordinal metric is recomputed from
 * each resample's marginals. Deterministic for a given seed.
 */
export function bootstrapAlpha(data: ReliabilityData, level: AlphaLevel, options: BootstrapOptions = {}): AlphaInterval | null {
  const { resamples = 1000, confidence = 0.95, seed = 1 } = options;
  if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`resamples must be a whole number >= 1, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be strictly between 0 and 1, got ${confidence}`);
  const U = data.units.length;
  if (U === 0) return null;
  const V = data.values.length;
  const { kindOfUnit, count, entryKind, entryCell, entryWeight } = kinds(data);
  const random = createRandom(seed);
  const counts = new Int32Array(count);
  const sums = new Float64Array(V * V + V);
  const upper = sums.subarray(0, V * V);
  const marginals = sums.subarray(V * V);
  const o = new Float64Array(V * V);
  const alphas: number[] = [];
  for (let b = 0; b < resamples; b++) {
    counts.fill(0);
    random.tally(kindOfUnit, counts);
    sums.fill(0);
    for (let j = 0; j < entryCell.length; j++) sums[entryCell[j]] += counts[entryKind[j]] * entryWeight[j];
    coincidenceMatrix(upper, marginals, o, V);
    const alpha = alphaFromCoincidences(o, data.values, level).alpha;
    if (alpha !== null) alphas.push(alpha);
  }
  if (alphas.length === 0) return null;
  const sorted = Float64Array.from(alphas).sort();
  return {
    low: quantileSorted(sorted, (1 - confidence) / 2)!,
    high: quantileSorted(sorted, (1 + confidence) / 2)!,
    confidence,
    se: sampleSd(sorted),
    resamples,
    defined: alphas.length,
    seed,
  };
}
