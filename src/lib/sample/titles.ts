/** Title templates per kind of paper, filled from a paper's context. */
import { CHALLENGE_VOCABULARY } from "./challenges.ts";
import { METHOD_VOCABULARY, titleFormOf } from "./methods.ts";
import type { Rng } from "./prng.ts";
import { bare, titleCase, withArticle } from "./text.ts";
import type { Challenge, Kind, PaperContext } from "./types.ts";

type TitleTemplate = (c: Slots) => string | null;

interface Slots {
  /** Artifact, task, "in the Component", method, org, setting, challenge, its trouble, adjective, name, duration. */
  A: string; T: string; InC: string; S: string; O: string; Set: string; Ch: string; Tr: string; Adj: string;
  N: string | null; D: string; goal: string; llm: boolean; ctx: PaperContext;
}

const ADJECTIVES: Record<Challenge, string> = {
  "feature stability": "Drift-Resilient", reliability: "Reliable", availability: "Highly Available",
  "rollout integration": "Deployable", verification: "Verifiable", "safety guarantees": "Safe",
  "feedback loops": "Feedback-Aware", debuggability: "Debuggable", explainability: "Explainable",
};

const DURATIONS = ["Two Years", "Eighteen Months", "Three Years", "One Year", "Four Years"];

const TEMPLATES: Record<Kind, TitleTemplate[]> = {
  deployment: [
    (s) => `Lessons from Deploying ${withArticle(s.A)} in Production`,
    (s) => `Lessons from Deploying ${withArticle(s.A)} at ${s.O}`,
    (s) => `${s.T} in Production: ${s.D} with ${s.S}`,
    (s) => `What We Learned Running ${s.S} for ${s.T} at ${s.O}`,
    (s) => (s.InC.split(" ").length <= 5 ? `From Shadow Mode to Default: Rolling Out ${withArticle(s.A)} ${s.InC}` : null),
    (s) => `A Retrospective on ${s.S} for ${s.T} in ${s.Set}`,
    (s) => `When the Model Meets the Fleet: ${s.T} with ${s.S} at Scale`,
    (s) => `${s.T} in the Wild: Experience with ${withArticle(s.A)}`,
    (s) => `Taming ${s.Tr} in a Production ${s.A}`,
    (s) => `Accuracy Is Not Enough: Lessons on ${s.Ch} from Deploying ${withArticle(s.A)}`,
    (s) => `Deploying ${s.S} for ${s.T}: An Experience Report`,
    (s) => `Beyond the Benchmark: Operating ${withArticle(s.A)} in ${s.Set}`,
    (s) => (s.N ? `${s.N}: ${s.D} of ML-Driven ${s.T} at ${s.O}` : null),
  ],
  research: [
    (s) => (s.N ? `${s.N}: ${s.S} for ${s.T}` : null),
    (s) => (s.N ? `${s.N}: ${s.Adj} ${s.T} via ${s.S}` : null),
    (s) => (s.N && s.goal.split(" ").length <= 8 ? `${s.N}: Learning to ${titleCase(s.goal)}` : null),
    (s) => (s.goal.split(" ").length <= 9 ? `Learning to ${titleCase(s.goal)} with ${s.S}` : null),
    (s) => `Towards ${s.Adj} ${s.T} with ${s.S}`,
    (s) => `${s.S} for ${s.T}: A Simulation Study`,
    (s) => `Can ${s.S} Improve ${s.T}?`,
    (s) => `Rethinking ${s.T} with ${s.S}`,
    (s) => (s.InC.split(" ").length <= 5 ? `Practical ${s.T} with ${s.S} ${s.InC}` : null),
  ],
  position: [
    (s) => `The Case for ${s.Adj} ${s.T}`,
    (s) => `Position: ${s.T} Needs ${s.Ch} More Than Accuracy`,
    (s) => (s.llm ? `Rethinking ${s.T} in the Era of LLM Agents` : null),
    (s) => (s.llm ? `Agents in the Loop: A Vision for ${s.T}` : null),
    (s) => `Why ML for ${s.T} Rarely Leaves the Lab`,
    (s) => `Towards Autonomous ${s.T}: A Vision`,
    (s) => `Open Challenges in Deploying ML for ${s.T}`,
    (s) => `What Would It Take to Trust ${withArticle(s.A)}?`,
    (s) => `Stop Evaluating ${s.T} in Isolation`,
  ],
  benchmark: [
    (s) => `${s.N}Bench: A Benchmark for ${s.T}`,
    (s) => `${s.N}: An Open Dataset of ${titleCase(s.ctx.problem.data, true)}`,
    (s) => `A Reproducible Testbed for ML-Based ${s.T}`,
    (s) => `${s.N}: A Toolkit for Evaluating ${s.S} in ${s.T}`,
    (s) => `${s.N}: Realistic Traces for ${s.T} Research`,
    (s) => `Measuring What Matters: A Benchmark for ${s.Adj} ${s.T}`,
  ],
};

