/**
 * Papers to sparse feature vectors: weighted term counts per field, log-scaled, multiplied by
 * the inverse document frequency of the training corpus and L2-normalised, so that a title of
 * six words and an abstract of two hundred land on the same scale.
 */
import { isPair, pairKey, pairParts, termText, walkTerms, type TermVisitor, type WordInfo } from "./tokenize.ts";

export interface PaperText {
  title: string;
  abstract?: string | null;
  keywords?: readonly string[];
  topics?: readonly string[];
}

export const FIELDS = ["title", "abstract", "keywords", "topics"] as const;
export type Field = (typeof FIELDS)[number];
export type FieldWeights = Record<Field, number>;

export interface SparseVector {
  idx: Int32Array;
  val: Float64Array;
}

/** Calls `visit` for every field of the paper that has text, with that text. */
export function forEachField(paper: PaperText, visit: (field: Field, text: string) => void): void {
  if (paper.title) visit("title", paper.title);
  if (paper.abstract) visit("abstract", paper.abstract);
  if (paper.keywords?.length) visit("keywords", paper.keywords.join("; "));
  if (paper.topics?.length) visit("topics", paper.topics.join("; "));
}

/** A training document's weighted term counts, by term id (see `TermIds`), in order of first occurrence. */
export interface Bag {
  ids: Int32Array;
  counts: Float64Array;
}

/**
 * The training side: every term of a corpus, known or not, gets a dense id in order of first
 * occurrence, and each document becomes a bag of counts by id (no maps, no strings).
 */
export class TermIds implements TermVisitor {
  /** Term key (see tokenize.ts) of each id. */
  readonly keys: number[] = [];
  private unigramIds = new Int32Array(1024).fill(-1);
  private readonly pairIds = new PairTable(1024);
  private scratch = new Float64Array(1024);
  private touched = new Int32Array(1024);
  private n = 0;
  private weight = 1;

  /** The bag of a paper's terms, each occurrence counting its field's weight. */
  bag(paper: PaperText, weights: FieldWeights): Bag {
    this.n = 0;
    forEachField(paper, (field, text) => {
      this.weight = weights[field];
      walkTerms(text, this);
    });
    return this.flush();
  }

  /** The bag of a list of term keys, each counted once however often it is listed. */
  bagOfKeys(keys: readonly number[]): Bag {
    this.n = 0;
    this.weight = 1;
    for (const key of keys) {
      const id = isPair(key) ? this.pairId(...pairParts(key), key) : this.unigramId(key);
      if (this.scratch[id] === 0) this.add(id);
    }
    return this.flush();
  }

  unigram(word: WordInfo): void {
    this.add(this.unigramId(word.id));
  }

  bigram(first: WordInfo, second: WordInfo): void {
    const f = this.pairIds.get(first.id, second.id);
    this.add(f >= 0 ? f : this.pairId(first.id, second.id, pairKey(first, second)));
  }

  private unigramId(stem: number): number {
    if (stem >= this.unigramIds.length) {
      const grown = new Int32Array(Math.max(stem + 1, this.unigramIds.length * 2)).fill(-1);
      grown.set(this.unigramIds);
      this.unigramIds = grown;
    }
    let id = this.unigramIds[stem];
    if (id < 0) id = this.unigramIds[stem] = this.newId(stem);
    return id;
  }

  private pairId(a: number, b: number, key: number): number {
    let id = this.pairIds.get(a, b);
    if (id < 0) this.pairIds.set(a, b, (id = this.newId(key)));
    return id;
  }

  private newId(key: number): number {
    this.keys.push(key);
    if (this.keys.length > this.scratch.length) {
      const grown = new Float64Array(this.scratch.length * 2);
      grown.set(this.scratch);
      this.scratch = grown;
      const touched = new Int32Array(this.touched.length * 2);
      touched.set(this.touched);
      this.touched = touched;
    }
    return this.keys.length - 1;
  }

  private add(id: number): void {
    if (this.scratch[id] === 0) this.touched[this.n++] = id;
    this.scratch[id] += this.weight;
  }

  private flush(): Bag {
    const ids = this.touched.slice(0, this.n);
    const counts = new Float64Array(this.n);
    for (let k = 0; k < this.n; k++) {
      counts[k] = this.scratch[ids[k]];
      this.scratch[ids[k]] = 0;
    }
    return { ids, counts };
  }
}

