/**
 * Review prose, consistent with the score: a summary, comments for authors (strengths,
 * weaknesses, questions, a recommendation) and, sometimes, a note to the committee.
 */
import { CHALLENGE_VOCABULARY } from "./challenges.ts";
import { METHOD_VOCABULARY } from "./methods.ts";
import type { Rng } from "./prng.ts";
import { withArticle } from "./text.ts";
import type { Kind, PaperContext } from "./types.ts";

export interface ReviewText {
  summary: string;
  forAuthors: string;
  forPC: string;
}

function summaries(c: PaperContext, r: Rng): string[] {
  const p = c.problem;
  const m = c.methodPhrases[0];
  const it = c.name ?? "an approach";
  const byKind: Record<Kind, string[]> = {
    deployment: [
      `The paper reports on deploying ${withArticle(p.artifact)} based on ${m} in ${c.setting}. It compares against ${p.baseline} and describes the problems met along the way.`,
      `This is an experience paper about ${p.task} at ${c.org}: the authors replaced ${p.baseline} with ${m} and report what happened in production.`,
      `The authors describe how they moved ${withArticle(p.artifact)} from prototype to production in ${p.component}, and what broke along the way.`,
    ],
    research: [
      `The paper proposes ${it}, which uses ${m} to ${p.goal}. It is evaluated on ${c.testbed}.`,
      `This submission casts ${p.task} as ${r.pick(METHOD_VOCABULARY[c.methods[0]].formulations)} and solves it with ${m}, evaluated on ${c.testbed}.`,
      `A learned approach to ${p.task} in ${p.component}, based on ${m}, with a simulation-based evaluation against ${p.baseline}.`,
    ],
    position: [
      `A position paper arguing that ${CHALLENGE_VOCABULARY[c.challenges[0]].noun}, rather than accuracy, is what holds back ML for ${p.task}.`,
      `The authors argue for rethinking how ${p.component} adopts learned components, using ${p.task} as the running example.`,
    ],
    benchmark: [
      `The paper releases ${c.name}, a benchmark for ${p.task} built from ${p.data}, and evaluates several baselines on it.`,
      `The submission contributes ${p.data} and a harness for evaluating methods for ${p.task}.`,
    ],
  };
  return byKind[c.kind];
}

function strengths(c: PaperContext): string[] {
  const p = c.problem;
  const ch = CHALLENGE_VOCABULARY[c.challenges[0]].noun;
  const byKind: Record<Kind, string[]> = {
    deployment: [
      "Real production numbers are rare at this venue, and the paper has them.",
      `The discussion of ${ch} is candid and useful to practitioners.`,
      "The lessons are concrete and would transfer to other teams.",
      `The comparison against ${p.baseline} in production is convincing.`,
      "I appreciated the honest account of what did not work.",
    ],
    research: [
      "The problem formulation is clean and well motivated.",
      `The evaluation on ${c.testbed} is reasonably thorough.`,
      `Handling ${ch} explicitly, rather than as an afterthought, is a good idea.`,
      "The ablations help to understand where the gains come from.",
    ],
    position: [
      "The argument is timely and well suited to the workshop.",
      "It names problems that many practitioners will recognise.",
      "It could spark a good discussion at the workshop.",
    ],
    benchmark: [
      `A shared benchmark for ${p.task} is overdue.`,
      "The data release is valuable in itself.",
      "The harness measures more than average accuracy, which is the right call.",
    ],
  };
  return [...byKind[c.kind], "The writing is clear and the paper is easy to follow.", "The topic is a very good fit for the workshop."];
}

function weaknesses(c: PaperContext): string[] {
  const p = c.problem;
  const byKind: Record<Kind, string[]> = {
    deployment: [
      "The paper does not say how the model is retrained, or how often.",
      "It is hard to separate the effect of the model from other changes made at the same time.",
      "All numbers are relative; absolute values would help readers judge the impact.",
      `The lessons read as generic and could be more specific to ${p.task}.`,
      `The paper says little about how the team handled ${c.pitfall}.`,
    ],
    research: [
      `The evaluation is limited to ${c.testbed}; it is unclear how this would behave in a real deployment.`,
      `The comparison with ${p.baseline} seems weak; stronger baselines exist.`,
      `The overhead of running ${c.methodPhrases[0]} is not reported.`,
      `It is not clear what happens with ${c.pitfall}.`,
      "The gains may come from tuning rather than from learning.",
    ],
    position: [
      "The argument is mostly anecdotal.",
      "The paper lists challenges but offers few concrete proposals.",
      "Much of this has been said before; the paper should engage with earlier position papers.",
    ],
    benchmark: [
      `It is unclear how representative the data is beyond ${c.setting}.`,
      "The baselines are not tuned as carefully as they could be.",
      "Licensing and anonymisation of the data need more detail.",
    ],
  };
  return [...byKind[c.kind], "Some figures are hard to read.", "The related work section is thin."];
}

function questions(c: PaperContext): string[] {
  const p = c.problem;
  return [
    c.kind === "deployment" ? "How often is the model retrained, and who decides when a new version ships?" : "What would it take to run this in production?",
    `How does the approach cope with ${c.pitfall}?`,
    `How does the approach compare with simply tuning ${p.baseline}?`,
    c.kind === "deployment" ? "Did operators ever override the model, and how often?" : `How sensitive are the results to the choice of ${c.testbed}?`,
    `Would the results transfer to settings other than ${c.setting}?`,
    "How much of the effort went into the model, and how much into the surrounding system?",
  ];
}

