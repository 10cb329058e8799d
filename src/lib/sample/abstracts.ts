/**
 * Abstracts per kind of paper, 80-180 words: context, contribution, setting, results,
 * challenges, lessons. Every method and challenge of the truth appears in the text.
 */
import {
  artifactWithMethod, challengeNouns, challengeProblem, challengeRemedy, contextSentence, formulation, may, need,
  otherCost, percent, secondMethodSentence, type Sentence,
} from "./abstract-parts.ts";
import { CHALLENGE_VOCABULARY } from "./challenges.ts";
import type { Rng } from "./prng.ts";
import { cap, joinList, spelled, wordCount } from "./text.ts";
import type { Challenge, Kind, PaperContext } from "./types.ts";

const DURATIONS = ["two years", "eighteen months", "three years", "more than a year", "nine months", "four years"];

function deployment(r: Rng, c: PaperContext): Sentence[] {
  const p = c.problem;
  const [c1, c2, c3] = c.challenges;
  const cost2 = otherCost(r, c);
  const gain = percent(r, 4, 38);
  const out: Sentence[] = [may(contextSentence(r, c, "practice"))];
  out.push(need(r.choose(
    () => `We report on ${r.pick(DURATIONS)} of running ${artifactWithMethod(r, c)} in ${c.setting} at ${c.org}.`,
    () => `This paper describes how we replaced ${p.baseline} with ${artifactWithMethod(r, c)} in ${p.component} at ${c.org}, where it runs in ${c.setting}.`,
    () => `At ${c.org}, we deployed ${artifactWithMethod(r, c)} to ${p.goal}; it has been in production for ${r.pick(DURATIONS)}.`,
    () => `We share our experience deploying ${c.methodPhrases[0]} to ${p.goal} in ${c.setting} at ${c.org}.`,
  )));
  out.push(...secondMethodSentence(r, c));
  out.push(may(`The model consumes ${p.inputs}, ${r.pick(["is retrained nightly", "is retrained every week", "is refreshed monthly behind an offline validation gate", "is updated continuously from production logs"])}, and ${r.pick(["is now enabled everywhere it applies", "has replaced the old heuristic completely", "is enabled for roughly a third of the workload", "is now the default", "still runs alongside the old heuristic for part of the workload"])}.`));
  out.push(need(r.choose(
    () => `Compared with ${p.baseline}, it reduced ${c.cost} by ${gain}%${r.pick(["", " at the median", " at the tail", " during peak hours", " over the first six months"])}.`,
    () => cost2 ? `It cut ${c.cost} by ${gain}% and ${cost2} by ${percent(r, 3, 25)}% relative to ${p.baseline}.` : `It cut ${c.cost} by ${gain}% relative to ${p.baseline}.`,
    () => `Production gains were smaller than offline experiments suggested: ${c.cost} fell by ${gain}% rather than the ${gain + percent(r, 8, 30)}% we measured offline.`,
    () => `Against ${p.baseline}, ${c.cost} dropped by ${gain}%, with no measurable regression elsewhere.`,
  )));
  if (c2) {
    out.push(need(r.choose(
      () => `Most of the engineering effort went not into the model but into ${challengeProblem(r, c1)} and ${challengeProblem(r, c2)}.`,
      () => `The hardest problems were ${challengeProblem(r, c1)}, which we addressed by ${challengeRemedy(r, c1)}, and ${challengeProblem(r, c2)}.`,
      () => `We describe incidents caused by ${challengeProblem(r, c1)} and by ${challengeProblem(r, c2)}, and how ${challengeRemedy(r, c1)} kept them from recurring.`,
    )));
  } else {
    out.push(need(`The hardest part was not modelling but ${challengeProblem(r, c1)}, which we addressed by ${challengeRemedy(r, c1)}.`));
  }
  if (c3) out.push(need(`We also had to deal with ${challengeProblem(r, c3)}.`));
  out.push(may(r.pick([`An early version failed on ${c.pitfall}.`, `We also describe what went wrong, notably ${c.pitfall}.`])));
  out.push(need(r.choose(
    () => `We close with ${spelled(r.int(3, 7))} lessons for teams considering similar deployments.`,
    () => `We distill lessons learned about ${challengeNouns(c.challenges.slice(0, 2))} that we believe apply beyond ${p.task}.`,
    () => `Our lessons learned are meant for practitioners who want to move learned components from prototype to production.`,
  )));
  return out;
}

