/**
 * A seeded synthetic edition with known truth (paper quality, reviewer bias), for tests and
 * the benchmark. Nothing in it is real; the same seed gives the same edition.
 */
import type { Author, CommitteeMember, Review, Submission } from "../model/records.ts";
import { DEFAULT_AREAS, DEFAULT_CHALLENGES, DEFAULT_METHODS } from "../config/taxonomy.ts";
import type { Classification } from "./groups.ts";
import { createRandom, type Random } from "./random.ts";

export interface SyntheticOptions {
  submissions: number;
  reviews: number;
  reviewers: number;
  seed?: number;
  edition?: string;
  year?: number;
  /** Spread of reviewer leniency and of review noise, in score points; 0.8 and 0.8 by default. */
  biasSd?: number;
  noiseSd?: number;
  /** Integer scores 1-10 (default) or unrounded ones. */
  discrete?: boolean;
}

export interface SyntheticEdition {
  edition: string;
  year: number;
  reviewDeadline: Date;
  submissions: Submission[];
  authors: Author[];
  reviews: Review[];
  classifications: Classification[];
  committee: CommitteeMember[];
  truth: { quality: Map<string, number>; bias: Map<string, number> };
}

const COUNTRIES = ["US", "US", "US", "CN", "CN", "DE", "GB", "FR", "IN", "CA", "CH", "KR", "JP", "IL", "NL"];
const KINDS = ["deployment", "deployment", "research", "research", "research", "position", "benchmark"];

const pick = <T>(random: Random, list: readonly T[]): T => list[random.int(list.length)];

function shuffled<T>(random: Random, list: T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Reviewers in random order, cycling, so that loads differ by at most one or two. */
function assigner(random: Random, reviewers: string[]) {
  let order: string[] = [];
  return (count: number): string[] => {
    const chosen: string[] = [];
    const deferred: string[] = [];
    while (chosen.length < count) {
      if (order.length === 0) order = shuffled(random, reviewers);
      const next = order.pop()!;
      (chosen.includes(next) ? deferred : chosen).push(next);
    }
    order.push(...deferred);
    return chosen;
  };
}

/** Generates a synthetic edition: decisions follow mean scores, with some noise. */
export function syntheticEdition(options: SyntheticOptions): SyntheticEdition {
  const { submissions: nSub, reviews: nRev, reviewers: nReviewers, seed = 1, edition = "synthetic", year = 2024 } = options;
  const { biasSd = 0.8, noiseSd = 0.8, discrete = true } = options;
  if (nReviewers < Math.ceil(nRev / nSub)) throw new RangeError("need at least as many reviewers as reviews per paper");
  const random = createRandom(seed);
  const reviewDeadline = new Date(Date.UTC(year, 3, 14, 11, 59));
  const reviewerIds = Array.from({ length: nReviewers }, (_, i) => `r-${(0x5eed00000000 + i * 7919).toString(16).padStart(12, "0").slice(-12)}`);
  const bias = new Map(reviewerIds.map((r) => [r, random.normal() * biasSd]));
  const quality = new Map<string, number>();
  const assign = assigner(random, reviewerIds);
  const submissions: Submission[] = [];
  const authors: Author[] = [];
  const reviews: Review[] = [];
  const classifications: Classification[] = [];
  const means: Array<[number, number]> = [];
  const deskRejected = new Set(Array.from({ length: nSub }, (_, p) => p).filter(() => random.next() < 0.02));
  const reviewed = nSub - deskRejected.size;
  let slot = 0;
  for (let p = 0; p < nSub; p++) {
    const id = String(p + 1);
    const q = random.normal();
    quality.set(id, q);
    const count = deskRejected.has(p) ? 0 : Math.floor(nRev / reviewed) + (slot++ < nRev % reviewed ? 1 : 0);
    let sum = 0;
    for (const reviewer of assign(count)) {
      const raw = 5.5 + 1.5 * q + bias.get(reviewer)! + random.normal() * noiseSd;
      const overall = discrete ? Math.min(10, Math.max(1, Math.round(raw))) : raw;
      sum += overall;
      const late = random.normal() * 3 - 2;
      reviews.push({
        edition, submission_id: id, review_id: `${id}-${reviews.length + 1}`, reviewer, round: null, overall,
        confidence: 1 + random.int(5),
        submitted_at: random.next() < 0.02 ? null : new Date(reviewDeadline.getTime() + late * 86_400_000),
        words: Math.round(Math.exp(6 + 0.6 * random.normal())),
      });
    }
    if (count > 0) means.push([p, sum / count + 0.3 * random.normal()]);
    const area = pick(random, DEFAULT_AREAS);
    const second = random.next() < 0.3 ? pick(random, DEFAULT_AREAS) : null;
    classifications.push({
      edition, submission_id: id, area, second_area: second === area ? null : second, kind: pick(random, KINDS),
      challenges: [...new Set([pick(random, DEFAULT_CHALLENGES), pick(random, DEFAULT_CHALLENGES)])].slice(0, random.int(3)),
      methods: [...new Set([pick(random, DEFAULT_METHODS), pick(random, DEFAULT_METHODS)])].slice(0, 1 + random.int(2)),
    });
    for (let a = 1, n = 1 + random.int(6); a <= n; a++) {
      authors.push({ edition, submission_id: id, position: a, name: `Author ${id}.${a}`, email: null, affiliation: null, country: pick(random, COUNTRIES), is_contact: a === 1 });
    }
    submissions.push({
      edition, id, title: `Synthetic paper ${id}`, abstract: null, keywords: [], topics: [], status: "rejected", decision: null,
      presentation: null, track: null, submitted_at: null, modified_at: null,
    });
    if (deskRejected.has(p)) submissions[p].status = "desk_rejected";
  }
  means.sort((a, b) => b[1] - a[1]);
  means.forEach(([p], rank) => {
    const s = submissions[p];
    if (random.next() < 0.03) s.status = "withdrawn";
    else if (rank < means.length * 0.25) {
      s.status = "accepted";
      s.presentation = rank < means.length * 0.03 ? "oral" : rank < means.length * 0.08 ? "spotlight" : "poster";
    }
  });
  const committee = reviewerIds.map((member) => ({
    edition, member, role: "pc", affiliation: null, topics: [...new Set([pick(random, DEFAULT_AREAS), pick(random, DEFAULT_AREAS)])],
  }));
  return { edition, year, reviewDeadline, submissions, authors, reviews, classifications, committee, truth: { quality, bias } };
}
