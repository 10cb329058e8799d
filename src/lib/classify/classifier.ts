/**
 * The classifier: four linear heads over one vocabulary (area and kind: softmax; challenges and
 * methods: one-vs-rest sigmoids), trained deterministically on the seed corpus and chair labels.
 */
import { createHash } from "node:crypto";
import type { Kind } from "../config/taxonomy.ts";
import type { ClassifierConfig } from "./config.ts";
import { lexicon, seedCorpus, labelSpace, type LabelledPaper, type LabelSpace, type Taxonomy } from "./corpus.ts";
import { explain, type Evidence } from "./evidence.ts";
import { TermIds, Vocabulary, type FieldWeights, type PaperText, type SparseVector } from "./features.ts";
import { addScaledRow, NEUTRAL, softmaxInPlace, trainSigmoid, trainSoftmax, type LinearModel, type TrainOptions } from "./linear.ts";
import { loadSeed, type Seed } from "./seed.ts";
import { phraseKeys } from "./tokenize.ts";

export const MODEL_FAMILY = "lr1";

export interface Classification {
  area: string;
  area_confidence: number;
  second_area: string | null;
  kind: Kind;
  kind_confidence: number;
  challenges: string[];
  methods: string[];
  evidence: Evidence;
}

export interface Heads {
  area: LinearModel;
  kind: LinearModel;
  challenges: LinearModel;
  methods: LinearModel;
}

export interface TrainInput {
  config: ClassifierConfig;
  taxonomy: Taxonomy;
  /** Chair-labelled papers from the archive. */
  chair?: readonly LabelledPaper[];
  /** A seed already loaded (defaults to the one `config` names). */
  seed?: Seed;
}

export class Classifier {
  readonly version: string;
  readonly space: LabelSpace;
  readonly vocabulary: Vocabulary;
  readonly heads: Heads;
  readonly trainingSize: number;
  private readonly config: ClassifierConfig;
  readonly fieldWeights: FieldWeights;
  private readonly other: number;
  /** Features the kind head may use: phrasing, not topic (see `kindFeatures`). */
  readonly kindMask: Uint8Array;
  private readonly scorer: Scorer;

  constructor(init: { version: string; space: LabelSpace; vocabulary: Vocabulary; heads: Heads; kindMask: Uint8Array; phrases: number[][][]; config: ClassifierConfig; trainingSize: number }) {
    this.kindMask = init.kindMask;
    this.version = init.version;
    this.space = init.space;
    this.vocabulary = init.vocabulary;
    this.heads = init.heads;
    this.config = init.config;
    this.trainingSize = init.trainingSize;
    this.fieldWeights = init.config.field_weights;
    this.other = init.space.areas.length - 1;
    this.scorer = new Scorer(init.heads, init.kindMask, init.phrases, init.vocabulary.idf);
  }

  /** Labels one paper; `evidence: false` skips the explanation (several times faster). */
  classify(paper: PaperText, options: { evidence?: boolean } = {}): Classification {
    const { areas, kinds } = this.space;
    const s = this.scorer;
    const known = s.score(this.vocabulary, this.vocabulary.countTerms(paper, this.fieldWeights));
    const pArea = softmaxInPlace(s.area);
    const pKind = softmaxInPlace(s.kind);
    const [first, second] = topTwo(pArea);
    // A paper with no known term at all has no systems evidence: it is Other.
    const area = known === 0 ? this.other : first;
    const secondArea = area !== this.other && second !== this.other && pArea[second] >= this.config.second_area_min ? second : -1;
    const kind = topTwo(pKind)[0];
    const nC = this.space.challenges.length;
    const threshold = logit(this.config.multi_label_threshold);
    const challenges: number[] = [];
    const methods: number[] = [];
    for (let c = 0; c < s.multi.length; c++) {
      // A configured phrase of the label in the paper names it too, whatever the model's score.
      if (s.multi[c] >= threshold || s.named[c] === 1) (c < nC ? challenges : methods).push(c < nC ? c : c - nC);
    }
    const result: Classification = {
      area: areas[area],
      area_confidence: round(pArea[area]),
      second_area: secondArea >= 0 ? areas[secondArea] : null,
      kind: kinds[kind],
      kind_confidence: round(pKind[kind]),
      challenges: challenges.map((c) => this.space.challenges[c]),
      methods: methods.map((m) => this.space.methods[m]),
      evidence: { area: [], second_area: [], kind: [], challenges: {}, methods: {} },
    };
    if (options.evidence !== false) {
      result.evidence = explain(paper, this, { area, secondArea, kind, challenges, methods }, this.config.evidence_terms);
    }
    return result;
  }
}

