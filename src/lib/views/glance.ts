/** The edition at a glance: headline numbers and their previous-edition values. */
import { funnel, funnelTable, isSuppressed, protect, reviewerLoad, reviewsPerPaper, SUPPRESSED, type Suppressed } from "../stats/index.ts";
import type { EditionRecords } from "./archive.ts";
import { funnelCell, hiddenFunnel } from "./funnel.ts";
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

/** One edition's headline in the series up to the reported edition (for the per-edition charts). */
export interface HistoryPoint {
  edition: string;
  year: number;
  submitted: Shown<number>;
  accepted: number;
  acceptanceRate: Shown<number | null>;
  acceptanceLow: Shown<number | null>;
  acceptanceHigh: Shown<number | null>;
}

export interface Glance {
  edition: EditionInfo;
  /** The edition before this one in the archive, or null for the first. */
  previous: EditionInfo | null;
  current: Headline;
  before: Headline | null;
  /** Every edition up to and including this one, oldest first. */
  history: HistoryPoint[];
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
  const hidden = hiddenFunnel(e, scope);
  return {
    submissions: table.total,
    accepted: f.accepted,
    pending: funnelCell(table, "pending"),
    // The rate's denominator (decided papers) would give a hidden pending count back.
    acceptance: hidden.pending ? SUPPRESSED : gateRate(scope, "acceptance", "papers", f.acceptance),
    reviews: gateCount(scope, "reviews", "reviews", e.reviews.length),
    reviewers: gateCount(scope, "reviewers", "people", load.reviewers),
    // Reviews / this mean = papers in review, which hidden desk rejections and withdrawals would give back.
    reviewsPerPaper: hidden.removed ? SUPPRESSED : (gate(scope, "reviews per paper", "papers", perPaper.papers, { mean: perPaper.summary.mean }).mean as number | null | Suppressed),
  };
}

/** `history` holds the reported edition last, after the editions before it. */
export function glance(history: EditionRecords[], scope: Scope): Glance {
  const current = history[history.length - 1];
  const previous = history.length > 1 ? history[history.length - 2] : null;
  const headlines = history.map((e) => headline(e, scope));
  return {
    edition: editionInfo(current.edition),
    previous: previous ? editionInfo(previous.edition) : null,
    current: headlines[headlines.length - 1],
    before: previous ? headlines[headlines.length - 2] : null,
    history: history.map((e, i) => {
      const h = headlines[i];
      const rate = isSuppressed(h.acceptance) ? { rate: SUPPRESSED, low: SUPPRESSED, high: SUPPRESSED } : h.acceptance;
      return { edition: e.edition.edition, year: e.edition.year, submitted: h.submissions, accepted: h.accepted, acceptanceRate: rate.rate, acceptanceLow: rate.low, acceptanceHigh: rate.high };
    }),
  };
}
