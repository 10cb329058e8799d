/**
 * Author-chosen topics and keywords. Authors pick one or two topics from the edition's list,
 * usually but not always the paper's true area: real topic choices are noisy.
 */
import { DEFAULT_AREAS } from "../config/taxonomy.ts";
import { NEIGHBOURS } from "./areas.ts";
import { CHALLENGE_VOCABULARY } from "./challenges.ts";
import { titleFormOf } from "./methods.ts";
import type { Rng } from "./prng.ts";
import type { PaperContext } from "./types.ts";

export const DEPLOYMENT_TOPIC = "ML for systems deployment";
export const BENCHMARK_TOPIC = "Benchmarks and datasets";
export const GENAI_TOPIC = "Generative AI and agents for systems";

/** The submission form's topic list for an edition (the call widened to generative AI in 2024). */
export function editionTopics(year: number): string[] {
  return [...DEFAULT_AREAS, DEPLOYMENT_TOPIC, BENCHMARK_TOPIC, ...(year >= 2024 ? [GENAI_TOPIC] : [])];
}

export function chooseTopics(r: Rng, c: PaperContext, year: number): string[] {
  if (r.chance(0.02)) return [];
  const neighbours = NEIGHBOURS[c.area];
  const first = c.area === "Other" ? r.pick(neighbours) : r.weighted([c.area, r.pick(neighbours), r.pick(DEFAULT_AREAS)], [0.8, 0.15, 0.05]);
  if (!r.chance(0.55)) return [first];
  const candidates: string[] = [];
  if (c.kind === "deployment" && r.chance(0.6)) candidates.push(DEPLOYMENT_TOPIC);
  if (c.kind === "benchmark" && r.chance(0.6)) candidates.push(BENCHMARK_TOPIC);
  if (year >= 2024 && c.methods.includes("LLMs / agents") && r.chance(0.6)) candidates.push(GENAI_TOPIC);
  candidates.push(...neighbours);
  const second = candidates.find((t) => t !== first);
  return second ? [first, second] : [first];
}

/** "Graph Neural Networks" -> "graph neural networks", keeping acronyms ("LLM agents", "deep RL"). */
function keywordForm(title: string): string {
  let keyword = KEYWORD_FORMS.get(title);
  if (keyword === undefined) {
    keyword = title.split(" ").map((w) => (/^[A-Z][a-z]/.test(w) && !PROPER.has(w) ? w.toLowerCase() : w)).join(" ");
    KEYWORD_FORMS.set(title, keyword);
  }
  return keyword;
}
const PROPER = new Set(["Bayesian", "Thompson", "Gaussian", "XGBoost"]);
const KEYWORD_FORMS = new Map<string, string>();

/** Three to five free-text keywords, as authors type them. */
export function chooseKeywords(r: Rng, c: PaperContext): string[] {
  const pool = [
    c.problem.task,
    keywordForm(titleFormOf(c.methods[0], c.methodPhrases[0])),
    ...c.challenges.map((ch) => CHALLENGE_VOCABULARY[ch].noun),
    r.pick(["ML for systems", "machine learning for systems", "learned systems", "MLOps"]),
    ...(c.kind === "deployment" ? [r.pick(["deployment", "production", "experience report", "lessons learned"])] : []),
    ...(c.kind === "benchmark" ? [r.pick(["benchmark", "dataset", "open source"])] : []),
  ];
  const unique = [...new Set(pool)];
  return [unique[0], ...r.sample(unique.slice(1), r.int(2, 4))];
}