/** The long words of a phrase (cached: phrases come from a finite vocabulary). */
function words(text: string): Set<string> {
  let set = WORDS.get(text);
  if (!set) {
    set = new Set(text.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 3));
    WORDS.set(text, set);
  }
  return set;
}
const WORDS = new Map<string, Set<string>>();

/** The method as the title names it: usually the specific form, never repeating the task's words. */
function methodTitle(rng: Rng, ctx: PaperContext): string {
  const method = ctx.methods[0];
  const taskWords = words(ctx.problem.task);
  const candidates = [titleFormOf(method, ctx.methodPhrases[0]), ...rng.shuffle(METHOD_VOCABULARY[method].generic)];
  const start = rng.chance(0.75) ? 0 : 1;
  const fits = candidates.slice(start).concat(candidates.slice(0, start)).filter((c) => ![...words(c)].some((w) => taskWords.has(w)));
  return fits[0] ?? "Machine Learning";
}

/** "in the Query Optimizer", or "for a Cloud Database" when the component has no definite article. */
function inComponent(component: string): string {
  return component.startsWith("the ") ? `in the ${titleCase(bare(component))}` : `for ${titleCase(component, true)}`;
}

/** Every template is taken: number the title as a series would ("..., Part II"). */
function writeFallback(rng: Rng, slots: Slots, used: Set<string>): string {
  const base = rng.pick(TEMPLATES[slots.ctx.kind].map((t) => t(slots)).filter((t): t is string => t !== null));
  let n = 2;
  while (used.has(`${base} (Part ${n})`)) n++;
  used.add(`${base} (Part ${n})`);
  return `${base} (Part ${n})`;
}

/** "Root-Cause Analysis ... a Root-Cause Analysis Assistant" reads badly: no long word twice. */
function repeatsAWord(title: string): boolean {
  const seen = new Set<string>();
  for (const w of title.toLowerCase().split(/[\s:?-]+/)) {
    if (w.length < 6) continue;
    if (seen.has(w)) return true;
    seen.add(w);
  }
  return false;
}

/** A title for the paper, in the style of its kind, avoiding the titles in `used` when it can. */
export function writeTitle(rng: Rng, ctx: PaperContext, used: Set<string>): string {
  const challenge = CHALLENGE_VOCABULARY[ctx.challenges[0]];
  const slots: Slots = {
    A: titleCase(ctx.problem.artifact),
    T: titleCase(ctx.problem.task),
    InC: inComponent(ctx.problem.component),
    S: methodTitle(rng, ctx),
    O: titleCase(ctx.org, true),
    Set: titleCase(ctx.setting, true),
    Ch: challenge.title,
    Tr: challenge.trouble,
    Adj: ADJECTIVES[ctx.challenges[0]],
    N: ctx.name,
    D: rng.pick(DURATIONS),
    goal: ctx.problem.goal,
    llm: ctx.methods.includes("LLMs / agents"),
    ctx,
  };
  let fallback: string | null = null;
  for (const template of rng.shuffle(TEMPLATES[ctx.kind])) {
    const title = template(slots);
    if (title === null || used.has(title)) continue;
    if (!repeatsAWord(title)) {
      used.add(title);
      return title;
    }
    fallback ??= title;
  }
  return fallback ?? writeFallback(rng, slots, used);
}
