/** Calibration's "what if" for the borderline band: chairs only, never to change decisions. */
import { borderlineBand, calibrate, whatIfCalibrated, type Withheld } from "../stats/index.ts";
import type { EditionRecords } from "./archive.ts";
import { derived } from "./derived.ts";
import type { Scope } from "./scope.ts";

export interface WhatIfPaper {
  submission_id: string;
  title: string | null;
  status: "accepted" | "rejected";
  mean: number;
  calibrated: number;
  rawRank: number;
  calibratedRank: number;
  acceptedIfCalibrated: boolean;
  changed: boolean;
}

export interface CalibrationFacts {
  kind: "calibration";
  reviewers: number;
  /** Root mean squared residual of the additive model (score points). */
  rmse: number;
  /** Largest leniency in absolute value (score points), the spread of reviewer bias. */
  leniencyRange: { low: number; high: number } | null;
  band: { low: number; high: number; slots: number; changed: number; papers: WhatIfPaper[] } | null;
}

export function calibrationFacts(e: EditionRecords, scope: Scope): CalibrationFacts | Withheld {
  if (scope.audience !== "chair") {
    return { kind: "withheld", audience: scope.audience, title: "Calibration: what if", reason: "reviewer calibration is shown to chairs only" };
  }
  const { observations, decided } = derived(e);
  const c = calibrate(observations);
  const band = borderlineBand(decided);
  const w = band && whatIfCalibrated(band, c);
  const lenient = c.reviewers.map((r) => r.leniency);
  return {
    kind: "calibration",
    reviewers: c.reviewers.length,
    rmse: c.rmse,
    leniencyRange: lenient.length ? { low: Math.min(...lenient), high: Math.max(...lenient) } : null,
    band: w && {
      low: w.low,
      high: w.high,
      slots: w.slots,
      changed: w.changed,
      papers: w.papers.map((p) => ({
        submission_id: p.submission_id,
        title: p.title,
        status: p.status,
        mean: p.mean,
        calibrated: p.calibrated,
        rawRank: p.rawRank,
        calibratedRank: p.calibratedRank,
        acceptedIfCalibrated: p.acceptedIfCalibrated,
        changed: p.changed,
      })),
    },
  };
}
