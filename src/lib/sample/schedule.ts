/**
 * Timestamps: submissions cluster before the deadline, reviews before the review deadline
 * (some late), all in Unix seconds. Formatting follows HotCRP, in the site's time zone.
 */
import type { Rng } from "./prng.ts";
import type { Person } from "./types.ts";

export const DAY = 86_400;
const HOUR = 3_600;

export function unixSeconds(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`not an ISO date: ${iso}`);
  return Math.floor(ms / 1000);
}

export interface Deadlines {
  submission: number;
  review: number;
  notification: number;
}

/** Most papers arrive in the last day, a few weeks early. */
export function submissionTime(r: Rng, d: Deadlines): number {
  const before = r.weighted([[0, 1], [1, 3], [3, 25]] as const, [55, 25, 20]);
  return d.submission - Math.round(r.uniform(before[0] * DAY, before[1] * DAY)) - r.int(60, 600);
}

/** Reviews pile up before the deadline; habitually late reviewers miss it by a few days. */
export function reviewTime(r: Rng, d: Deadlines, reviewer: Person): number {
  const start = d.submission + 2 * DAY;
  if (r.chance(0.04 + 0.3 * reviewer.lateness)) {
    const latest = Math.max(0.2, (d.notification - d.review) / DAY - 1);
    return d.review + Math.round(r.uniform(0.05, Math.min(5, latest)) * DAY);
  }
  const early = r.exponential(1 + 4 * (1 - reviewer.lateness)) * DAY;
  return Math.max(start + r.int(HOUR, DAY), d.review - Math.round(early) - r.int(60, 3 * HOUR));
}

/** Most reviews are never edited again; some are during discussion. */
export function reviewModifiedTime(r: Rng, submittedAt: number, d: Deadlines): number {
  if (!r.chance(0.2)) return submittedAt;
  return Math.min(d.notification - HOUR, submittedAt + Math.round(r.uniform(0.1, 4) * DAY));
}

/** US Pacific offset in minutes for an instant: DST from the second Sunday of March to the first of November. */
export function pacificOffsetMinutes(unix: number): number {
  const year = new Date(unix * 1000).getUTCFullYear();
  const nthSunday = (month: number, n: number) => {
    const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (n - 1);
  };
  const dstStart = Date.UTC(year, 2, nthSunday(2, 2), 10) / 1000;
  const dstEnd = Date.UTC(year, 10, nthSunday(10, 1), 9) / 1000;
  return unix >= dstStart && unix < dstEnd ? -420 : -480;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** HotCRP's `Y-m-d H:i:s O` in the site's zone (America/Los_Angeles): "2022-03-04 21:13:05 -0800". */
export function hotcrpTimestamp(unix: number): string {
  const offset = pacificOffsetMinutes(unix);
  const t = new Date((unix + offset * 60) * 1000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}
