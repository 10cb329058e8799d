/**
 * How papers talk about each practical challenge of the call. Problems are noun phrases
 * ("X was hard"), remedies are gerund phrases ("we fixed it by ...").
 */
import type { Challenge } from "./types.ts";

interface ChallengeVocabulary {
  /** For titles: "Lessons on Safe Rollouts from ...". */
  title: string;
  /** The challenge as a problem, for titles: "Taming Feature Drift in ...". */
  trouble: string;
  problems: string[];
  remedies: string[];
  /** For reviews and position papers: a short noun phrase. */
  noun: string;
}

export const CHALLENGE_VOCABULARY: Record<Challenge, ChallengeVocabulary> = {
  "feature stability": {
    title: "Feature Drift",
    trouble: "Feature Drift",
    noun: "feature stability",
    problems: [
      "input features whose meaning changed silently after upstream releases",
      "features that drift as the workload evolves",
      "telemetry counters that were renamed or resampled without notice",
      "unstable features that made yesterday's model wrong today",
    ],
    remedies: [
      "versioning feature definitions together with the model",
      "monitoring feature distributions and freezing the model when they shift",
      "restricting the model to features with a stable owner",
    ],
  },
  reliability: {
    title: "Reliability",
    trouble: "Silent Mispredictions",
    noun: "reliability",
    problems: [
      "mispredictions that cascaded into user-visible incidents",
      "rare inputs where the model was confidently wrong",
      "keeping the system reliable when the model misbehaves",
      "tail behaviour that offline metrics never showed",
    ],
    remedies: [
      "falling back to the old heuristic whenever the model is uncertain",
      "clamping the model's output to a range the system was designed for",
      "treating the model as an advisory signal rather than a decision",
    ],
  },
  availability: {
    title: "Availability",
    trouble: "Model Outages",
    noun: "availability",
    problems: [
      "keeping the decision path available when the model service is down",
      "inference latency spikes on the critical path",
      "the model becoming a new single point of failure",
    ],
    remedies: [
      "caching the last good prediction",
      "moving inference off the critical path",
      "running a replica of the model next to every consumer",
    ],
  },
  "rollout integration": {
    title: "Safe Rollouts",
    trouble: "Risky Model Rollouts",
    noun: "integration with the rollout process",
    problems: [
      "fitting model updates into the existing staged rollout process",
      "canarying a model whose effects show up only after days",
      "release processes that assumed code, not retrained weights, changes behaviour",
    ],
    remedies: [
      "treating every model version as a release with its own canary",
      "shadow deployments followed by a gradual ramp-up",
      "gating retrained models on the same checks as code changes",
    ],
  },
  verification: {
    title: "Verification",
    trouble: "Unverified Decisions",
    noun: "verification",
    problems: [
      "checking that a learned policy respects invariants the old code guaranteed",
      "the lack of a specification for what the model should do",
      "verifying a component whose behaviour changes with every retraining",
    ],
    remedies: [
      "runtime monitors that check every decision against invariants",
      "verifying the policy offline against a formal model of the system",
      "property-based tests over the model's input space",
    ],
  },
  "safety guarantees": {
    title: "Safety Guarantees",
    trouble: "Unsafe Exploration",
    noun: "safety guarantees",
    problems: [
      "bounding worst-case behaviour on inputs never seen in training",
      "exploration that could hurt live traffic",
      "the absence of guarantees that operators could sign off on",
    ],
    remedies: [
      "guardrails that override the model outside a safe envelope",
      "limiting exploration to a small, capped slice of traffic",
      "a conservative safety layer with provable bounds",
    ],
  },
  "feedback loops": {
    title: "Feedback Loops",
    trouble: "Feedback Loops",
    noun: "feedback loops",
    problems: [
      "feedback loops in which the model's own decisions shaped its training data",
      "a policy that looked good only because it changed the workload it was measured on",
      "training data biased by the previous model's choices",
    ],
    remedies: [
      "holding out a randomised control slice",
      "logging the alternatives the model did not choose",
      "off-policy correction when retraining",
    ],
  },
  debuggability: {
    title: "Debuggability",
    trouble: "Opaque Regressions",
    noun: "debuggability",
    problems: [
      "debugging regressions that traced back to a model update",
      "reproducing a bad decision weeks after it happened",
      "on-call engineers who could not tell whether the model or the system was at fault",
    ],
    remedies: [
      "logging model inputs and outputs with every decision",
      "tooling to replay past decisions against any model version",
      "per-decision attribution in the incident dashboards",
    ],
  },
  explainability: {
    title: "Explainability",
    trouble: "Opaque Decisions",
    noun: "explainability",
    problems: [
      "operators who would not trust decisions they could not explain",
      "explaining to on-call engineers why the model acted as it did",
      "opaque decisions that auditors asked to justify",
    ],
    remedies: [
      "surfacing the few features behind each decision",
      "distilling the model into rules that operators can read",
      "natural-language explanations attached to every action",
    ],
  },
};
