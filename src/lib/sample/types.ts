/**
 * The generator's own model of an edition: what the writers turn into each system's exports.
 * It carries the truth (area, kind, challenges, methods) that the exports never show.
 */
import type { DEFAULT_AREAS, DEFAULT_CHALLENGES, DEFAULT_METHODS, Kind, OTHER_AREA } from "../config/taxonomy.ts";
import type { Status } from "../model/records.ts";

export type Area = (typeof DEFAULT_AREAS)[number] | typeof OTHER_AREA;
export type Method = (typeof DEFAULT_METHODS)[number];
export type Challenge = (typeof DEFAULT_CHALLENGES)[number];
export type { Kind };

/** One ML-for-systems problem: the slots the title, abstract and review templates fill. */
export interface Problem {
  /** Noun phrase, lower case: "cardinality estimation". */
  task: string;
  /** What the ML component is called, without article: "learned cardinality estimator". */
  artifact: string;
  /** The system it plugs into, with article: "the query optimizer". */
  component: string;
  /** Infinitive without "to": "predict the sizes of intermediate join results". */
  goal: string;
  /** What the model looks at: "query plans and column statistics". */
  inputs: string;
  /** Why the task matters, a clause: "a bad estimate can make a plan 100x slower". */
  stakes: string;
  /** Production settings, each with an article. */
  settings: string[];
  /** Lower-is-better metrics. */
  costs: string[];
  /** The incumbent heuristic, without article where possible: "histogram-based estimates". */
  baseline: string;
  /** Where research papers evaluate: "the JOB benchmark on PostgreSQL". */
  testbeds: string[];
  /** Concrete things that go wrong in practice. */
  pitfalls: string[];
  /** Methods that fit, most typical first. */
  methods: Method[];
  /** What a benchmark paper would release: "query traces from ...". */
  data: string;
}

export interface AreaVocabulary {
  area: Area;
  /** Company-like settings, with article: "a large cloud provider". */
  orgs: string[];
  problems: Problem[];
  /** Relative frequency among submissions. */
  weight: number;
}

export interface Person {
  given: string;
  family: string;
  email: string;
  affiliation: string;
  /** ISO 3166 alpha-2, as HotCRP's `country_code()` exports it. */
  country: string;
  /** Areas a committee member is comfortable reviewing. */
  expertise: Area[];
  /** Reviewer habit: how late they tend to review, 0 (early) .. 1 (always late). */
  lateness: number;
  /** Reviewer habit: added to every score they give. */
  leniency: number;
}

export interface Review {
  ordinal: string;
  reviewer: Person;
  /** On the edition's internal scale 1..n (n best); letters are derived when written. */
  overall: number;
  expertise: number;
  summary: string;
  forAuthors: string;
  forPC: string;
  submittedAt: number;
  modifiedAt: number;
}

/** The filled slots of one paper, reused by the review text. */
export interface PaperContext {
  area: Area;
  kind: Kind;
  problem: Problem;
  methods: Method[];
  methodPhrases: string[];
  challenges: Challenge[];
  org: string;
  setting: string;
  name: string | null;
  cost: string;
  pitfall: string;
  testbed: string;
}

export interface Paper {
  pid: number;
  context: PaperContext;
  title: string;
  abstract: string;
  keywords: string[];
  topics: string[];
  authors: Person[];
  contacts: boolean[];
  status: Status;
  /** The decision label as exported, or null when undecided (withdrawn). */
  decision: string | null;
  presentation: "oral" | "poster" | null;
  submittedAt: number;
  modifiedAt: number;
  withdrawnAt: number | null;
  quality: number;
  tags: string[];
  reviews: Review[];
}

export type HotcrpFormat = "web" | "v2" | "v3";
/** How an edition is exported: a HotCRP generation, or another system's native export. */
export type ExportFormat = HotcrpFormat | "openreview-v2" | "easychair" | "cmt";
/** The submission system behind an export format (the archive's `system`). */
export type SampleSystem = "hotcrp" | "openreview" | "easychair" | "cmt";

/** What an edition looks like; every count here is honoured exactly. */
export interface EditionSpec {
  year: number;
  /** HotCRP's conference id, the download prefix: "pacmi24". */
  confid: string;
  submissions: number;
  committeeSize: number;
  deploymentShare: number;
  /** Share of reviewed papers accepted. */
  acceptRate: number;
  withdrawn: number;
  deskRejected: number;
  /** Exact number of reviews, spread over the reviewed papers. */
  totalReviews: number;
  /** AoE instants as ISO strings with offset. */
  deadlines: { submission: string; review: string; notification: string };
  format: ExportFormat;
  /** Overall merit: five numeric levels, or four (HotCRP writes them as letters A..D, A best). */
  overallScale: "numeric" | "letter";
  /** Probability that a paper's main method is an LLM / agent. */
  llmShare: number;
  /** Decisions that go against the scores (swapped across the acceptance line). */
  exceptions: number;
}