function details(c: PaperContext): string[] {
  const p = c.problem;
  return [
    `A diagram of how the ${p.artifact} interacts with ${p.component} would make the design much easier to follow.`,
    `The paper would be stronger with a breakdown of ${c.cost} by workload, not only the aggregate.`,
    `It would help to report how often the system falls back to ${p.baseline}, and what triggers it.`,
    `Please clarify how ${p.inputs} are collected, and how fresh they are when the model uses them.`,
    `The results need some measure of variance; a single number per configuration is hard to interpret.`,
    `I would like to see a discussion of how this compares with similar efforts at other organisations.`,
    `The choice of ${c.methodPhrases[0]} is not really motivated; a simpler model might do as well.`,
    `The threats-to-validity discussion should mention ${c.pitfall}.`,
  ];
}

const CLOSINGS: [number, string[]][] = [
  [0.75, ["I would be happy to see this at the workshop.", "A clear accept for a workshop paper.", "Strong submission; I recommend acceptance."]],
  [0.5, ["Despite these concerns, I lean towards acceptance.", "Good enough for a workshop, where it should generate discussion."]],
  [0.25, ["In its current form the paper is borderline.", "I could be convinced otherwise, but I lean towards rejection."]],
  [-1, ["The paper is not ready yet, even for a workshop.", "I recommend rejection, but encourage the authors to resubmit with a stronger evaluation."]],
];

const SHORT: [number, string[]][] = [
  [0.6, ["Nice paper, good fit. Accept.", "Solid work, clearly presented.", "Interesting and relevant; accept."]],
  [-1, ["Not convinced by the evaluation.", "Too preliminary for now.", "Interesting topic, but the paper is thin."]],
];

const PC_NOTES: [number, string[]][] = [
  [0.75, ["Happy to champion this one.", "One of the better papers in my pile."]],
  [0.4, ["Borderline for me; happy to go with the other reviewers.", "I would not fight for this paper, but would not object either."]],
  [-1, ["I would not fight for this paper.", "Clear reject from my side unless another reviewer sees something I missed."]],
];

/** The pools depend only on the paper, so its reviews share them (a paper has ~3-5 reviews). */
function pools(c: PaperContext, r: Rng): { gists: string[]; pros: string[]; cons: string[]; asks: string[]; more: string[] } {
  let p = POOLS.get(c);
  if (!p) {
    p = { gists: summaries(c, r), pros: strengths(c), cons: weaknesses(c), asks: questions(c), more: details(c) };
    POOLS.set(c, p);
  }
  return p;
}
const POOLS = new WeakMap<PaperContext, ReturnType<typeof pools>>();

const byScore = (table: [number, string[]][], s: number) => table.find(([min]) => s >= min)![1];

/** Review text for a paper; `s` is the reviewer's overall merit mapped to [0, 1]. */
export function writeReviewText(r: Rng, c: PaperContext, s: number, expertise: number): ReviewText {
  const note = r.chance(0.35) ? r.pick(expertise <= 1 ? ["Low confidence, please weigh my review accordingly."] : byScore(PC_NOTES, s)) : "";
  if (r.chance(0.05)) {
    return { summary: r.chance(0.5) ? "" : `A paper on ${c.problem.task}.`, forAuthors: r.pick(byScore(SHORT, s)), forPC: note };
  }
  const pool = pools(c, r);
  const pros = r.sample(pool.pros, 1 + Math.round(2 * s));
  const cons = r.sample(pool.cons, 1 + Math.round(2 * (1 - s)));
  const qs = r.sample(pool.asks, r.int(0, 2));
  const closing = r.pick(byScore(CLOSINGS, s));
  const detail = r.chance(0.35) ? [`Detailed comments: ${r.sample(pool.more, r.int(2, 4)).join(" ")}`] : [];
  const hedge = expertise <= 2 && r.chance(0.5) ? [`I am not an expert in ${c.problem.task}, so please take my comments with a grain of salt.`] : [];
  const style = r.int(0, 2);
  let body: string;
  if (style === 0) {
    body = [
      `Strengths:\n${pros.map((x) => `- ${x}`).join("\n")}`,
      `Weaknesses:\n${cons.map((x) => `- ${x}`).join("\n")}`,
      ...(qs.length ? [`Questions for the authors:\n${qs.map((x, i) => `${i + 1}. ${x}`).join("\n")}`] : []),
      ...detail,
      [...hedge, closing].join(" "),
    ].join("\n\n");
  } else if (style === 1) {
    body = [pros.join(" "), `However, ${cons[0][0].toLowerCase()}${cons[0].slice(1)} ${cons.slice(1).join(" ")}`.trim(), ...detail, [...qs, ...hedge, closing].join(" ")].join("\n\n");
  } else {
    body = [...pros.map((x) => `+ ${x}`), ...cons.map((x) => `- ${x}`), "", ...qs, ...(qs.length ? [""] : []), ...detail.flatMap((x) => [x, ""]), [...hedge, closing].join(" ")].join("\n");
  }
  return { summary: r.pick(pool.gists), forAuthors: body, forPC: note };
}
