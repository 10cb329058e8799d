/**
 * Linear models over sparse vectors, trained by stochastic gradient descent with AdaGrad steps
 * and L2 regularisation, in a fixed pseudo-random order: the same data always gives the same
 * weights. A softmax head picks one label (area, kind); a sigmoid head scores each label of a
 * multi-label field (challenges, methods) on its own (one-vs-rest).
 */
import type { SparseVector } from "./features.ts";

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export interface LinearModel {
  /** Number of labels. */
  readonly k: number;
  /** Feature-major weights: weight of feature j for label c at `w[j * k + c]`. */
  readonly w: Float64Array | Float32Array;
  readonly b: Float64Array;
}

/** Raw scores (logits) of one vector into `out`. */
export function logits(model: LinearModel, x: SparseVector, out: Float64Array): Float64Array {
  const { k, w, b } = model;
  out.set(b);
  for (let n = 0; n < x.idx.length; n++) addScaledRow(out, w, x.idx[n] * k, k, x.val[n]);
  return out;
}

export function softmaxInPlace(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c] - max);
  for (let c = 0; c < z.length; c++) z[c] /= sum;
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Label of an example that belongs to no class in particular: its target is the uniform distribution. */
export const NEUTRAL = -2;

/**
 * Multinomial logistic regression. `labels[i]` is the class of example i, -1 when the
 * example says nothing about this field, or `NEUTRAL` when it is evidence for no class (its
 * words should not favour any: "lessons learned", "in production"), weighted by `neutral`.
 * With `balance`, every class carries the same total weight, so a class with fewer seed
 * examples is not penalised for it.
 */
export function trainSoftmax(
  xs: readonly SparseVector[],
  labels: Int32Array,
  weights: Float64Array,
  k: number,
  features: number,
  options: TrainOptions & { balance: boolean; neutral?: number },
): LinearModel {
  const used = indicesWhere(labels.length, (i) => labels[i] >= 0 || (labels[i] === NEUTRAL && (options.neutral ?? 0) > 0));
  const sampleWeight = new Float64Array(labels.length);
  const classTotal = new Float64Array(k);
  for (const i of used) if (labels[i] >= 0) classTotal[labels[i]] += weights[i];
  const total = classTotal.reduce((a, v) => a + v, 0);
  const present = classTotal.filter((v) => v > 0).length;
  for (const i of used) {
    if (labels[i] === NEUTRAL) sampleWeight[i] = weights[i] * (options.neutral ?? 0);
    else sampleWeight[i] = options.balance ? (weights[i] * total) / (present * classTotal[labels[i]]) : weights[i];
  }

  const model = { k, w: new Float64Array(features * k), b: new Float64Array(k) };
  const g2w = new Float64Array(features * k).fill(1e-8);
  const g2b = new Float64Array(k).fill(1e-8);
  const z = new Float64Array(k);
  const rng = mulberry32(options.seed);
  const { learningRate: lr, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(used, rng);
    for (const i of used) {
      const x = xs[i];
      softmaxInPlace(logits(model, x, z));
      const sw = sampleWeight[i];
      const label = labels[i];
      for (let c = 0; c < k; c++) {
        const d = z[c] - (label === NEUTRAL ? 1 / k : c === label ? 1 : 0);
        z[c] = d < SKIP && d > -SKIP ? 0 : sw * d;
      }
      update(model, g2w, g2b, x, z, lr, l2);
    }
  }
  return model;
}

/**
 * One-vs-rest logistic regression for a multi-label field. `targets[i * k + c]` is 1 (has the
 * label), 0 (has not) or -1 (unknown). Positives are up-weighted by the square root of the
 * class imbalance, because a challenge is named in few papers.
 */
