/**
 * One edition at conference scale, for the ingest benchmarks: by default 20,000 submissions and
 * exactly 100,000 reviews, as HotCRP's current JSON plus the wide review CSV, or in another
 * system's native export (an OpenReview dump, an EasyChair bundle, CMT's Excel files).
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { rotatingCommittees } from "./committee.ts";
import { ProblemPicker } from "./context.ts";
import { planEdition } from "./edition.ts";
import { editionFiles } from "./export-files.ts";
import { Population } from "./people.ts";
import { Rng } from "./prng.ts";
import { SystemNamer } from "./system-names.ts";
import { openreviewChunks, openreviewFileName } from "./openreview-json.ts";
import type { EditionSpec, ExportFormat, Paper, Person } from "./types.ts";
import { writeFiles } from "./write.ts";

export interface ScaleOptions {
  seed?: string | number;
  submissions?: number;
  /** Mean reviews per submission; the edition has exactly round(submissions x this) reviews. */
  reviewsPerPaper?: number;
  year?: number;
  /** Download prefix without the dash; default `conf{yy}`. */
  confid?: string;
  /** HotCRP's "v3" (default), "v2" or "web", or "openreview-v2", "easychair", "cmt". */
  format?: ExportFormat;
  overallScale?: "numeric" | "letter";
  /** Default: one member per 40 reviews. */
  committeeSize?: number;
}

export interface GeneratedEdition {
  /** File name -> content (HotCRP's names carry the `{confid}-` prefix). */
  files: Record<string, string>;
  submissions: number;
  reviews: number;
}

function scaleSpec(o: ScaleOptions): EditionSpec {
  const submissions = o.submissions ?? 20_000;
  const totalReviews = Math.round(submissions * (o.reviewsPerPaper ?? 5));
  const year = o.year ?? 2026;
  return {
    year,
    confid: o.confid ?? `conf${String(year).slice(2)}`,
    submissions,
    committeeSize: o.committeeSize ?? Math.max(5, Math.ceil(totalReviews / 40)),
    deploymentShare: 0.3,
    acceptRate: 0.25,
    withdrawn: Math.round(0.01 * submissions),
    deskRejected: Math.round(0.015 * submissions),
    totalReviews,
    deadlines: { submission: `${year}-03-27T23:59:00-12:00`, review: `${year}-05-08T23:59:00-12:00`, notification: `${year}-05-29T23:59:00-12:00` },
    format: o.format ?? "v3",
    overallScale: o.overallScale ?? "numeric",
    llmShare: 0.3,
    exceptions: Math.round(0.005 * submissions),
  };
}

/** The planned edition (papers with their reviews, and the committee). Deterministic in its options. */
function planConference(options: ScaleOptions): { spec: EditionSpec; papers: Paper[]; committee: Person[] } {
  const spec = scaleSpec(options);
  const rng = new Rng(`scale/${options.seed ?? 1}`);
  const people = new Population(rng.fork("people"), Math.max(600, Math.round(1.5 * spec.submissions)));
  const [committee] = rotatingCommittees(rng.fork("committee"), people, [spec.committeeSize]);
  const shared = { problems: new ProblemPicker(), namer: new SystemNamer(rng.fork("names")), titles: new Set<string>() };
  return { spec, papers: planEdition(rng.fork("edition"), spec, people, committee, shared), committee };
}

const reviewCount = (papers: readonly Paper[]) => papers.reduce((n, p) => n + p.reviews.length, 0);

/** Generates the edition in memory. Deterministic in its options. */
export function generateConferenceEdition(options: ScaleOptions = {}): GeneratedEdition {
  const { spec, papers, committee } = planConference(options);
  return { files: editionFiles(spec, papers, committee), submissions: papers.length, reviews: reviewCount(papers) };
}

/** The HotCRP edition (format "v3" unless `options.format` says otherwise). */
export function generateHotcrpEdition(options: ScaleOptions = {}): GeneratedEdition {
  return generateConferenceEdition(options);
}

/**
 * Generates the edition and writes its files into `dir` (synchronously); returns the paths
 * written. An OpenReview dump is written note by note (at conference scale it is hundreds of MB).
 */
export function writeConferenceEdition(dir: string, options: ScaleOptions = {}): string[] {
  const { spec, papers, committee } = planConference(options);
  if (spec.format !== "openreview-v2") return writeFiles(dir, Object.entries(editionFiles(spec, papers, committee)));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, openreviewFileName(spec));
  const fd = openSync(path, "w");
  try {
    for (const chunk of openreviewChunks(spec, papers)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return [path];
}

/** The HotCRP edition written into `dir`, as the HotCRP ingest benchmark uses it. */
export function writeConferenceHotcrp(dir: string, options: ScaleOptions = {}): string[] {
  return writeConferenceEdition(dir, options);
}
