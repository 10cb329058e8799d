/**
 * Scores and decisions: score = paper quality + reviewer leniency + noise, and the
 * programme committee accepts by mean score, with a few decisions against the scores.
 */
import { DECISION } from "./decisions.ts";
import type { Rng } from "./prng.ts";
import type { Area, Paper, PaperContext, Person } from "./types.ts";

const KIND_BONUS = { deployment: 0.25, research: 0, position: -0.2, benchmark: 0.05 } as const;

export function paperQuality(r: Rng, c: PaperContext): number {
  return r.normal(0, 1) + KIND_BONUS[c.kind] + (c.area === "Other" ? -0.7 : 0);
}

/** Overall merit on 1..levels (levels best). */
export function overallScore(r: Rng, quality: number, reviewer: Person, levels: number): number {
  const mid = (levels + 1) / 2;
  const spread = (levels - 1) / 4;
  const raw = mid + spread * (0.95 * quality + reviewer.leniency + r.normal(0, 0.65));
  return Math.min(levels, Math.max(1, Math.round(raw)));
}

/** Reviewer expertise 1..4: experts in the paper's area mostly say 3 or 4. */
export function expertiseScore(r: Rng, reviewer: Person, area: Area): number {
  return reviewer.expertise.includes(area) ? r.weighted([4, 3, 2], [45, 45, 10]) : r.weighted([3, 2, 1], [30, 50, 20]);
}

/** Mean overall merit mapped to [0, 1]. */
export function meanMerit(p: Paper, levels: number): number {
  if (p.reviews.length === 0) return 0;
  const mean = p.reviews.reduce((s, rv) => s + rv.overall, 0) / p.reviews.length;
  return (mean - 1) / (levels - 1);
}

export interface DecisionOptions {
  acceptRate: number;
  exceptions: number;
  levels: number;
}

/**
 * Accepts the top share of reviewed papers by mean score, then swaps `exceptions` pairs across
 * the line (a champion, a late concern), and gives the best accepted papers an oral slot.
 */
export function decide(r: Rng, reviewed: Paper[], o: DecisionOptions): void {
  const key = new Map(reviewed.map((p) => [p, meanMerit(p, o.levels) + r.normal(0, 0.01)]));
  const ranked = [...reviewed].sort((a, b) => key.get(b)! - key.get(a)! || a.pid - b.pid);
  const k = Math.round(o.acceptRate * ranked.length);
  const accepted = new Set(ranked.slice(0, k));
  for (let e = 0; e < o.exceptions; e++) {
    const lows = ranked.slice(Math.max(0, k - 4), k).filter((p) => accepted.has(p));
    const highs = ranked.slice(k, k + 4).filter((p) => !accepted.has(p));
    const swapIn = highs.filter((h) => lows.some((l) => meanMerit(l, o.levels) > meanMerit(h, o.levels)));
    if (swapIn.length === 0) continue;
    const up = r.pick(swapIn);
    const down = r.pick(lows.filter((l) => meanMerit(l, o.levels) > meanMerit(up, o.levels)));
    accepted.delete(down);
    accepted.add(up);
  }
  const orals = new Set(
    [...accepted]
      .sort((a, b) => key.get(b)! + (b.context.kind === "deployment" ? 0.08 : 0) - key.get(a)! - (a.context.kind === "deployment" ? 0.08 : 0) || a.pid - b.pid)
      .slice(0, Math.round(0.3 * accepted.size)),
  );
  for (const p of reviewed) {
    if (accepted.has(p)) {
      p.status = "accepted";
      p.presentation = orals.has(p) ? "oral" : "poster";
      p.decision = orals.has(p) ? DECISION.oral : DECISION.poster;
    } else {
      p.status = "rejected";
      p.presentation = null;
      p.decision = DECISION.rejected;
    }
  }
}
