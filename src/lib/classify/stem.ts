/**
 * Light, deterministic normalisation of one lower-case word: British to American spelling,
 * plurals, -ing/-ed, and the -ize/-ation/-tion/-er families, so that "optimisations",
 * "optimizer" and "optimized" meet at "optimiz". Not a linguistic stemmer: it only needs to be
 * consistent, and cheap (results are memoised).
 */
const KEEP = new Set([
  "string", "thing", "during", "spring", "bring", "ring", "king", "ping", "sing", "swing", "wing",
  "speed", "need", "feed", "seed", "embed", "indeed", "proceed", "succeed", "exceed", "breed",
  "bias", "gas", "alias", "canvas", "atlas", "data", "status", "corpus", "virus", "focus", "bus", "plus", "consensus",
]);
const SPELLING: Record<string, string> = {
  behaviour: "behavior", behaviours: "behaviors", colour: "color", favour: "favor", labour: "labor",
  modelling: "modeling", modelled: "modeled", labelled: "labeled", labelling: "labeling", travelling: "traveling",
  centre: "center", centres: "centers", programme: "program", programmes: "programs", analyse: "analyze",
};
const DOUBLE = /([bcdfgkmnprtv])\1$/;

const memo = new Map<string, string>();

export function stem(word: string): string {
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  const out = stemUncached(word);
  if (memo.size < 500_000) memo.set(word, out);
  return out;
}

function stemUncached(input: string): string {
  let w = SPELLING[input] ?? input;
  if (w.length <= 3 || KEEP.has(w)) return w;
  // plurals
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (/(ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && (!/(ss|us|is)$/.test(w) || /[cgtn]pus$/.test(w))) w = w.slice(0, -1);
  if (KEEP.has(w)) return w;
  // -ing / -ed
  if (w.length > 5 && w.endsWith("ing")) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith("ed") && !w.endsWith("eed")) w = undouble(w.slice(0, -2));
  // derivational families
  if (w.length > 6 && /[iy]zation$|[iy]sation$/.test(w)) return w.slice(0, -6) + "z";
  if (w.length > 5 && /i[sz](er|e)$/.test(w)) return w.replace(/i[sz](er|e)$/, "iz");
  if (w.length > 7 && w.endsWith("ation")) return w.slice(0, -5);
  if (w.length > 6 && w.endsWith("ate")) return w.slice(0, -3);
  if (w.length > 6 && w.endsWith("tion")) return w.slice(0, -3);
  if (w.length > 6 && w.endsWith("er")) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("e")) return w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return DOUBLE.test(w) ? w.slice(0, -1) : w;
}