/**
 * All heads scored in one pass over a paper's terms. Weights are fused feature-major (area,
 * kind, then challenges and methods of each feature side by side), so each term touches one
 * contiguous row. The area head sees the normalised tf-idf vector and the kind head the same
 * vector restricted to its features and renormalised; both norms are applied at the end, which
 * is the same as normalising first. Challenges and methods see log counts.
 */
class Scorer {
  private readonly w: Float32Array;
  private readonly k: number;
  private readonly nArea: number;
  private readonly nKind: number;
  private readonly bias: Float64Array;
  private readonly kindMask: Uint8Array;
  /** Phrases that name a challenge or method: the phrases feature f is part of are `phraseIds[phraseStart[f] .. phraseStart[f + 1])`. */
  private readonly phraseStart: Int32Array;
  private readonly phraseIds: Int32Array;
  private readonly phraseLength: Int32Array;
  private readonly phraseLabel: Int32Array;
  private readonly phraseHits: Int32Array;
  private readonly hitPhrases: Int32Array;
  readonly area: Float64Array;
  readonly kind: Float64Array;
  readonly multi: Float64Array;
  readonly named: Uint8Array;
  private readonly z: Float64Array;

  constructor(heads: Heads, kindMask: Uint8Array, phrases: number[][][], idf: Float64Array) {
    const features = idf.length;
    const models = [heads.area, heads.kind, heads.challenges, heads.methods];
    this.nArea = heads.area.k;
    this.nKind = heads.kind.k;
    this.k = models.reduce((sum, m) => sum + m.k, 0);
    this.w = new Float32Array(features * this.k);
    this.bias = new Float64Array(this.k);
    this.z = new Float64Array(this.k);
    // Every head is then scored as log-count times weight: the area and kind weights of a feature
    // carry its idf, and the kind weights of features outside the kind's mask are zero.
    let offset = 0;
    models.forEach((m, h) => {
      for (let j = 0; j < features; j++) {
        const scale = h === 0 ? idf[j] : h === 1 ? (kindMask[j] === 1 ? idf[j] : 0) : 1;
        for (let c = 0; c < m.k; c++) this.w[j * this.k + offset + c] = scale * m.w[j * m.k + c];
      }
      this.bias.set(m.b, offset);
      offset += m.k;
    });
    this.kindMask = kindMask;
    const nMulti = this.k - this.nArea - this.nKind;
    this.area = new Float64Array(this.nArea);
    this.kind = new Float64Array(this.nKind);
    this.multi = new Float64Array(nMulti);
    this.named = new Uint8Array(nMulti);
    const lists: number[][] = Array.from({ length: features }, () => []);
    const lengths: number[] = [];
    const labels: number[] = [];
    phrases.forEach((ofLabel, label) => {
      for (const keys of ofLabel) {
        const unique = [...new Set(keys)];
        for (const f of unique) lists[f].push(lengths.length);
        lengths.push(unique.length);
        labels.push(label);
      }
    });
    this.phraseStart = new Int32Array(features + 1);
    lists.forEach((l, f) => (this.phraseStart[f + 1] = this.phraseStart[f] + l.length));
    this.phraseIds = Int32Array.from(lists.flat());
    this.phraseLength = Int32Array.from(lengths);
    this.phraseLabel = Int32Array.from(labels);
    this.phraseHits = new Int32Array(lengths.length);
    this.hitPhrases = new Int32Array(lengths.length);
  }

