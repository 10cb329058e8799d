/**
 * Plans one edition: its papers (area, kind, text, authors, topics), who withdrew or was
 * desk-rejected, the reviews with scores and text, and the decisions.
 */
import { DEFAULT_AREAS, type Kind } from "../config/taxonomy.ts";
import { writeAbstract } from "./abstracts.ts";
import { Assigner, reviewCounts } from "./assign.ts";
import { CALL_AREAS } from "./areas.ts";
import { buildContext, type ProblemPicker } from "./context.ts";
import { DECISION } from "./decisions.ts";
import type { Population } from "./people.ts";
import type { Rng } from "./prng.ts";
import { writeReviewText } from "./review-text.ts";
import { DAY, reviewModifiedTime, reviewTime, submissionTime, unixSeconds, type Deadlines } from "./schedule.ts";
import { decide, expertiseScore, overallScore, paperQuality } from "./scores.ts";
import type { SystemNamer } from "./system-names.ts";
import { writeTitle } from "./titles.ts";
import { chooseKeywords, chooseTopics } from "./topics.ts";
import type { Area, EditionSpec, Paper, Person, Review } from "./types.ts";

/** State shared by all editions of one run, so that problems, names and titles do not repeat. */
export interface SharedState {
  problems: ProblemPicker;
  namer: SystemNamer;
  titles: Set<string>;
}

/** Overall-merit levels: 1..5 numeric, or A..D letters (4 levels). */
export function meritLevels(spec: EditionSpec): number {
  return spec.overallScale === "letter" ? 4 : 5;
}

export function deadlinesOf(spec: EditionSpec): Deadlines {
  return {
    submission: unixSeconds(spec.deadlines.submission),
    review: unixSeconds(spec.deadlines.review),
    notification: unixSeconds(spec.deadlines.notification),
  };
}

function kindsFor(r: Rng, spec: EditionSpec): Kind[] {
  const n = spec.submissions;
  const deployment = Math.round(spec.deploymentShare * n);
  const rest = n - deployment;
  const position = Math.round(0.2 * rest);
  const benchmark = Math.round(0.18 * rest);
  const counts: [Kind, number][] = [["deployment", deployment], ["research", rest - position - benchmark], ["position", position], ["benchmark", benchmark]];
  return r.shuffle(counts.flatMap(([k, c]) => new Array<Kind>(c).fill(k)));
}

/** Every call area at least once (when there is room), a few "Other", the rest by popularity. */
function areasFor(r: Rng, n: number): Area[] {
  const other = n < 20 ? 1 : Math.max(1, Math.round(0.035 * n));
  const guaranteed: Area[] = n - other >= DEFAULT_AREAS.length ? [...DEFAULT_AREAS] : [];
  const weights = CALL_AREAS.map((v) => v.weight);
  const rest = Array.from({ length: n - other - guaranteed.length }, () => r.weighted(DEFAULT_AREAS, weights) as Area);
  return r.shuffle([...guaranteed, ...new Array<Area>(other).fill("Other"), ...rest]);
}

function draftPapers(r: Rng, spec: EditionSpec, people: Population, shared: SharedState, d: Deadlines): Paper[] {
  const kinds = kindsFor(r.fork("kinds"), spec);
  const areas = areasFor(r.fork("areas"), spec.submissions);
  const text = r.fork("text");
  const who = r.fork("authors");
  return kinds.map((kind, i) => {
    const context = buildContext(text, { area: areas[i], kind, llmShare: spec.llmShare, problems: shared.problems, namer: shared.namer });
    const authors = people.authorsFor(who, who.chance(kind === "deployment" ? 0.75 : kind === "research" ? 0.25 : 0.45));
    return {
      pid: i + 1,
      context,
      title: writeTitle(text, context, shared.titles),
      abstract: writeAbstract(text, context),
      keywords: chooseKeywords(text, context),
      topics: chooseTopics(text, context, spec.year),
      authors,
      contacts: authors.map((_, j) => j === 0 || who.chance(0.15)),
      status: "pending",
      decision: null,
      presentation: null,
      submittedAt: submissionTime(who, d),
      modifiedAt: 0,
      withdrawnAt: null,
      quality: paperQuality(who, context),
      tags: [],
      reviews: [],
    } satisfies Paper;
  });
}