export class Vocabulary {
  /** Term keys (see tokenize.ts), in feature order. */
  readonly keys: number[];
  readonly index: Map<number, number>;
  readonly idf: Float64Array;
  /**
   * Scratch state of the last `countTerms`: weighted counts by feature (zero elsewhere) and the
   * features counted, in order of first occurrence. Whoever reads them must zero `counts` again.
   */
  readonly counts: Float64Array;
  readonly touched: Int32Array;
  private readonly accumulator: Accumulator;

  constructor(keys: number[], idf: Float64Array) {
    this.keys = keys;
    this.idf = idf;
    this.index = new Map(keys.map((t, i) => [t, i]));
    this.counts = new Float64Array(keys.length);
    this.touched = new Int32Array(keys.length);
    this.accumulator = new Accumulator(this.index, this.counts, this.touched);
  }

  get size(): number {
    return this.keys.length;
  }

  /** The readable form of feature `i`. */
  term(i: number): string {
    return termText(this.keys[i]);
  }

  /**
   * The vocabulary of a corpus of bags (every term in them), and the feature of each term id.
   * Feature order: most frequent terms first, so that the rows of weights most papers use sit
   * together in memory (training and inference are bound by fetching them); ties by term text,
   * never by id, so the model does not depend on what was read before.
   */
  static fromBags(bags: readonly Bag[], ids: TermIds): { vocabulary: Vocabulary; featureOf: Int32Array } {
    const df = new Int32Array(ids.keys.length);
    for (const bag of bags) for (const id of bag.ids) df[id]++;
    const order = Array.from(ids.keys, (_, id) => id).filter((id) => df[id] > 0);
    const text = order.map((id) => termText(ids.keys[id]));
    const byId = new Map(order.map((id, i) => [id, text[i]]));
    order.sort((a, b) => df[b] - df[a] || (byId.get(a)! < byId.get(b)! ? -1 : byId.get(a)! > byId.get(b)! ? 1 : 0));
    const n = bags.length;
    const featureOf = new Int32Array(ids.keys.length).fill(-1);
    order.forEach((id, f) => (featureOf[id] = f));
    const idf = Float64Array.from(order, (id) => Math.log((n + 1) / (df[id] + 1)) + 1);
    return { vocabulary: new Vocabulary(order.map((id) => ids.keys[id]), idf), featureOf };
  }

  /**
   * The two vectors of a bag (`featureOf` maps its ids to features; others are ignored): `unit`,
   * normalised tf-idf, and `presence`, log counts only, so that a term weighs the same in a
   * phrase and in a long abstract.
   */
  vectorizeBag(bag: Bag, featureOf: Int32Array): { unit: SparseVector; presence: SparseVector } {
    let n = 0;
    for (let q = 0; q < bag.ids.length; q++) if (featureOf[bag.ids[q]] >= 0) n++;
    const idx = new Int32Array(n);
    const presence = new Float64Array(n);
    const unit = new Float64Array(n);
    let norm = 0;
    n = 0;
    for (let q = 0; q < bag.ids.length; q++) {
      const f = featureOf[bag.ids[q]];
      if (f < 0) continue;
      const lg = Math.log1p(bag.counts[q]);
      idx[n] = f;
      presence[n] = lg;
      unit[n] = lg * this.idf[f];
      norm += unit[n] * unit[n];
      n++;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < n; k++) unit[k] /= norm;
    return { unit: { idx, val: unit }, presence: { idx, val: presence } };
  }

  /** The vector of a paper (as `vectorizeBag`), with each feature's surface form and the first field it occurs in. */
  vectorizeWithSources(paper: PaperText, weights: FieldWeights, presence = false): SparseVector & { surface: string[]; field: Field[] } {
    const sources = { surface: [] as string[], field: [] as Field[] };
    return { ...this.accumulate(paper, weights, sources, presence), ...sources };
  }

  private accumulate(paper: PaperText, weights: FieldWeights, sources: Sources | null, presence: boolean): SparseVector {
    return this.flush(this.walk(paper, weights, sources), presence);
  }

  /** Walks every field's terms into the accumulator (recording sources when given). */
  private walk(paper: PaperText, weights: FieldWeights, sources: Sources | null): number {
    const acc = this.accumulator;
    acc.count = 0;
    acc.sources = sources;
    forEachField(paper, (field, text) => {
      acc.weight = weights[field];
      acc.field = field;
      walkTerms(text, acc);
    });
    acc.sources = null;
    return acc.count;
  }