export function trainSigmoid(
  xs: readonly SparseVector[],
  targets: Int8Array,
  weights: Float64Array,
  k: number,
  features: number,
  options: TrainOptions,
): LinearModel {
  const n = xs.length;
  const pos = new Float64Array(k);
  const neg = new Float64Array(k);
  for (let i = 0; i < n; i++) for (let c = 0; c < k; c++) {
    const t = targets[i * k + c];
    if (t === 1) pos[c] += weights[i];
    else if (t === 0) neg[c] += weights[i];
  }
  const posWeight = Float64Array.from(pos, (p, c) => (p > 0 ? Math.min(8, Math.sqrt(Math.max(1, neg[c] / p))) : 1));
  const used = indicesWhere(n, (i) => {
    for (let c = 0; c < k; c++) if (targets[i * k + c] >= 0) return true;
    return false;
  });
  const model = { k, w: new Float64Array(features * k), b: new Float64Array(k) };
  const g2w = new Float64Array(features * k).fill(1e-8);
  const g2b = new Float64Array(k).fill(1e-8);
  const z = new Float64Array(k);
  const rng = mulberry32(options.seed ^ 0x5bd1e995);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(used, rng);
    for (const i of used) {
      const x = xs[i];
      logits(model, x, z);
      for (let c = 0; c < k; c++) {
        const t = targets[i * k + c];
        const d = t < 0 ? 0 : sigmoid(z[c]) - t;
        z[c] = d < SKIP && d > -SKIP ? 0 : weights[i] * (t === 1 ? posWeight[c] : 1) * d;
      }
      update(model, g2w, g2b, x, z, options.learningRate, options.l2);
    }
  }
  return model;
}

/**
 * One AdaGrad step for the gradient `g` (per label) of one example `x`. Labels whose gradient is
 * negligible (the example is already well classified for them) are skipped: most of them, after
 * a few epochs, which is what makes training fast.
 */
function update(model: LinearModel, g2w: Float64Array, g2b: Float64Array, x: SparseVector, g: Float64Array, lr: number, l2: number): void {
  const { k, w, b } = model;
  const { idx, val } = x;
  const active = activeLabels.length >= k ? activeLabels : (activeLabels = new Int32Array(k));
  let nActive = 0;
  for (let c = 0; c < k; c++) {
    const gc = g[c];
    if (gc === 0) continue;
    active[nActive++] = c;
    g2b[c] += gc * gc;
    b[c] -= (lr * gc) / Math.sqrt(g2b[c]);
  }
  // Feature-major, so that each feature's row of weights is visited once (each weight still gets one step).
  for (let n = 0; n < idx.length && nActive > 0; n++) {
    const base = idx[n] * k;
    const v = val[n];
    for (let a = 0; a < nActive; a++) {
      const c = active[a];
      const j = base + c;
      const grad = g[c] * v + l2 * w[j];
      g2w[j] += grad * grad;
      w[j] -= (lr * grad) / Math.sqrt(g2w[j]);
    }
  }
}

/** Scratch list of the labels with a gradient in `update`. */
let activeLabels = new Int32Array(16);

/** A label whose predicted probability is this close to its target gets no update. */
const SKIP = 5e-3;

function indicesWhere(n: number, keep: (i: number) => boolean): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep(i)) out.push(i);
  return Int32Array.from(out);
}

/** A small, well-known 32-bit PRNG: deterministic across platforms. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(a: Int32Array, rng: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}

/**
 * out[c] += v * w[base + c] for c < k: one feature's weights into the class scores. Unrolled by
 * four: this loop is most of the training and inference time.
 */
export function addScaledRow(out: Float64Array, w: Float64Array | Float32Array, base: number, k: number, v: number): void {
  const k4 = k & ~3;
  let c = 0;
  for (; c < k4; c += 4) {
    out[c] += v * w[base + c];
    out[c + 1] += v * w[base + c + 1];
    out[c + 2] += v * w[base + c + 2];
    out[c + 3] += v * w[base + c + 3];
  }
  for (; c < k; c++) out[c] += v * w[base + c];
}
