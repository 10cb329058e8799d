/** Small English helpers for composing titles and prose. */

const SMALL_WORDS = new Set([
  "a", "an", "the", "and", "or", "nor", "but", "of", "for", "in", "on", "at", "to", "by", "via", "with", "from", "as", "vs", "into",
]);

/** Capitalises each part of a hyphenated word except inner function words ("Hard-to-Predict"). */
function capitalizeWord(word: string): string {
  return word
    .split("-")
    .map((part, i) => (/^[a-z]/.test(part) && !(i > 0 && SMALL_WORDS.has(part)) ? part[0].toUpperCase() + part.slice(1) : part))
    .join("-");
}

/**
 * Title case that keeps acronyms ("LLM", "p99") and lower-cases short function words.
 * A `fragment` sits inside a title, so its first word stays small too ("at a Large Cloud Provider").
 */
export function titleCase(text: string, fragment = false): string {
  const key = `${fragment ? 1 : 0}${text}`;
  let titled = TITLE_CACHE.get(key);
  if (titled === undefined) {
    const words = text.split(" ");
    titled = words
      .map((w, i) => ((i > 0 || fragment) && i < words.length - 1 && SMALL_WORDS.has(w) ? w : capitalizeWord(w)))
      .join(" ");
    TITLE_CACHE.set(key, titled);
  }
  return titled;
}

/** Titles are built from a finite vocabulary, so caching keeps conference-scale runs fast. */
const TITLE_CACHE = new Map<string, string>();

/** Upper-cases the first letter only. */
export function cap(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const VOWEL_SOUND_LETTERS = new Set("AEFHILMNORSX");
const CONSONANT_SOUND_PREFIXES = ["uni", "use", "usa", "one", "eu", "ubiq"];

/** "a" or "an" for the phrase that follows, including acronyms ("an LLM", "a GPU"). */
export function article(phrase: string): "a" | "an" {
  const word = phrase.split(/[\s-]/)[0];
  if (/^[A-Z][A-Z0-9]+s?$/.test(word)) return VOWEL_SOUND_LETTERS.has(word[0]) ? "an" : "a";
  const lower = word.toLowerCase();
  if (CONSONANT_SOUND_PREFIXES.some((p) => lower.startsWith(p))) return "a";
  return /^[aeiou]/.test(lower) ? "an" : "a";
}

/** The phrase with its indefinite article: "an LLM agent". */
export function withArticle(phrase: string): string {
  return `${article(phrase)} ${phrase}`;
}

/** Drops a leading article: "the query optimizer" -> "query optimizer". */
export function bare(phrase: string): string {
  return phrase.replace(/^(the|a|an) /, "");
}

/** Words separated by whitespace (a hand-written scan: abstracts are counted 20,000 times at scale). */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Spelled-out small numbers, as papers write them in prose. */
export function spelled(n: number): string {
  return ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"][n] ?? String(n);
}
