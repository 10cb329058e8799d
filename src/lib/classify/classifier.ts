/**
 * The classifier: four linear heads over one vocabulary (area and kind: softmax; challenges and
 * methods: one-vs-rest sigmoids), trained deterministically on the seed corpus and chair labels.
 */
import { createHash } from "node:crypto";
import type { Kind } from "../config/taxonomy.ts";
import type { ClassifierConfig } from "./config.ts";
import { lexicon, seedCorpus, labelSpace, weakLabels, type LabelledPaper, type LabelSpace, type Taxonomy } from "./corpus.ts";
import { explain, type Evidence } from "./evidence.ts";
import { termCounts, Vocabulary, type FieldWeights, type PaperText, type SparseVector } from "./features.ts";
import { logits, NEUTRAL, sigmoid, softmaxInPlace, trainSigmoid, trainSoftmax, type LinearModel, type TrainOptions } from "./linear.ts";
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
  /** Challenges and methods side by side, scored per passage (sentence, title, keyword). */
  private readonly multiHead: LinearModel;
  /** Features the kind head may use: phrasing, not topic (see `kindFeatures`). */
  readonly kindMask: Uint8Array;
  /** The configured phrases of each challenge, then each method, as feature indices (all must occur). */
  private readonly phrases: number[][][];
  private readonly present: Uint8Array;

  constructor(init: { version: string; space: LabelSpace; vocabulary: Vocabulary; heads: Heads; kindMask: Uint8Array; phrases: number[][][]; config: ClassifierConfig; trainingSize: number }) {
    this.kindMask = init.kindMask;
    this.phrases = init.phrases;
    this.present = new Uint8Array(init.vocabulary.size);
    this.version = init.version;
    this.space = init.space;
    this.vocabulary = init.vocabulary;
    this.heads = init.heads;
    this.config = init.config;
    this.trainingSize = init.trainingSize;
    this.fieldWeights = init.config.field_weights;
    this.other = init.space.areas.length - 1;
    this.multiHead = fuse([this.heads.challenges, this.heads.methods], this.vocabulary.size);
  }

  /** Labels one paper; `evidence: false` skips the explanation (several times faster). */
  classify(paper: PaperText, options: { evidence?: boolean } = {}): Classification {
    const { unit: x, presence } = this.vocabulary.vectorizeBoth(paper, this.fieldWeights);
    const { areas, kinds } = this.space;
    const pArea = softmaxInPlace(logits(this.heads.area, x, new Float64Array(areas.length)));
    const pKind = softmaxInPlace(logits(this.heads.kind, restrict(x, this.kindMask), new Float64Array(kinds.length)));
    const [first, second] = topTwo(pArea);
    // A paper with no known term at all has no systems evidence: it is Other.
    const area = x.idx.length === 0 ? this.other : first;
    const secondArea = area !== this.other && second !== this.other && pArea[second] >= this.config.second_area_min ? second : -1;
    const kind = topTwo(pKind)[0];
    const score = logits(this.multiHead, presence, new Float64Array(this.multiHead.k));
    const nC = this.space.challenges.length;
    const threshold = logit(this.config.multi_label_threshold);
    const challenges: number[] = [];
    const methods: number[] = [];
    for (const f of x.idx) this.present[f] = 1;
    for (let c = 0; c < score.length; c++) {
      // A configured phrase of the label in the paper names it too, whatever the model's score.
      const named = this.phrases[c].some((p) => p.every((f) => this.present[f] === 1));
      if (score[c] >= threshold || named) (c < nC ? challenges : methods).push(c < nC ? c : c - nC);
    }
    for (const f of x.idx) this.present[f] = 0;
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
 * Which terms may decide the kind of a paper: those of documents labelled with a kind but no
 * area, i.e. the kind seed's phrasing ("we argue", "lessons learned", "we release", ...).
 * Topic words ("page", "congestion", and generic ones like "model" that research examples use
 * more) are left out, so the kind does not follow whatever topics the examples of one kind
 * happen to share; all labelled documents still teach the weights of the phrasing terms.
 */
function kindFeatures(corpus: readonly LabelledPaper[], xs: readonly SparseVector[], features: number): Uint8Array {
  const mask = new Uint8Array(features);
  corpus.forEach((d, i) => {
    if (d.area === null && d.kind !== null) for (const f of xs[i].idx) mask[f] = 1;
  });
  return mask;
}

/** Weight of an area-neutral seed text in training the area head, relative to its own weight. */
const NEUTRAL_WEIGHT = Number(process.env.NW ?? 1);

/** Trains a classifier; the same inputs always give the same weights and version. */
export function trainClassifier(input: TrainInput): Classifier {
  const { config } = input;
  const seed = input.seed ?? loadSeed(config);
  const space = labelSpace(input.taxonomy);
  const corpus = seedCorpus(seed, space, input.chair ?? []);
  const bags = corpus.map((d) => (d.phrase && process.env.PH && d.area !== null ? phraseBag(d.paper.abstract ?? "") : termCounts(d.paper, config.field_weights)));
  const vocabulary = Vocabulary.fromBags(bags);
  const xs = bags.map((bag) => vocabulary.vectorizeBag(bag));
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
  const presenceXs = bags.map((bag) => vocabulary.vectorizeBag(bag, true));
  const multi = (head: "challenges" | "methods") => {
    const labels = space[head];
    const lex = lexicon(seed, head, labels);
    const targets = new Int8Array(corpus.length * labels.length);
    corpus.forEach((d, i) => {
      const given = d[head];
      const known = given && d.source === "chair" ? given : [...(given ?? []), ...weakLabels(lex, bags[i])];
      labels.forEach((l, c) => (targets[i * labels.length + c] = known.includes(l) ? 1 : 0));
    });
    return trainSigmoid(presenceXs, targets, weights, labels.length, F, options);
  };
  const heads = { area, kind, challenges: multi("challenges"), methods: multi("methods") };
  const phrases = (["challenges", "methods"] as const).flatMap((head) => {
    const lex = lexicon(seed, head, space[head]);
    return space[head].map((label) => (lex.get(label) ?? []).map((keys) => keys.map((k) => vocabulary.index.get(k) ?? -1)).filter((p) => p.length > 0 && p.every((f) => f >= 0)));
  });
  return new Classifier({ version: modelVersion(seed, space, config, input.chair ?? []), space, vocabulary, heads, kindMask, phrases, config, trainingSize: corpus.length });
}

/** A seed phrase as a bag of its own terms: its word pairs, or its single word. */
function phraseBag(phrase: string): Map<number, number> {
  return new Map(phraseKeys(phrase).map((k) => [k, 1]));
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

/** Several models over the same features as one (labels concatenated), in single precision. */
function fuse(models: LinearModel[], features: number): LinearModel {
  const k = models.reduce((s, m) => s + m.k, 0);
  const w = new Float32Array(features * k);
  const b = new Float64Array(k);
  let offset = 0;
  for (const m of models) {
    for (let j = 0; j < features; j++) for (let c = 0; c < m.k; c++) w[j * k + offset + c] = m.w[j * m.k + c];
    b.set(m.b, offset);
    offset += m.k;
  }
  return { k, w, b };
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