  /**
   * Counts the known terms of a paper into `counts` and `touched` and returns how many features
   * it has (the fast path of inference: no vectors, no strings).
   */
  countTerms(paper: PaperText, weights: FieldWeights): number {
    return this.walk(paper, weights, null);
  }

  private flush(n: number, presence: boolean): SparseVector {
    const idx = this.touched.slice(0, n);
    const val = new Float64Array(n);
    let norm = 0;
    for (let k = 0; k < n; k++) {
      const i = idx[k];
      const v = presence ? Math.log1p(this.counts[i]) : Math.log1p(this.counts[i]) * this.idf[i];
      this.counts[i] = 0;
      val[k] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    if (norm > 0 && !presence) for (let k = 0; k < n; k++) val[k] /= norm;
    return { idx, val };
  }
}

/** Adds term occurrences to the scratch vector by integer ids: stems, then unigram or pair. */
interface Sources {
  surface: string[];
  field: Field[];
}

class Accumulator implements TermVisitor {
  weight = 1;
  count = 0;
  field: Field = "title";
  /** When set, the surface form and field of each feature's first occurrence (by position in the vector). */
  sources: Sources | null = null;
  /** Feature of each unigram by stem id (-1: none). */
  private readonly unigrams: Int32Array;
  /** Features of pairs, by their two stem ids. */
  private readonly pairs: PairTable;

  constructor(
    index: Map<number, number>,
    private readonly scratch: Float64Array,
    private readonly touched: Int32Array,
  ) {
    let maxStem = -1;
    let nPairs = 0;
    for (const key of index.keys()) {
      if (!isPair(key)) maxStem = Math.max(maxStem, key);
      else nPairs++;
    }
    this.unigrams = new Int32Array(maxStem + 1).fill(-1);
    this.pairs = new PairTable(nPairs);
    for (const [key, f] of index) {
      if (!isPair(key)) this.unigrams[key] = f;
      else {
        const [a, b] = pairParts(key);
        this.pairs.set(a, b, f);
      }
    }
  }

  unigram(word: WordInfo): void {
    const f = word.id < this.unigrams.length ? this.unigrams[word.id] : -1;
    if (f >= 0 && this.add(f) && this.sources) this.record(word.surface);
  }

  bigram(first: WordInfo, second: WordInfo): void {
    const f = this.pairs.get(first.id, second.id);
    if (f >= 0 && this.add(f) && this.sources) this.record(`${first.surface} ${second.surface}`);
  }

  /** Adds one occurrence; true when it is the feature's first. */
  private add(f: number): boolean {
    const first = this.scratch[f] === 0;
    if (first) this.touched[this.count++] = f;
    this.scratch[f] += this.weight;
    return first;
  }

  private record(surface: string): void {
    this.sources!.surface.push(surface);
    this.sources!.field.push(this.field);
  }
}

/** An open-addressing hash table from a pair of stem ids to a feature (-1: none). */
class PairTable {
  private first: Int32Array;
  private second: Int32Array;
  private value: Int32Array;
  private mask: number;
  private size = 0;

  constructor(n: number) {
    let size = 16;
    while (size < n * 2) size *= 2;
    this.first = new Int32Array(size).fill(-1);
    this.second = new Int32Array(size);
    this.value = new Int32Array(size);
    this.mask = size - 1;
  }

  private static hash(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) >>> 0;
  }

  set(a: number, b: number, f: number): void {
    if ((this.size + 1) * 2 > this.first.length) this.grow();
    let i = PairTable.hash(a, b) & this.mask;
    while (this.first[i] !== -1 && !(this.first[i] === a && this.second[i] === b)) i = (i + 1) & this.mask;
    if (this.first[i] === -1) this.size++;
    this.first[i] = a;
    this.second[i] = b;
    this.value[i] = f;
  }

  private grow(): void {
    const { first, second, value } = this;
    this.first = new Int32Array(first.length * 2).fill(-1);
    this.second = new Int32Array(first.length * 2);
    this.value = new Int32Array(first.length * 2);
    this.mask = first.length * 2 - 1;
    this.size = 0;
    for (let i = 0; i < first.length; i++) if (first[i] !== -1) this.set(first[i], second[i], value[i]);
  }

  get(a: number, b: number): number {
    let i = PairTable.hash(a, b) & this.mask;
    for (;;) {
      const x = this.first[i];
      if (x === -1) return -1;
      if (x === a && this.second[i] === b) return this.value[i];
      i = (i + 1) & this.mask;
    }
  }
}

