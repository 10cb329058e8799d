/**
 * Text to terms: normalised words (unigrams) and adjacent word pairs (bigrams, which carry
 * phrases such as "congestion control" or "in production"). Pairs never cross punctuation.
 * Each term keeps the surface form it was first seen with, so evidence reads as written.
 *
 * One walker (`walkTerms`) defines the terms; the training side turns them into strings, the
 * inference side (features.ts) into integer ids without building strings.
 */
import { stem } from "./stem.ts";

/** Words that are never a term on their own. */
const STOP = new Set(
  ("a about above across after again against all almost also although always am among an and any are as at be because been before " +
    "being below between both but by can could did do does doing done down during each either else etc even ever every few for from " +
    "further had has have having he her here hers him his how however i if in into is it its itself just may me might more most much " +
    "must my near neither no nor not now of off often on once one only onto or other others our ours ourselves out over own per " +
    "rather same several she should since so some still such than that the their theirs them themselves then there these they this " +
    "those though through thus to too toward towards under until up upon us very via was we were what when where whether which while " +
    "who whom whose why will with within without would yet you your eg ie vs")
    .split(" "),
);
/** Glue words that make no useful pair with anything ("of the", "and a"). */
const NO_PAIR = new Set("a an the and or of to is are was were be been this that these those its it".split(" "));

export interface WordInfo {
  /** Normalised form. */
  key: string;
  /** Interned id of `key` (the unigram's term key); -1 when not valid. */
  id: number;
  surface: string;
  /** Usable as a term at all (two characters or more, at least one letter). */
  valid: boolean;
  stop: boolean;
  noPair: boolean;
  /** Hyphenated words: their parts, and the joined form ("auto-tuning" -> "autotuning"). */
  parts: WordInfo[] | null;
  joined: WordInfo | null;
}

