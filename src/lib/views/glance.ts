/** The edition at a glance: headline numbers and their previous-edition values. */
import { funnel, funnelTable, protect, reviewerLoad, reviewsPerPaper, type Suppressed } from "../stats/index.ts";
import type { EditionRecords } from "./archive.ts";
import { funnelCell } from "./funnel.ts";
import { gate, gateCount, gateRate, iso, type Rate, type Scope, type Shown } from "./scope.ts";

export interface EditionInfo {
  edition: string;
  year: number;
  venue: string;
  system: string;
  submissionDeadline: string | null;
  reviewDeadline: string | null;
  notification: string | null;
}

export interface Headline {
  submissions: Shown<number>;
  /** Accepted papers are public by definition. */
  accepted: number;
  pending: Shown<number>;
  acceptance: Shown<Rate>;
  reviews: Shown<number>;
  reviewers: Shown<number>;
  reviewsPerPaper: Shown<number | null>;
}

export interface Glance {
  edition: EditionInfo;
  /** The edition before this one in the archive, or null for the first. */
  previous: EditionInfo | null;
  current: Headline;
  before: Headline | null;
}

export function editionInfo(e: EditionRecords["edition"]): EditionInfo {
  return {
    edition: e.edition,
    year: e.year,
    venue: e.venue,
    system: e.system,
    submissionDeadline: iso(e.submission_deadline),
    reviewDeadline: iso(e.review_deadline),
    notification: iso(e.notification),
  };
}

/** Headline numbers of one edition, each gated for the audience. */
export function headline(e: EditionRecords, scope: Scope): Headline {
  const f = funnel(e.submissions, { confidence: scope.confidence });
  // The total as the protected funnel table publishes it (suppressed only for a tiny edition).
  const table = protect(funnelTable(f), scope.audience, { k: scope.k });
  const load = reviewerLoad(e.reviews);
  const perPaper = reviewsPerPaper(e.submissions, e.reviews);
  return {
    submissions: table.total,
    accepted: f.accepted,
    pending: funnelCell(table, "pending"),
    acceptance: gateRate(scope, "acceptance", "papers", f.acceptance),
    reviews: gateCount(scope, "reviews", "reviews", e.reviews.length),
    reviewers: gateCount(scope, "reviewers", "people", load.reviewers),
    reviewsPerPaper: gate(scope, "reviews per paper", "papers", perPaper.papers, { mean: perPaper.summary.mean }).mean as number | null | Suppressed,
  };
}

export function glance(current: EditionRecords, previous: EditionRecords | null, scope: Scope): Glance {
  return {
    edition: editionInfo(current.edition),
    previous: previous ? editionInfo(previous.edition) : null,
    current: headline(current, scope),
    before: previous ? headline(previous, scope) : null,
  };
}
