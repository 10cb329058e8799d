/**
 * The default classification scheme: the PACMI call for papers (see README, "Taxonomy").
 * It is configuration, not code: `workshop.config.json` may replace any list.
 */
export const DEFAULT_AREAS = [
  "Computer Architecture",
  "Network Systems",
  "Operating Systems",
  "Runtime Systems",
  "Software Systems",
  "Code Modeling",
  "Compilers",
  "Databases",
  "Data Centers",
  "Distributed Systems",
  "Security",
  "Performance Tools",
] as const;

/** Papers outside every configured area. */
export const OTHER_AREA = "Other";

export const KINDS = ["deployment", "research", "position", "benchmark"] as const;
export type Kind = (typeof KINDS)[number];

export const DEFAULT_CHALLENGES = [
  "feature stability",
  "reliability",
  "availability",
  "rollout integration",
  "verification",
  "safety guarantees",
  "feedback loops",
  "debuggability",
  "explainability",
] as const;

export const DEFAULT_METHODS = [
  "supervised learning",
  "deep learning",
  "reinforcement learning",
  "bandits / Bayesian optimisation",
  "LLMs / agents",
  "statistical / causal",
] as const;