const NOVELTY: Record<Challenge, string> = {
  "feature stability": "detects drift in its input features and adapts without full retraining",
  reliability: "falls back to the existing heuristic when its confidence is low, so reliability never drops below the baseline",
  availability: "keeps inference off the critical path so that it cannot reduce availability",
  "rollout integration": "is designed to be shipped through an ordinary staged rollout, with shadow evaluation built in",
  verification: "comes with a runtime checker that verifies every decision against system invariants",
  "safety guarantees": "provides a worst-case safety guarantee relative to the baseline",
  "feedback loops": "corrects for the feedback loop its own decisions introduce into the training data",
  debuggability: "records enough context to replay and debug any decision",
  explainability: "explains each decision in terms of a few interpretable features",
};

function research(r: Rng, c: PaperContext): Sentence[] {
  const p = c.problem;
  const [c1, c2] = c.challenges;
  const it = c.name ?? "our approach";
  const cost2 = otherCost(r, c);
  const gain = percent(r, 9, 55);
  const out: Sentence[] = [need(contextSentence(r, c, "research"))];
  out.push(need(r.choose(
    () => `We propose ${c.name ?? "a new approach"}, which uses ${c.methodPhrases[0]} to ${p.goal} from ${p.inputs}.`,
    () => `This paper presents ${c.name ? `${c.name}, which casts` : "an approach that casts"} ${p.task} as ${formulation(r, c)} and solves it with ${c.methodPhrases[0]}.`,
    () => `We introduce ${c.name ?? "a technique"} for ${p.component}: ${artifactWithMethod(r, c)}, trained on ${p.inputs}.`,
  )));
  out.push(...secondMethodSentence(r, c));
  out.push(need(`Unlike prior learned approaches, ${it} ${NOVELTY[c1]}.`));
  out.push(need(r.choose(
    () => `We evaluate ${it} on ${c.testbed}: it reduces ${c.cost} by ${gain}% over ${p.baseline}.`,
    () => `On ${c.testbed}, ${it} outperforms ${p.baseline}, reducing ${c.cost} by up to ${gain}%${cost2 ? ` and ${cost2} by ${percent(r, 5, 30)}%` : ""}.`,
    () => `Experiments on ${c.testbed} show ${r.pick(["a", "an average"])} ${gain}% reduction in ${c.cost} compared with ${p.baseline}.`,
  )));
  out.push(may(`Inference adds ${r.pick(["less than a millisecond", "a few microseconds", "under 2% overhead", "negligible overhead"])} per decision.`));
  out.push(need(c2
    ? `We also discuss what deployment would require, in particular ${challengeProblem(r, c2)}.`
    : r.choose(
      () => `Our evaluation stops short of a production deployment; we leave ${c.pitfall} to future work.`,
      () => `We discuss the gap between our results and a real deployment, where ${c.pitfall} would matter.`,
    )));
  return out;
}

function position(r: Rng, c: PaperContext): Sentence[] {
  const p = c.problem;
  const [c1, c2] = c.challenges;
  const noun1 = CHALLENGE_VOCABULARY[c1].noun;
  const out: Sentence[] = [may(contextSentence(r, c, "practice"))];
  out.push(need(r.pick([
    `We argue that the main obstacle to deploying ML for ${p.task} is not model accuracy but ${noun1}.`,
    `We argue that evaluations of learned ${p.task} reward offline accuracy, while success in production depends on ${challengeNouns([c1, c2])}.`,
    ...(c.methods[0] === "supervised learning" || c.methods[0] === "statistical / causal"
      ? []
      : [`We argue that ${p.task} should be rethought around ${c.methodPhrases[0]}, and that doing so safely requires progress on ${noun1}.`]),
    ...(c.methods[0] === "LLMs / agents" || c.methods[0] === "reinforcement learning"
      ? [`This vision paper argues that ${p.component} will increasingly be operated by ${c.methodPhrases[0]}, and asks what must change before operators accept it, starting with ${noun1}.`]
      : []),
  ])));
  if (c.methodPhrases.length > 1) out.push(need(`We contrast this with ${c.methodPhrases[1]}, which ${r.pick(["most prior work has pursued", "has received most of the attention so far", "is often proposed as the safer alternative"])}.`));
  out.push(may(r.choose(
    () => `Drawing on ${spelled(r.int(2, 6))} deployments we have been involved in at ${c.org}, we show that one failure mode keeps recurring: ${c.pitfall}.`,
    () => `We illustrate the argument with a case study of ${c.pitfall} in ${c.setting}.`,
    () => `Our position is informed by our own experience with ${c.setting}.`,
  )));
  out.push(need(`We outline open challenges for the community: ${joinList(c.challenges.map((ch) => challengeProblem(r, ch)))}.`));
  out.push(need(r.choose(
    () => `We propose a research agenda and call for benchmarks that measure these properties rather than average-case gains.`,
    () => `We hope this vision sparks discussion at the workshop about what a deployable ${p.artifact} should look like.`,
    () => `We end with concrete questions that researchers and practitioners could answer together.`,
  )));
  return out;
}

