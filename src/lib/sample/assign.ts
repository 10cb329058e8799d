/**
 * Review assignment: how many reviews each paper gets (exact total, mostly the mean, some
 * one more or one less) and which committee members write them (area experts first,
 * lightest load first, never an author of the paper).
 */
import type { Rng } from "./prng.ts";
import type { Area, Person } from "./types.ts";

/** Splits `total` reviews over `papers` papers: mostly equal, ~15% of papers one more or one less. */
export function reviewCounts(r: Rng, papers: number, total: number): number[] {
  if (papers === 0) return [];
  const base = Math.floor(total / papers);
  const counts = new Array<number>(papers).fill(base);
  for (const i of r.sample([...counts.keys()], total - base * papers)) counts[i]++;
  const moves = Math.round(0.08 * papers);
  for (let m = 0; m < moves; m++) {
    const from = r.int(0, papers - 1);
    const to = r.int(0, papers - 1);
    if (from !== to && counts[from] > Math.max(1, base - 1) && counts[to] < base + 1) {
      counts[from]--;
      counts[to]++;
    }
  }
  return counts;
}

export class Assigner {
  private readonly load = new Map<Person, number>();
  private readonly experts = new Map<Area, Person[]>();

  constructor(private readonly committee: readonly Person[]) {
    for (const p of committee) {
      this.load.set(p, 0);
      for (const a of p.expertise) {
        const list = this.experts.get(a) ?? [];
        list.push(p);
        this.experts.set(a, list);
      }
    }
  }

  /** `k` distinct reviewers for a paper, avoiding its authors. */
  assign(r: Rng, area: Area, authors: readonly Person[], k: number): Person[] {
    const conflicted = new Set(authors.map((a) => a.email));
    const chosen: Person[] = [];
    const ok = (p: Person) => !conflicted.has(p.email) && !chosen.includes(p);
    const experts = this.experts.get(area) ?? [];
    for (let slot = 0; slot < k; slot++) {
      let best: Person | null = null;
      for (let tries = 0; tries < 4; tries++) {
        const pool = experts.length > 0 && r.chance(0.75) ? experts : this.committee;
        const cand = r.pick(pool);
        if (ok(cand) && (best === null || this.load.get(cand)! < this.load.get(best)!)) best = cand;
      }
      best ??= this.committee.filter(ok).sort((a, b) => this.load.get(a)! - this.load.get(b)!)[0] ?? null;
      if (best === null) break;
      chosen.push(best);
      this.load.set(best, this.load.get(best)! + 1);
    }
    return chosen;
  }
}