/**
 * Desk rejections favour out-of-scope papers (weighted sampling without replacement, by
 * Efraimidis-Spirakis keys); withdrawals are uniform among the rest. Returns the reviewed papers.
 */
function removeEarly(r: Rng, papers: Paper[], spec: EditionSpec, d: Deadlines): Paper[] {
  const weight = (p: Paper) => (p.context.area === "Other" ? 8 : p.context.kind === "position" ? 2 : 1);
  const keyed = papers.map((p) => ({ p, key: Math.log(1 - r.next()) / weight(p) }));
  const desk = keyed.sort((a, b) => b.key - a.key || a.p.pid - b.p.pid).slice(0, spec.deskRejected).map((k) => k.p);
  for (const p of desk) {
    p.status = "desk_rejected";
    p.decision = DECISION.deskRejected;
  }
  const open = papers.filter((p) => p.status !== "desk_rejected");
  for (const p of r.sample(open, spec.withdrawn)) {
    p.status = "withdrawn";
    p.withdrawnAt = p.submittedAt + Math.round(r.uniform(0.5, Math.max(1, (d.review - p.submittedAt) / DAY)) * DAY);
  }
  return open.filter((p) => p.status !== "withdrawn");
}

function writeReviews(r: Rng, reviewed: Paper[], spec: EditionSpec, committee: readonly Person[], d: Deadlines): void {
  const levels = meritLevels(spec);
  const counts = reviewCounts(r.fork("counts"), reviewed.length, spec.totalReviews);
  const assigner = new Assigner(committee);
  const pick = r.fork("assign");
  const prose = r.fork("prose");
  reviewed.forEach((p, i) => {
    const reviewers = assigner.assign(pick, p.context.area, p.authors, counts[i]);
    const reviews: Review[] = reviewers.map((reviewer) => {
      const overall = overallScore(pick, p.quality, reviewer, levels);
      const expertise = expertiseScore(pick, reviewer, p.context.area);
      const submittedAt = reviewTime(pick, d, reviewer);
      const text = writeReviewText(prose, p.context, (overall - 1) / (levels - 1), expertise);
      return { ordinal: "", reviewer, overall, expertise, ...text, submittedAt, modifiedAt: reviewModifiedTime(pick, submittedAt, d) };
    });
    // HotCRP hands out ordinals (A, B, ...) in the order reviews are submitted.
    reviews.sort((a, b) => a.submittedAt - b.submittedAt);
    reviews.forEach((rv, j) => (rv.ordinal = String.fromCharCode(65 + j)));
    p.reviews = reviews;
  });
}

function finish(r: Rng, papers: Paper[], d: Deadlines): void {
  const best = papers.filter((p) => p.presentation === "oral").sort((a, b) => b.quality - a.quality)[0];
  for (const p of papers) {
    if (p.status === "accepted") p.modifiedAt = d.notification + Math.round(r.uniform(3, 20) * DAY);
    else if (p.status === "withdrawn") p.modifiedAt = p.withdrawnAt!;
    else p.modifiedAt = p.submittedAt;
    const tags = [
      ...(p.presentation ? [p.presentation] : []),
      ...(p === best ? ["bestpaper"] : []),
      ...(p.status === "rejected" && p.reviews.length > 0 && r.chance(0.2) ? ["discuss"] : []),
    ];
    p.tags = tags.sort().map((t) => `${t}#0`);
  }
}

/** The papers of one edition, decided and reviewed, in pid order. */
export function planEdition(r: Rng, spec: EditionSpec, people: Population, committee: readonly Person[], shared: SharedState): Paper[] {
  const d = deadlinesOf(spec);
  const papers = draftPapers(r.fork("papers"), spec, people, shared, d);
  const reviewed = removeEarly(r.fork("early"), papers, spec, d);
  writeReviews(r.fork("reviews"), reviewed, spec, committee, d);
  const exceptions = spec.exceptions;
  decide(r.fork("decide"), reviewed, { acceptRate: spec.acceptRate, exceptions, levels: meritLevels(spec) });
  finish(r.fork("finish"), papers, d);
  return papers;
}