const MEASURES: Record<Challenge, string> = {
  "feature stability": "robustness to feature drift", reliability: "worst-case regressions", availability: "behaviour when the model service is unavailable",
  "rollout integration": "the cost of staged rollouts", verification: "violations of system invariants", "safety guarantees": "safety violations",
  "feedback loops": "the effect of feedback loops over repeated retraining", debuggability: "the effort needed to debug a bad decision",
  explainability: "the fidelity of explanations",
};

function benchmark(r: Rng, c: PaperContext): Sentence[] {
  const p = c.problem;
  const out: Sentence[] = [need(r.choose(
    () => `Progress on ML for ${p.task} is hard to measure: published results use different workloads and rarely reflect ${c.setting}.`,
    () => `Learned approaches to ${p.task} are usually evaluated on synthetic workloads that miss ${c.pitfall}.`,
    () => `Papers on ${p.task} in ${p.component} cannot be compared, because each uses its own private data.`,
  ))];
  out.push(need(`We release ${c.name}, ${r.pick(["an open benchmark", "a public dataset", "an open-source toolkit", "a simulator and dataset"])} built from ${p.data} ${r.pick([`collected at ${c.org}`, `from ${c.setting}`, `gathered over six months at ${c.org}`])}.`));
  out.push(need(`${c.name} comes with a harness that measures ${c.cost} as well as ${joinList(c.challenges.map((ch) => MEASURES[ch]))}.`));
  out.push(need(`We evaluate ${spelled(r.int(4, 9))} baselines, from ${p.baseline} to ${joinList(c.methodPhrases)}, and find that ${r.choose(
    () => "no method dominates across workloads",
    () => "learned methods that excel on synthetic data lose most of their advantage on real traces",
    () => "simple models are competitive with deep ones once features are chosen carefully",
    () => "the ranking of methods changes when tail metrics replace averages",
  )}.`));
  out.push(may(r.choose(
    () => "All traces are anonymised and released under a permissive licence.",
    () => "The dataset, harness and baselines are open source.",
    () => `We describe how we anonymised the data and what it cannot tell us about ${p.task}.`,
  )));
  return out;
}

const BUILDERS: Record<Kind, (r: Rng, c: PaperContext) => Sentence[]> = { deployment, research, position, benchmark };

const MIN_WORDS = 80;
const MAX_WORDS = 180;

/** An abstract of 80-180 words: optional sentences are dropped, from the end, while it is too long. */
export function writeAbstract(r: Rng, c: PaperContext): string {
  const sentences = BUILDERS[c.kind](r, c);
  const counts = sentences.map((s) => wordCount(s.text));
  let total = counts.reduce((a, b) => a + b, 0);
  const drop = new Set<number>();
  for (let i = sentences.length - 1; i >= 0 && total > MAX_WORDS; i--) {
    if (sentences[i].optional) {
      drop.add(i);
      total -= counts[i];
    }
  }
  let kept = sentences.filter((_, i) => !drop.has(i));
  if (total < MIN_WORDS) {
    kept = [...kept, need(`${cap(c.problem.task)} matters because ${c.problem.stakes}, and we believe our findings generalise to similar settings.`)];
  }
  return kept.map((s) => s.text).join(" ");
}
