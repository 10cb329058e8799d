/** Calibration's "what if" for the borderline band: chairs only. */
import type { EditionFacts } from "../../views/index.ts";
import { note, table, type Section } from "../doc.ts";
import { count, dec, num } from "../words.ts";

export function calibrationSection(f: EditionFacts): Section | null {
  const c = f.calibration;
  if (c.kind !== "calibration") return null;
  const summary: string[] = [];
  if (c.reviewers === 0) {
    summary.push("No review carries an overall score, so there is nothing to calibrate.");
    return { id: "calibration", title: "What if scores were calibrated (chairs only)", summary, blocks: [] };
  }
  const range = c.leniencyRange ? `; reviewer leniency ranges from ${dec(c.leniencyRange.low, 2)} to +${dec(c.leniencyRange.high, 2)} points against an average reviewer on the same papers` : "";
  summary.push(`An additive model (score = paper quality + reviewer leniency + noise) fitted to the overall scores of ${count(c.reviewers, "reviewer")} leaves a typical residual of ${dec(c.rmse, 2)} points${range}.`.replace("+-", "-"));
  const blocks = [];
  if (!c.band || c.band.papers.length === 0) {
    summary.push("There is no borderline band to re-rank (the edition needs both accepted and rejected papers with scores).");
  } else {
    const b = c.band;
    const verdict = b.changed === 0 ? "would change no decision" : `would change ${count(b.changed, "decision")} (${num(b.changed / 2)} ${b.changed / 2 === 1 ? "swap" : "swaps"})`;
    summary.push(`Re-ranking the ${count(b.papers.length, "paper")} of the borderline band (mean scores ${dec(b.low, 2)} to ${dec(b.high, 2)}) by calibrated score, filling the same ${num(b.slots)} ${b.slots === 1 ? "acceptance" : "acceptances"}, ${verdict}.`);
    // A conference's band holds thousands of papers: then list only those whose decision would change.
    const long = b.papers.length > 30;
    const listed = long ? b.papers.filter((p) => p.changed).slice(0, 30) : b.papers;
    blocks.push(
      table(
        long ? `Papers of the borderline band whose decision a calibrated ranking would change (${listed.length < b.changed ? `first 30 of ${num(b.changed)}` : "all"})` : "The borderline band by calibrated score",
        ["Paper", "Title", "Decision", "Mean score", "Calibrated", "Rank (raw)", "Rank (calibrated)", "If calibrated"],
        listed.map((p) => [p.submission_id, p.title ?? "", p.status, dec(p.mean, 2), dec(p.calibrated, 2), num(p.rawRank), num(p.calibratedRank), p.changed ? (p.acceptedIfCalibrated ? "accept (changed)" : "reject (changed)") : p.acceptedIfCalibrated ? "accept" : "reject"]),
        [false, false, false, true, true, true, true, false],
      ),
    );
  }
  blocks.push(note("A retrospective lens on how much reviewer leniency mattered: never a reason to revisit decisions after the fact."));
  return { id: "calibration", title: "What if scores were calibrated (chairs only)", summary, blocks };
}