const CHAR_WORD = 1;
const CHAR_BREAK = 2;
const charClass = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  const ch = String.fromCharCode(c);
  if (/[\p{L}\p{N}]/u.test(ch)) charClass[c] = CHAR_WORD;
  else if (/[.,;:!?()[\]{}"“”‘’'`|/\\<>=*–—]/.test(ch)) charClass[c] = CHAR_BREAK;
}
const HYPHEN = 45;
const HAS_LETTER = /\p{L}/u;

const words = new Map<string, WordInfo>();

/** The (memoised) analysis of one lower-case word. */
export function wordInfo(raw: string): WordInfo {
  let info = words.get(raw);
  if (info) return info;
  if (raw.includes("-")) {
    const parts = raw.split("-").filter(Boolean).map(wordInfo);
    const joinedRaw = raw.replace(/-/g, "");
    const joined = joinedRaw.length > 2 && HAS_LETTER.test(joinedRaw) ? simpleWord(joinedRaw, raw) : null;
    info = { key: "", id: -1, surface: raw, valid: false, stop: false, noPair: false, parts, joined };
  } else info = simpleWord(raw, raw);
  if (words.size < 500_000) words.set(raw, info);
  return info;
}

function simpleWord(raw: string, surface: string): WordInfo {
  const valid = raw.length >= 2 && HAS_LETTER.test(raw);
  const key = valid ? stem(raw) : "";
  return { key, id: valid ? intern(key) : -1, surface, valid, stop: STOP.has(raw), noPair: NO_PAIR.has(raw), parts: null, joined: null };
}

const stemIds = new Map<string, number>();
const stems: string[] = [];

function intern(key: string): number {
  let id = stemIds.get(key);
  if (id === undefined) {
    id = stems.length;
    stems.push(key);
    stemIds.set(key, id);
  }
  return id;
}

/**
 * Terms are numbers: a unigram is its stem's id, a bigram packs both ids. Ids are interned per
 * process, so keys are only compared within one process (never stored).
 */
const PAIR = 2 ** 24;

export function pairKey(first: WordInfo, second: WordInfo): number {
  return (first.id + 1) * PAIR + second.id;
}

/** The readable form of a term key, e.g. "congest control". */
export function termText(key: number): string {
  return key < PAIR ? stems[key] : `${stems[Math.floor(key / PAIR) - 1]} ${stems[key % PAIR]}`;
}

/** The stem ids of a pair's two words. */
export function pairParts(key: number): [number, number] {
  return [Math.floor(key / PAIR) - 1, key % PAIR];
}

export function isPair(key: number): boolean {
  return key >= PAIR;
}

export interface TermVisitor {
  unigram(word: WordInfo): void;
  bigram(first: WordInfo, second: WordInfo): void;
}

/** Visits every unigram and bigram of `text`. */
export function walkTerms(text: string, visit: TermVisitor): void {
  const lower = text.toLowerCase();
  const n = lower.length;
  let prev: WordInfo | null = null;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    const cls = charClass[c];
    if (cls !== CHAR_WORD) {
      if (cls === CHAR_BREAK || (c === HYPHEN && i > 0 && lower.charCodeAt(i - 1) === 32)) prev = null;
      i++;
      continue;
    }
    // The word's hash is computed while scanning it, so a known word is found without building its string.
    let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    let j = i + 1;
    while (j < n) {
      const d = lower.charCodeAt(j);
      if (charClass[d] === CHAR_WORD) {
        h = Math.imul(h ^ d, FNV_PRIME);
        j++;
      } else if (d === HYPHEN && j + 1 < n && charClass[lower.charCodeAt(j + 1)] === CHAR_WORD) {
        h = Math.imul(Math.imul(h ^ d, FNV_PRIME) ^ lower.charCodeAt(j + 1), FNV_PRIME);
        j += 2;
      } else break;
    }
    const info = table.find(lower, i, j, h);
    i = j;
    if (info.parts) {
      if (info.joined) visit.unigram(info.joined);
      for (const part of info.parts) prev = step(part, prev, visit);
    } else prev = step(info, prev, visit);
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * Words seen so far by the hash of their characters (open addressing), so that the walker looks
 * a word up straight from the text. Bounded: past the limit, new words are analysed each time.
 */
class WordTable {
  private hashes = new Int32Array(1 << 12);
  private infos: Array<WordInfo | undefined> = new Array(1 << 12);
  private size = 0;
  private static readonly LIMIT = 1 << 19;

  find(text: string, start: number, end: number, hash: number): WordInfo {
    const mask = this.hashes.length - 1;
    const length = end - start;
    for (let k = hash & mask; ; k = (k + 1) & mask) {
      const info = this.infos[k];
      if (info === undefined) break;
      if (this.hashes[k] !== hash || info.surface.length !== length) continue;
      let same = true;
      for (let q = 0; q < length; q++) {
        if (info.surface.charCodeAt(q) !== text.charCodeAt(start + q)) {
          same = false;
          break;
        }
      }
      if (same) return info;
    }
    const info = wordInfo(text.slice(start, end));
    if (this.size < WordTable.LIMIT) this.insert(info, hash);
    return info;
  }

  private insert(info: WordInfo, hash: number): void {
    if ((this.size + 1) * 2 > this.hashes.length) this.grow();
    const mask = this.hashes.length - 1;
    let k = hash & mask;
    while (this.infos[k] !== undefined) k = (k + 1) & mask;
    this.hashes[k] = hash;
    this.infos[k] = info;
    this.size++;
  }

  private grow(): void {
    const { hashes, infos } = this;
    this.hashes = new Int32Array(hashes.length * 2);
    this.infos = new Array(hashes.length * 2);
    this.size = 0;
    for (let k = 0; k < hashes.length; k++) {
      const info = infos[k];
      if (info !== undefined) this.insert(info, hashes[k]);
    }
  }
}

const table = new WordTable();

function step(word: WordInfo, prev: WordInfo | null, visit: TermVisitor): WordInfo | null {
  if (!word.valid) return null;
  if (!word.stop) visit.unigram(word);
  if (word.noPair) return null;
  if (prev !== null && !(word.stop && prev.stop)) visit.bigram(prev, word);
  return word;
}

/** Receives each term occurrence: its key, its surface form, and the field weight. */
export type TermSink = (key: number, surface: string, weight: number) => void;

/** Emits every unigram and bigram of `text` with `weight` (surfaces of pairs are built on demand). */
export function forEachTerm(text: string, weight: number, sink: TermSink): void {
  walkTerms(text, {
    unigram: (w) => sink(w.id, w.surface, weight),
    bigram: (a, b) => sink(pairKey(a, b), "", weight),
  });
}

/** The term keys of a short phrase, e.g. a vocabulary entry: its pairs, or its single word. */
export function phraseKeys(phrase: string): number[] {
  const unigrams: number[] = [];
  const bigrams: number[] = [];
  forEachTerm(phrase, 1, (key) => (isPair(key) ? bigrams : unigrams).push(key));
  return bigrams.length > 0 ? bigrams : unigrams;
}
