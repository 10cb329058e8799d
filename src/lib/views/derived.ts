/**
 * Intermediate results several views share (scores per review, per paper, decided papers),
 * computed once per edition's records: at conference scale each pass over 100,000 reviews counts.
 */
import { decidedPapers, overallScores, paperScores, type DecidedPaper, type ScoreObservation } from "../stats/index.ts";
import type { EditionRecords } from "./archive.ts";

export interface Derived {
  observations: ScoreObservation[];
  decided: DecidedPaper[];
}

const cache = new WeakMap<EditionRecords, Derived>();

export function derived(e: EditionRecords): Derived {
  let d = cache.get(e);
  if (!d) {
    const observations = overallScores(e.reviews);
    d = { observations, decided: decidedPapers(paperScores(observations), e.submissions) };
    cache.set(e, d);
  }
  return d;
}
