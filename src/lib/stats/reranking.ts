import { paperList, type PaperList } from "./aggregate.ts";
import type { Calibration } from "./calibration.ts";
import type { BorderlineBand, DecidedPaper } from "./decisions.ts";
import { PaperMap } from "./keys.ts";

export interface RerankedPaper extends DecidedPaper {
  calibrated: number;
  /** Rank within the band by raw mean and by calibrated score (1 = best). */
  rawRank: number;
  calibratedRank: number;
  acceptedIfCalibrated: boolean;
  /** The calibrated ranking would have decided this paper the other way. */
  changed: boolean;
}

export interface WhatIfCalibrated {
  low: number;
  high: number;
  /** Accepted papers in the band: the slots a calibrated ranking fills. */
  slots: number;
  /** Highest calibrated score first. */
  papers: RerankedPaper[];
  changed: number;
}

/**
 * "What if calibrated": the borderline band re-ranked by calibrated score, filling the same
 * number of acceptances. A retrospective lens on how much reviewer leniency mattered; it
 * must never be used to change decisions after the fact.
 */
export function whatIfCalibrated(band: BorderlineBand, calibration: Calibration): WhatIfCalibrated {
  const calibrated = new PaperMap<number>();
  for (const p of calibration.papers) calibrated.set(p.edition, p.submission_id, p.calibrated);
  const inBand = band.papers
    .filter((p) => calibrated.has(p.edition, p.submission_id))
    .map((p) => ({ ...p, calibrated: calibrated.get(p.edition, p.submission_id)! }));
  const slots = inBand.filter((p) => p.status === "accepted").length;
  const byRaw = [...inBand].sort((a, b) => b.mean - a.mean);
  const byCalibrated = [...inBand].sort((a, b) => b.calibrated - a.calibrated);
  const papers = byCalibrated.map((p, i) => {
    const acceptedIfCalibrated = i < slots;
    return { ...p, rawRank: byRaw.indexOf(p) + 1, calibratedRank: i + 1, acceptedIfCalibrated, changed: acceptedIfCalibrated !== (p.status === "accepted") };
  });
  return { low: band.low, high: band.high, slots, papers, changed: papers.filter((p) => p.changed).length };
}

/** The re-ranked band as a protectable list (rejected papers lose their identity). */
export function whatIfCalibratedList(w: WhatIfCalibrated, title = "Borderline band re-ranked by calibrated score"): PaperList<RerankedPaper> {
  return paperList(title, w.papers);
}
