/**
 * Draws the slots of one paper: which problem of its area, which methods, challenges,
 * setting and name. Titles, abstracts and reviews are all written from this context.
 */
import { DEFAULT_CHALLENGES, DEFAULT_METHODS } from "../config/taxonomy.ts";
import { vocabularyOf } from "./areas.ts";
import { METHOD_VOCABULARY } from "./methods.ts";
import type { Rng } from "./prng.ts";
import type { SystemNamer } from "./system-names.ts";
import type { Area, Challenge, Kind, Method, PaperContext, Problem } from "./types.ts";

const LLM: Method = "LLMs / agents";

const CHALLENGE_WEIGHTS: Record<Challenge, number> = {
  "feature stability": 3, reliability: 3, availability: 1.5, "rollout integration": 2.5, verification: 1.5,
  "safety guarantees": 2, "feedback loops": 1.5, debuggability: 2, explainability: 2,
};

/** How many challenges a paper of each kind discusses: [min, max]. */
const CHALLENGE_COUNTS: Record<Kind, [number, number]> = {
  deployment: [2, 3], research: [1, 2], position: [2, 3], benchmark: [1, 2],
};

/** Spreads papers over an area's problems so that the same problem rarely repeats. */
export class ProblemPicker {
  private readonly uses = new Map<Problem, number>();

  pick(rng: Rng, area: Area): Problem {
    let least = Infinity;
    let candidates: Problem[] = [];
    for (const p of vocabularyOf(area).problems) {
      const n = this.uses.get(p) ?? 0;
      if (n < least) {
        least = n;
        candidates = [p];
      } else if (n === least) candidates.push(p);
    }
    const problem = rng.pick(candidates);
    this.uses.set(problem, least + 1);
    return problem;
  }
}

/** LLMs spread with the years (`llmShare`), mostly to problems where they fit. */
function chooseMethods(rng: Rng, problem: Problem, llmShare: number): Method[] {
  let primary: Method;
  if (rng.chance(llmShare * (problem.methods.includes(LLM) ? 1.8 : 0.3))) primary = LLM;
  else if (rng.chance(0.05)) primary = rng.pick(DEFAULT_METHODS.filter((m) => m !== LLM));
  else primary = rng.weighted(problem.methods, [0.55, 0.3, 0.15].slice(0, problem.methods.length));
  if (!rng.chance(0.28)) return [primary];
  const others = problem.methods.filter((m) => m !== primary);
  const secondary = others.length > 0 && rng.chance(0.8) ? rng.pick(others) : rng.pick(DEFAULT_METHODS.filter((m) => m !== primary));
  return [primary, secondary];
}

function chooseChallenges(rng: Rng, kind: Kind): Challenge[] {
  const [lo, hi] = CHALLENGE_COUNTS[kind];
  const n = rng.int(lo, hi);
  const chosen: Challenge[] = [];
  while (chosen.length < n) {
    const left = DEFAULT_CHALLENGES.filter((c) => !chosen.includes(c));
    chosen.push(rng.weighted(left, left.map((c) => CHALLENGE_WEIGHTS[c])));
  }
  return chosen;
}

/** Areas where a code-specialised LLM makes sense. */
const CODE_AREAS: readonly Area[] = ["Code Modeling", "Compilers", "Software Systems", "Security"];

function phrasesFor(method: Method, area: Area): [string, string][] {
  const phrases = METHOD_VOCABULARY[method].phrases;
  return CODE_AREAS.includes(area) ? phrases : phrases.filter(([p]) => !p.includes("code LLM"));
}

export interface ContextOptions {
  area: Area;
  kind: Kind;
  llmShare: number;
  problems: ProblemPicker;
  namer: SystemNamer;
}

export function buildContext(rng: Rng, o: ContextOptions): PaperContext {
  const problem = o.problems.pick(rng, o.area);
  const methods = chooseMethods(rng, problem, o.llmShare);
  const named = o.kind === "benchmark" || (o.kind === "research" && rng.chance(0.8)) || (o.kind === "deployment" && rng.chance(0.15));
  return {
    area: o.area,
    kind: o.kind,
    problem,
    methods,
    methodPhrases: methods.map((m) => rng.pick(phrasesFor(m, o.area))[0]),
    challenges: chooseChallenges(rng, o.kind),
    org: rng.pick(vocabularyOf(o.area).orgs),
    setting: rng.pick(problem.settings),
    name: named ? o.namer.take() : null,
    cost: rng.pick(problem.costs),
    pitfall: rng.pick(problem.pitfalls),
    testbed: rng.pick(problem.testbeds),
  };
}
