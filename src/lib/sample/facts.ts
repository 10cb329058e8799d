/**
 * What the embedded sample holds, as the generator knows it: each edition's counts, each
 * submission's text and outcome under the id its system exports, and the sample's secrets,
 * the strings that must never reach anything built for sharing (for privacy and leak tests).
 */
import type { Status } from "../model/records.ts";
import { fullName } from "./people.ts";
import { planSample, SAMPLE_SEED, type SampleEdition } from "./sample.ts";
import { exportedId, systemOf } from "./systems.ts";
import type { SampleSystem } from "./types.ts";

const plans = new Map<string, SampleEdition[]>();
function plan(seed: string): SampleEdition[] {
  let editions = plans.get(seed);
  if (!editions) plans.set(seed, (editions = planSample(seed)));
  return editions;
}

export interface SampleEditionCounts {
  edition: string;
  system: SampleSystem;
  submissions: number;
  accepted: number;
  rejected: number;
  desk_rejected: number;
  withdrawn: number;
  /** Accepted papers by presentation. */
  oral: number;
  poster: number;
  reviews: number;
  /** Distinct reviewers (people; OpenReview exports show only per-paper anonymous signatures). */
  reviewers: number;
}

/** Per edition, the counts an ingest of `data/sample` must reproduce exactly. */
export function sampleCounts(seed: string = SAMPLE_SEED): SampleEditionCounts[] {
  return plan(seed).map(({ id, spec, papers }) => {
    const count = (status: Status) => papers.filter((p) => p.status === status).length;
    return {
      edition: id,
      system: systemOf(spec.format),
      submissions: papers.length,
      accepted: count("accepted"),
      rejected: count("rejected"),
      desk_rejected: count("desk_rejected"),
      withdrawn: count("withdrawn"),
      oral: papers.filter((p) => p.presentation === "oral").length,
      poster: papers.filter((p) => p.presentation === "poster").length,
      reviews: papers.reduce((n, p) => n + p.reviews.length, 0),
      reviewers: new Set(papers.flatMap((p) => p.reviews.map((r) => r.reviewer.email))).size,
    };
  });
}

export interface SampleSubmission {
  edition: string;
  /** The id the system exports and the archive keeps ("12", or an OpenReview note id). */
  id: string;
  title: string;
  abstract: string;
  keywords: string[];
  topics: string[];
  status: Status;
}

/** Every submission of the sample, in edition and paper order. */
export function sampleSubmissions(seed: string = SAMPLE_SEED): SampleSubmission[] {
  return plan(seed).flatMap(({ id, spec, papers }) =>
    papers.map((p) => ({ edition: id, id: exportedId(spec, p), title: p.title, abstract: p.abstract, keywords: p.keywords, topics: p.topics, status: p.status })),
  );
}

export interface SampleSecrets {
  /** Every reviewer's e-mail address, lower case. */
  reviewerEmails: string[];
  /**
   * Reviewer names ("Ada Testperson") that appear nowhere public: reviewers who are not also
   * authors of an accepted paper (those names are public as authors, not as reviewers).
   */
  reviewerNames: string[];
  /** Titles of submissions that were not accepted (rejected, desk-rejected, withdrawn). */
  unacceptedTitles: Array<{ edition: string; id: string; status: Status; title: string }>;
  /** Names of authors who have no accepted paper in any edition (their submitting is confidential). */
  unacceptedAuthorNames: string[];
}

/**
 * The sample's secrets: strings a privacy scan of any shared output (public or committee
 * dashboard, report, export) must not find. Sorted, without duplicates.
 */
export function sampleSecrets(seed: string = SAMPLE_SEED): SampleSecrets {
  const editions = plan(seed);
  const acceptedAuthors = new Set(editions.flatMap((e) => e.papers.filter((p) => p.status === "accepted").flatMap((p) => p.authors.map(fullName))));
  const reviewers = editions.flatMap((e) => e.papers.flatMap((p) => p.reviews.map((r) => r.reviewer)));
  const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();
  return {
    reviewerEmails: sorted(reviewers.map((r) => r.email.toLowerCase())),
    reviewerNames: sorted(reviewers.map(fullName).filter((n) => !acceptedAuthors.has(n))),
    unacceptedTitles: editions.flatMap(({ id, spec, papers }) =>
      papers.filter((p) => p.status !== "accepted").map((p) => ({ edition: id, id: exportedId(spec, p), status: p.status, title: p.title })),
    ),
    unacceptedAuthorNames: sorted(editions.flatMap((e) => e.papers.flatMap((p) => p.authors.map(fullName))).filter((n) => !acceptedAuthors.has(n))),
  };
}
