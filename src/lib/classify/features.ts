/**
 * Papers to sparse feature vectors: weighted term counts per field, log-scaled, multiplied by
 * the inverse document frequency of the training corpus and L2-normalised, so that a title of
 * six words and an abstract of two hundred land on the same scale.
 */
import { forEachTerm, isPair, pairParts, termText, walkTerms, type TermVisitor, type WordInfo } from "./tokenize.ts";

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

/** Weighted counts of every term of a paper (training side: all terms, known or not). */
export function termCounts(paper: PaperText, weights: FieldWeights): Map<number, number> {
  const counts = new Map<number, number>();
  forEachField(paper, (field, text) =>
    forEachTerm(text, weights[field], (key, _surface, w) => counts.set(key, (counts.get(key) ?? 0) + w)),
  );
  return counts;
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

  /** Builds the vocabulary of a corpus of term-count bags; terms in fewer than `minDf` bags are dropped. */
  static fromBags(bags: ReadonlyArray<Map<number, number>>, minDf = 1): Vocabulary {
    const df = new Map<number, number>();
    for (const bag of bags) for (const key of bag.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    // Feature order by term text, not by interning order, so the model does not depend on what was read before.
    const keys = [...df.keys()].filter((k) => df.get(k)! >= minDf);
    const text = new Map(keys.map((k) => [k, termText(k)]));
    keys.sort((a, b) => (text.get(a)! < text.get(b)! ? -1 : text.get(a)! > text.get(b)! ? 1 : 0));
    const n = bags.length;
    const idf = Float64Array.from(keys, (t) => Math.log((n + 1) / (df.get(t)! + 1)) + 1);
    return new Vocabulary(keys, idf);
  }

  /**
   * The vector of a bag of term counts (unknown terms are ignored): normalised tf-idf, or with
   * `presence`, log counts only, so a term weighs the same in a phrase and in a long abstract.
   */
  vectorizeBag(bag: Map<number, number>, presence = false): SparseVector {
    let n = 0;
    for (const [key, count] of bag) {
      const i = this.index.get(key);
      if (i === undefined) continue;
      if (this.counts[i] === 0) this.touched[n++] = i;
      this.counts[i] += count;
    }
    return this.flush(n, presence);
  }
  /** The normalised vector of a paper, straight from its text (the fast inference path: no strings built). */
  vectorize(paper: PaperText, weights: FieldWeights, presence = false): SparseVector {
    return this.accumulate(paper, weights, null, presence);
  }

  /** Like `vectorize`, also giving each feature's surface form and the first field it occurs in. */
  vectorizeWithSources(paper: PaperText, weights: FieldWeights, presence = false): SparseVector & { surface: string[]; field: Field[] } {
    const sources = { surface: [] as string[], field: [] as Field[] };
    return { ...this.accumulate(paper, weights, sources, presence), ...sources };
  }

  private accumulate(paper: PaperText, weights: FieldWeights, sources: Sources | null, presence: boolean): SparseVector {
    const acc = this.accumulator;
    acc.count = 0;
    acc.sources = sources;
    forEachField(paper, (field, text) => {
      acc.weight = weights[field];
      acc.field = field;
      walkTerms(text, acc);
    });
    acc.sources = null;
    return this.flush(acc.count, presence);
  }

  /**
   * Counts the known terms of a paper into `counts` and `touched` and returns how many features
   * it has (the fast path of inference: no vectors, no strings).
   */
  countTerms(paper: PaperText, weights: FieldWeights): number {
    const acc = this.accumulator;
    acc.count = 0;
    acc.sources = null;
    forEachField(paper, (field, text) => {
      acc.weight = weights[field];
      acc.field = field;
      walkTerms(text, acc);
    });
    return acc.count;
  }

  /** Both vectors of a paper from one pass over its text: normalised tf-idf, and presence. */
  vectorizeBoth(paper: PaperText, weights: FieldWeights): { unit: SparseVector; presence: SparseVector } {
    const acc = this.accumulator;
    acc.count = 0;
    forEachField(paper, (field, text) => {
      acc.weight = weights[field];
      acc.field = field;
      walkTerms(text, acc);
    });
    const n = acc.count;
    const idx = this.touched.slice(0, n);
    const pval = new Float64Array(n);
    for (let k = 0; k < n; k++) pval[k] = Math.log1p(this.counts[idx[k]]);
    return { unit: this.flush(n, false), presence: { idx, val: pval } };
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
  private readonly first: Int32Array;
  private readonly second: Int32Array;
  private readonly value: Int32Array;
  private readonly mask: number;

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
    let i = PairTable.hash(a, b) & this.mask;
    while (this.first[i] !== -1 && !(this.first[i] === a && this.second[i] === b)) i = (i + 1) & this.mask;
    this.first[i] = a;
    this.second[i] = b;
    this.value[i] = f;
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