  /** Scores the `n` terms the vocabulary just counted (and clears its counts); returns `n`. */
  score(vocabulary: Vocabulary, n: number): number {
    const { w, k, nArea, nKind, kindMask, area, kind, multi, phraseStart, phraseIds, phraseHits, hitPhrases } = this;
    const { touched, counts, idf } = vocabulary;
    const z = this.z.fill(0);
    let norm2 = 0;
    let kindNorm2 = 0;
    let hits = 0;
    const endKind = nArea + nKind;
    for (let t = 0; t < n; t++) {
      const f = touched[t];
      const lg = Math.log1p(counts[f]);
      counts[f] = 0;
      const u = lg * idf[f];
      norm2 += u * u;
      if (kindMask[f] === 1) kindNorm2 += u * u;
      addScaledRow(z, w, f * k, k, lg);
      for (let q = phraseStart[f], end = phraseStart[f + 1]; q < end; q++) {
        const p = phraseIds[q];
        if (phraseHits[p]++ === 0) hitPhrases[hits++] = p;
      }
    }
    const b = this.bias;
    const inv = norm2 > 0 ? 1 / Math.sqrt(norm2) : 0;
    const invKind = kindNorm2 > 0 ? 1 / Math.sqrt(kindNorm2) : 0;
    for (let c = 0; c < nArea; c++) area[c] = b[c] + z[c] * inv;
    for (let c = 0; c < nKind; c++) kind[c] = b[nArea + c] + z[nArea + c] * invKind;
    for (let c = 0; c < multi.length; c++) multi[c] = b[endKind + c] + z[endKind + c];
    this.named.fill(0);
    for (let h = 0; h < hits; h++) {
      const p = hitPhrases[h];
      if (phraseHits[p] === this.phraseLength[p]) this.named[this.phraseLabel[p]] = 1;
      phraseHits[p] = 0;
    }
    return n;
  }
}

function logit(p: number): number {
  return p <= 0 ? -Infinity : p >= 1 ? Infinity : Math.log(p / (1 - p));
}

/** The vector restricted to the features of `mask`, renormalised. */
export function restrict(x: SparseVector, mask: Uint8Array): SparseVector {
  let n = 0;
  for (let k = 0; k < x.idx.length; k++) if (mask[x.idx[k]]) n++;
  const idx = new Int32Array(n);
  const val = new Float64Array(n);
  let norm = 0;
  n = 0;
  for (let k = 0; k < x.idx.length; k++) {
    if (!mask[x.idx[k]]) continue;
    idx[n] = x.idx[k];
    val[n] = x.val[k];
    norm += x.val[k] * x.val[k];
    n++;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < n; k++) val[k] /= norm;
  return { idx, val };
}

/**
 * Which terms may decide the kind of a paper: those of the kind seed's phrases ("we argue",
 * "lessons learned", "we release", "outperforms", ...), i.e. phrasing. Topic words, and the
 * generic words of examples ("model", "learned", "measured", which research examples happen to
 * use more), are left out, so the kind does not follow the topic or the length of a description;
 * all labelled documents, examples included, still teach the weights of the phrasing terms. A
 * paper with no phrasing cue gets the prior (research).
 */
function kindFeatures(corpus: readonly LabelledPaper[], xs: readonly SparseVector[], features: number): Uint8Array {
  const mask = new Uint8Array(features);
  corpus.forEach((d, i) => {
    if (d.area === null && d.kind !== null && d.phrase) for (const f of xs[i].idx) mask[f] = 1;
  });
  return mask;
}

/** Weight of an area-neutral seed text in training the area head, relative to its own weight. */
const NEUTRAL_WEIGHT = 1;

