/** Programme committees that grow and overlap from one edition to the next. */
import type { Population } from "./people.ts";
import type { Rng } from "./prng.ts";
import type { Person } from "./types.ts";

/**
 * One committee per size: most members return the next year (80%), newcomers fill the rest,
 * and a returning person is the same Person object, hence the same name and e-mail.
 */
export function rotatingCommittees(r: Rng, people: Population, sizes: readonly number[]): Person[][] {
  const candidates = r.sample(people.people, Math.min(people.people.length, Math.round(1.8 * Math.max(...sizes))));
  const everServed = new Set<Person>();
  const out: Person[][] = [];
  let previous: Person[] = [];
  for (const size of sizes) {
    const kept = previous.filter(() => r.chance(0.8)).slice(0, size);
    const fresh = candidates.filter((p) => !kept.includes(p) && !everServed.has(p));
    const returning = candidates.filter((p) => !kept.includes(p) && everServed.has(p));
    const committee = [...kept, ...fresh, ...returning].slice(0, size);
    committee.forEach((p) => everServed.add(p));
    out.push(committee);
    previous = committee;
  }
  return out;
}
