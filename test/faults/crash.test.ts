/**
 * Crash safety at CI size: an ingest SIGKILLed at 20 random moments, a classification at 5;
 * after each kill the archive is exactly the state before or after, and a rerun completes.
 * `npm run test:crash -- --kills 200` runs the larger version.
 */
import { describe, expect, it } from "vitest";
import { crashClassify, crashIngest } from "./crash-harness.ts";

describe("killed with SIGKILL at random moments", () => {
  it("an ingest leaves the archive exactly as before or exactly as after, 20 times; a rerun completes", async () => {
    const r = await crashIngest({ kills: 20, submissions: 200 });
    expect(r.failures, JSON.stringify(r.stages)).toEqual([]);
    expect(r.kills, "kills that landed while the ingest ran").toBe(20);
    expect(r.before + r.after, "every kill left the old or the new state").toBe(r.kills);
    expect(r.rerunOk, "the interrupted load, run again, completes with exactly its state").toBe(true);
  }, 600_000);

  it("a classification leaves the classifications exactly as before or after; a rerun completes", async () => {
    const r = await crashClassify({ kills: 5, submissions: 200 });
    expect(r.failures).toEqual([]);
    expect(r.kills).toBe(5);
    expect(r.before + r.after).toBe(r.kills);
    expect(r.rerunOk).toBe(true);
  }, 600_000);
});