/** Trains a classifier; the same inputs always give the same weights and version. */
export function trainClassifier(input: TrainInput): Classifier {
  const { config } = input;
  const seed = input.seed ?? loadSeed(config);
  const space = labelSpace(input.taxonomy);
  const corpus = seedCorpus(seed, space, input.chair ?? []);
  // A seed phrase of an area or a kind teaches the phrase ("code size", "our clusters"), not each
  // of its words ("size", "clusters"): a phrase of one word teaches that word.
  const ids = new TermIds();
  const bags = corpus.map((d) => (d.phrase && (d.area !== null || d.kind !== null) ? ids.bagOfKeys(phraseKeys(d.paper.abstract ?? "")) : ids.bag(d.paper, config.field_weights)));
  const { vocabulary, featureOf } = Vocabulary.fromBags(bags, ids);
  const vectors = bags.map((bag) => vocabulary.vectorizeBag(bag, featureOf));
  const xs = vectors.map((v) => v.unit);
  const weights = Float64Array.from(corpus, (d) => d.weight);
  const options: TrainOptions = {
    epochs: config.training.epochs,
    learningRate: config.training.learning_rate,
    l2: config.training.l2,
    seed: config.training.seed,
  };
  const F = vocabulary.size;
  const areaOf = new Map(space.areas.map((a, i) => [a, i]));
  const kindOf = new Map(space.kinds.map((k, i) => [k, i]));
  // Seed texts about kinds, challenges and methods are area-neutral: their words should not pick an area.
  const areaLabels = Int32Array.from(corpus, (d) => (d.area !== null ? areaOf.get(d.area)! : d.source === "seed" ? NEUTRAL : -1));
  const area = trainSoftmax(xs, areaLabels, weights, space.areas.length, F, { ...options, balance: true, neutral: NEUTRAL_WEIGHT });
  const kindMask = kindFeatures(corpus, xs, F);
  const kindXs = xs.map((x) => restrict(x, kindMask));
  const kind = trainSoftmax(kindXs, Int32Array.from(corpus, (d) => (d.kind === null ? -1 : kindOf.get(d.kind)!)), weights, space.kinds.length, F, { ...options, balance: true });
  // Challenges and methods are scored on unnormalised features: one cue counts the same in a title as in a long abstract.
  const presenceXs = vectors.map((v) => v.presence);
  // Challenges and methods side by side in one one-vs-rest model: each label's weights are
  // trained on their own (same examples, same order), so this is only faster than two models.
  const multiLabels = [...space.challenges, ...space.methods];
  const nC = space.challenges.length;
  const M = multiLabels.length;
  const targets = new Int8Array(corpus.length * M);
  // The configured phrases of each challenge, then each method, as features (all must occur):
  // they label the seed texts that contain them (a chair's list replaces those) and name the
  // label in any paper that contains them.
  const phrases = (["challenges", "methods"] as const).flatMap((head) => {
    const lex = lexicon(seed, head, space[head]);
    return space[head].map((label) => (lex.get(label) ?? []).map((keys) => keys.map((k) => vocabulary.index.get(k) ?? -1)).filter((p) => p.length > 0 && p.every((f) => f >= 0)));
  });
  const present = new Uint8Array(F);
  corpus.forEach((d, i) => {
    const x = xs[i];
    for (const f of x.idx) present[f] = 1;
    for (let c = 0; c < M; c++) {
      const head = c < nC ? "challenges" : "methods";
      const given = d[head];
      const label = multiLabels[c];
      const has = given && d.source === "chair" ? given.includes(label) : (given?.includes(label) ?? false) || phrases[c].some((p) => p.every((f) => present[f] === 1));
      targets[i * M + c] = has ? 1 : 0;
    }
    for (const f of x.idx) present[f] = 0;
  });
  const multi = trainSigmoid(presenceXs, targets, weights, M, F, options);
  const heads = { area, kind, challenges: columns(multi, 0, nC), methods: columns(multi, nC, M) };
  return new Classifier({ version: modelVersion(seed, space, config, input.chair ?? []), space, vocabulary, heads, kindMask, phrases, config, trainingSize: corpus.length });
}

/** Labels `from` to `to` of a model, as a model of their own. */
function columns(model: LinearModel, from: number, to: number): LinearModel {
  const k = to - from;
  const features = model.w.length / model.k;
  const w = new Float64Array(features * k);
  for (let j = 0; j < features; j++) for (let c = 0; c < k; c++) w[j * k + c] = model.w[j * model.k + from + c];
  return { k, w, b: model.b.slice(from, to) };
}

/** `lr1-` and 12 hex digits of a hash of everything the weights depend on. */
export function modelVersion(seed: Seed, space: LabelSpace, config: ClassifierConfig, chair: readonly LabelledPaper[]): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(space));
  hash.update(JSON.stringify({ ...config, seed_dir: null }));
  for (const head of Object.keys(seed) as (keyof Seed)[]) {
    for (const [label, entry] of seed[head]) hash.update(JSON.stringify([head, label, [...entry.phrases], entry.examples]));
  }
  for (const c of chair) hash.update(JSON.stringify(c));
  return `${MODEL_FAMILY}-${hash.digest("hex").slice(0, 12)}`;
}

function topTwo(p: Float64Array): [number, number] {
  let a = 0;
  let b = -1;
  for (let c = 1; c < p.length; c++) {
    if (p[c] > p[a]) {
      b = a;
      a = c;
    } else if (b < 0 || p[c] > p[b]) b = c;
  }
  return [a, b];
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
