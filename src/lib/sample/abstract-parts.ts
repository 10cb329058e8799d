/** Sentence pools shared by the abstracts of every kind of paper. */
import { CHALLENGE_VOCABULARY } from "./challenges.ts";
import { METHOD_VOCABULARY } from "./methods.ts";
import type { Rng } from "./prng.ts";
import { cap, joinList, withArticle } from "./text.ts";
import type { Challenge, PaperContext } from "./types.ts";

export interface Sentence {
  text: string;
  /** Optional sentences are dropped first when the abstract runs long. */
  optional: boolean;
}

export const need = (text: string): Sentence => ({ text, optional: false });
export const may = (text: string): Sentence => ({ text, optional: true });

/** The opening: why the task matters, in one of several framings. */
export function contextSentence(r: Rng, c: PaperContext, framings: "practice" | "research"): string {
  const p = c.problem;
  const common = [
    () => `${cap(p.task)} is a long-standing problem in ${p.component}: ${p.stakes}.`,
    () => `In ${c.setting}, ${p.stakes}.`,
    () => `${cap(p.component)} relies on ${p.baseline} to ${p.goal}, yet ${p.stakes}.`,
  ];
  const practice = [
    () => `Learned approaches to ${p.task} have matured in the research literature, but little has been written about running them in production.`,
    () => `Research prototypes for ${p.task} routinely report large gains over ${p.baseline}; few of them survive contact with production.`,
  ];
  const research = [
    () => `ML-based ${p.task} promises to ${p.goal} better than ${p.baseline}, but existing approaches are hard to trust.`,
    () => `Existing heuristics for ${p.task} in ${p.component} are tuned by hand and age badly as workloads change.`,
  ];
  return r.choose(...common, ...(framings === "practice" ? practice : research));
}

/** Mentions the second method, if the paper has one. */
export function secondMethodSentence(r: Rng, c: PaperContext): Sentence[] {
  const m2 = c.methodPhrases[1];
  if (!m2) return [];
  const role = r.pick([
    "provides calibrated uncertainty estimates", "handles the cold-start case", "filters out low-confidence decisions",
    "generates the candidates that the main model ranks", "flags inputs that fall outside the training distribution",
  ]);
  return [need(r.pick([`A second model based on ${m2} ${role}.`, `We combine it with ${m2}, which ${role}.`]))];
}

export function percent(r: Rng, lo: number, hi: number): number {
  return r.int(lo, hi);
}

export function otherCost(r: Rng, c: PaperContext): string | null {
  const rest = c.problem.costs.filter((x) => x !== c.cost);
  return rest.length > 0 ? r.pick(rest) : null;
}

export function challengeProblem(r: Rng, ch: Challenge): string {
  return r.pick(CHALLENGE_VOCABULARY[ch].problems);
}

export function challengeRemedy(r: Rng, ch: Challenge): string {
  return r.pick(CHALLENGE_VOCABULARY[ch].remedies);
}

export function challengeNouns(challenges: readonly Challenge[]): string {
  return joinList(challenges.map((ch) => CHALLENGE_VOCABULARY[ch].noun));
}

export function formulation(r: Rng, c: PaperContext): string {
  return r.pick(METHOD_VOCABULARY[c.methods[0]].formulations);
}

/** "a learned cardinality estimator based on gradient-boosted trees". */
export function artifactWithMethod(r: Rng, c: PaperContext): string {
  const m = c.methodPhrases[0];
  return r.pick([`${withArticle(c.problem.artifact)} based on ${m}`, `${withArticle(c.problem.artifact)} built on ${m}`, `${withArticle(c.problem.artifact)} that uses ${m}`]);
}
