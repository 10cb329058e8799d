/** Iterations per property; FAST_CHECK_RUNS scales them all (e.g. 10 for a soak). */
const scale = Number(process.env.FAST_CHECK_RUNS_SCALE ?? 1);
export const runs = (n: number) => ({ numRuns: Math.max(1, Math.round(n * scale)) });
