/**
 * Numbers in words: counts with the right singular or plural ("no", "1 review", "3 reviews"),
 * percentages, intervals, changes against a previous edition and dates. Every sentence of the
 * report goes through these, so the wording stays correct for 0, 1, many and missing values.
 */
import { isSuppressed, type Suppressed } from "../stats/index.ts";

/** Whole numbers with thousands separators; others with `digits` decimals. */
export function num(x: number, digits = 0): string {
  return x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A mean or ratio: one decimal, trailing ".0" kept (3.0 reviews per paper reads as a mean). */
export function dec(x: number, digits = 1): string {
  return num(x, digits);
}

export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return n === 1 ? singular : pluralForm;
}

/** "no reviews", "1 review", "1,234 reviews"; `zero` replaces "no" when given. */
export function count(n: number, singular: string, pluralForm?: string, zero?: string): string {
  if (n === 0) return zero ?? `no ${pluralForm ?? `${singular}s`}`;
  return `${num(n)} ${plural(n, singular, pluralForm)}`;
}

/** "was" / "were" for a count. */
export function was(n: number): string {
  return n === 1 ? "was" : "were";
}

/** Percent with no decimals; "<1%" and ">99%" keep a tiny share from reading as 0% or 100%. */
export function pct(x: number): string {
  if (x > 0 && x < 0.005) return "<1%";
  if (x < 1 && x > 0.995) return ">99%";
  return `${Math.round(x * 100)}%`;
}

/** "95% CI 29-58%" for an interval of shares. */
export function ci(low: number, high: number, confidence = 0.95): string {
  return `${Math.round(confidence * 100)}% CI ${span(low, high)}`;
}

/** "29-58%": an interval of shares without its label. */
export function span(low: number, high: number): string {
  return `${Math.round(low * 100)}-${Math.round(high * 100)}%`;
}

/** A share and its interval for use inside parentheses: "43%; 95% CI 29-58%". */
export function rateInParens(r: { rate: number | null; low: number | null; high: number | null; confidence: number }): string {
  if (r.rate === null) return "not defined";
  return r.low === null || r.high === null ? pct(r.rate) : `${pct(r.rate)}; ${ci(r.low, r.high, r.confidence)}`;
}

/** A share with its interval: "43% (95% CI 29-58%)". */
export function rateText(r: { rate: number | null; low: number | null; high: number | null; confidence: number }): string {
  if (r.rate === null) return "not defined";
  return r.low === null || r.high === null ? pct(r.rate) : `${pct(r.rate)} (${ci(r.low, r.high, r.confidence)})`;
}

/**
 * The change of a count against the previous edition, as a clause: "31% more than 2022",
 * "12% fewer than 2022", "as many as 2022", "up from none in 2022". Empty when there is no
 * previous value to compare with.
 */
export function countChange(current: number, previous: number | null | Suppressed, previousLabel: string | null): string {
  if (previous === null || previousLabel === null || isSuppressed(previous)) return "";
  if (previous === 0) return current === 0 ? `none in ${previousLabel} either` : `up from none in ${previousLabel}`;
  if (current === previous) return `as many as in ${previousLabel}`;
  const change = Math.round((Math.abs(current - previous) / previous) * 100);
  if (change === 0) return `about as many as in ${previousLabel} (${num(previous)})`;
  return `${change}% ${current > previous ? "more" : "fewer"} than in ${previousLabel} (${num(previous)})`;
}

/** The change of a share in percentage points: "up from 56% in 2023", "the same as in 2023". */
export function rateChange(current: number | null, previous: number | null | Suppressed, previousLabel: string | null): string {
  if (current === null || previous === null || previousLabel === null || isSuppressed(previous)) return "";
  const points = Math.round(current * 100) - Math.round(previous * 100);
  if (points === 0) return `the same as in ${previousLabel}`;
  return `${points > 0 ? "up" : "down"} from ${pct(previous)} in ${previousLabel}`;
}

/** "A", "A and B", "A, B and C". */
export function list(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Upper-cases the first letter of a sentence. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A deadline as chairs write it. A time of 11:59 UTC is 23:59 Anywhere on Earth (UTC-12), the
 * usual workshop deadline: shown as that AoE date. Others as the UTC date and time.
 */
export function deadline(isoDate: string): string {
  const d = new Date(isoDate);
  if (d.getUTCHours() === 11 && d.getUTCMinutes() === 59) {
    const aoe = new Date(d.getTime() - 12 * 3_600_000);
    return `${aoe.getUTCDate()} ${MONTHS[aoe.getUTCMonth()]} ${aoe.getUTCFullYear()} (AoE)`;
  }
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** A calendar date (UTC): "28 November 2026". */
export function day(isoDate: string): string {
  const d = new Date(isoDate);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** What a suppressed cell shows in a table. */
export const SUPPRESSED_MARK = "supp.";

/** A table cell: a number, a suppressed marker, or a dash for "not applicable". */
export function cell(x: number | null | Suppressed | undefined, format: (v: number) => string = (v) => num(v)): string {
  if (isSuppressed(x)) return SUPPRESSED_MARK;
  if (x === null || x === undefined || Number.isNaN(x)) return "–";
  return format(x);
}

/** Counts that may be fractional (papers with two areas count half in each). */
export function papers(x: number): string {
  return Number.isInteger(x) ? num(x) : num(x, 1);
}

/** A shown value for a chart: suppressed becomes null (charts leave nulls out). */
export function plain(x: number | null | Suppressed | undefined): number | null {
  return isSuppressed(x) || x === undefined ? null : x;
}
