/**
 * Per-edition "facts" for one audience, computed from the archive by the shared statistics
 * library and protected with its `protect` rules: the numbers the retrospective report states
 * and the dashboard shows. Plain JSON (dates as ISO strings), so a data loader can ship them.
 *
 *   const data = await loadArchiveData(conn);
 *   const facts = editionFacts(data, "2024", { audience: "public", k: config.privacy.k });
 */
import { RetroError } from "../errors.ts";
import type { Audience } from "../stats/index.ts";
import { byEdition, type ArchiveData } from "./archive.ts";
import { calibrationFacts, type CalibrationFacts } from "./calibration.ts";
import { deploymentFacts, type DeploymentFacts } from "./deployment.ts";
import { expertiseFacts, type ExpertiseFacts } from "./expertise.ts";
import { funnelFacts, type FunnelFacts } from "./funnel.ts";
import { glance, type Glance } from "./glance.ts";
import { dataNotes, type DataNotes } from "./notes.ts";
import { reviewingFacts, type ReviewingFacts } from "./reviewing.ts";
import { scoreFacts, type ScoreFacts } from "./scores.ts";
import type { Scope } from "./scope.ts";
import { topicFacts, type TopicFacts } from "./topics.ts";
import type { Withheld } from "../stats/index.ts";

export * from "./archive.ts";
export * from "./calibration.ts";
export * from "./deployment.ts";
export * from "./expertise.ts";
export * from "./funnel.ts";
export * from "./glance.ts";
export * from "./notes.ts";
export * from "./reviewing.ts";
export * from "./scope.ts";
export * from "./scores.ts";
export * from "./topics.ts";

export interface FactsOptions {
  audience?: Audience;
  /** Smallest published cell; pass the configuration's `privacy.k` (5 by default). */
  k?: number;
  confidence?: number;
  /** Bootstrap resamples of the agreement interval; 1,000 by default. */
  resamples?: number;
  seed?: number;
}

export interface EditionFacts {
  audience: Audience;
  k: number;
  confidence: number;
  glance: Glance;
  funnel: FunnelFacts;
  topics: TopicFacts;
  deployment: DeploymentFacts;
  reviewing: ReviewingFacts;
  scores: ScoreFacts;
  calibration: CalibrationFacts | Withheld;
  expertise: ExpertiseFacts;
  notes: DataNotes;
}

/** Edition ids of the archive, oldest first. */
export function editionIds(data: ArchiveData): string[] {
  return data.editions.map((e) => e.edition);
}

/** Everything the report and the dashboard show about one edition, for one audience. */
export function editionFacts(data: ArchiveData, edition: string, options: FactsOptions = {}): EditionFacts {
  const all = byEdition(data);
  const index = all.findIndex((e) => e.edition.edition === edition);
  if (index < 0) {
    const ids = editionIds(data);
    throw new RetroError(`Edition "${edition}" is not in the archive.`, ids.length ? `Use one of: ${ids.join(", ")}.` : "Ingest an edition first: `npm run -s retro -- ingest <export> --edition <id>`.");
  }
  const scope: Scope = { audience: options.audience ?? "chair", k: options.k ?? 5, confidence: options.confidence ?? 0.95, resamples: options.resamples ?? 1000, seed: options.seed ?? 1 };
  const current = all[index];
  const funnel = funnelFacts(current, scope);
  const topics = topicFacts(current, scope);
  const deployment = deploymentFacts(all.slice(0, index + 1), scope);
  const reviewing = reviewingFacts(current, scope);
  const scores = scoreFacts(current, scope);
  const expertise = expertiseFacts(current, scope);
  const aggregates = [
    funnel.table,
    ...Object.values(topics.groupings).map((g) => g.table),
    deployment.submitted,
    deployment.accepted,
    reviewing.load.histogram,
    reviewing.lengths.histogram,
    scores.agreement.byArea,
    scores.byDecision,
    scores.byField,
    scores.acceptanceByScore,
    ...(scores.against ? [scores.against.counts] : []),
    expertise.table,
  ];
  return {
    audience: scope.audience,
    k: scope.k,
    confidence: scope.confidence,
    glance: glance(all.slice(0, index + 1), scope),
    funnel,
    topics,
    deployment,
    reviewing,
    scores,
    calibration: calibrationFacts(current, scope),
    expertise,
    notes: dataNotes(current, scope, aggregates),
  };
}
