/** Small record builders for the statistics tests: only the fields a test cares about. */
import type { Review, Submission } from "../../src/lib/model/records.ts";
import type { ScoreObservation } from "../../src/lib/stats/index.ts";

export function submission(id: string, status: Submission["status"], more: Partial<Submission> = {}): Submission {
  return {
    edition: "2023", id, title: `Paper ${id}`, abstract: null, keywords: [], topics: [], status, decision: null,
    presentation: null, track: null, submitted_at: null, modified_at: null, ...more,
  };
}

/** A pseudonym from a short name: "a" -> r-00000000000a. */
export const pseudonym = (name: string) => `r-${name.padStart(12, "0")}`;

export function review(submissionId: string, reviewer: string, more: Partial<Review> = {}): Review {
  return {
    edition: "2023", submission_id: submissionId, review_id: `${submissionId}-${reviewer}`, reviewer: pseudonym(reviewer),
    round: null, overall: null, confidence: null, submitted_at: null, words: null, ...more,
  };
}

export function score(submissionId: string, reviewer: string, value: number, confidence: number | null = null): ScoreObservation {
  return { edition: "2023", submission_id: submissionId, review_id: `${submissionId}-${reviewer}`, reviewer: pseudonym(reviewer), value, confidence };
}
