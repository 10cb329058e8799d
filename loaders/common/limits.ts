/**
 * The largest inputs workshop-retro accepts, and the checks on an edition's canonical records
 * that every adapter shares. Each limit is far above any real export and can be raised with
 * an environment variable; past it the user gets a RetroError naming the file, the limit and
 * that variable, never an out-of-memory crash.
 */
import { RetroError } from "../../src/lib/errors.ts";
import type { EditionData } from "../../src/lib/model/records.ts";
import type { Warning } from "../types.ts";

const MIB = 2 ** 20;

export interface Limits {
  /** Largest input file (a zip bundle: its inflated members count instead), in bytes. */
  maxFileBytes: number;
  /** Longest single text value of a record (title, abstract, name, review text), in characters. */
  maxFieldChars: number;
  /** Most records of one kind (submissions, authors, reviews, scores, ...) in one edition. */
  maxRows: number;
  /** Scores beyond +-this are outside every reviewing scale. */
  maxScoreMagnitude: number;
}

function envNumber(name: string, fallback: number, scale = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) {
    throw new RetroError(`${name}="${raw}" is not a positive number.`, `Set ${name} to a number such as ${fallback / scale}, or unset it for the default.`);
  }
  return n * scale;
}

/** The limits in force: defaults, raised or lowered by RETRO_MAX_FILE_MB, RETRO_MAX_FIELD_MB, RETRO_MAX_ROWS. */
export function currentLimits(): Limits {
  return {
    maxFileBytes: envNumber("RETRO_MAX_FILE_MB", 512 * MIB, MIB),
    maxFieldChars: envNumber("RETRO_MAX_FIELD_MB", 1 * MIB, MIB),
    maxRows: envNumber("RETRO_MAX_ROWS", 1_000_000),
    maxScoreMagnitude: 100,
  };
}

/** Refuses a file larger than the limit before it is read into memory. */
export function checkFileSize(bytes: number, display: string, limits: Limits = currentLimits()): void {
  if (bytes > limits.maxFileBytes) {
    throw new RetroError(
      `The file is ${(bytes / MIB).toFixed(0)} MiB, above the ${(limits.maxFileBytes / MIB).toFixed(0)} MiB limit for one input file.`,
      `Check that it is a submission-system export (they are far smaller); to load it anyway, raise the limit, e.g. RETRO_MAX_FILE_MB=${Math.ceil((bytes / MIB) * 1.1)} (about 8 bytes of memory per byte of input are needed).`,
      { file: display },
    );
  }
}

const TABLE_LABEL: Record<string, string> = {
  submissions: "submission",
  authors: "author",
  reviews: "review",
  scores: "review score",
  texts: "review text",
  identities: "identity",
  committee: "committee member",
  conflicts: "conflict",
};

/**
 * Shared checks on an edition's records, after parsing and before anything is written:
 * row counts and text lengths within the limits, scores within any reviewing scale (errors);
 * timestamps in the future (a warning: kept as exported).
 */
export function checkRecords(data: EditionData, files: string, warn: (w: Warning) => void, limits: Limits = currentLimits(), now = Date.now()): void {
  for (const [key, label] of Object.entries(TABLE_LABEL)) {
    const records = data[key as keyof EditionData] as unknown as Array<Record<string, unknown>>;
    if (records.length > limits.maxRows) {
      throw new RetroError(
        `The export holds ${records.length.toLocaleString("en-US")} ${label} records, above the limit of ${limits.maxRows.toLocaleString("en-US")} for one edition.`,
        `Check that the files belong to one edition; to load them anyway, raise the limit, e.g. RETRO_MAX_ROWS=${Math.ceil(records.length * 1.1)}.`,
        { file: files },
      );
    }
    for (const record of records) {
      // for-in, not Object.entries: no array per record (100,000s of records at conference scale).
      for (const field in record) {
        const value = record[field];
        if (typeof value === "string" && value.length > limits.maxFieldChars) {
          throw new RetroError(
            `The ${field} of ${label} ${String(record.id ?? record.submission_id ?? record.review_id ?? record.person ?? "?")} is ${(value.length / MIB).toFixed(1)} M characters long, above the ${(limits.maxFieldChars / MIB).toFixed(1)} M limit for one value.`,
            `No real export has such a value: check the file; to load it anyway, raise the limit, e.g. RETRO_MAX_FIELD_MB=${Math.ceil((value.length / MIB) * 1.1)}.`,
            { file: files, column: field },
          );
        }
      }
    }
  }
  checkScores(data, files, limits);
  warnFutureTimes(data, files, warn, now);
}

function checkScores(data: EditionData, files: string, limits: Limits): void {
  const max = limits.maxScoreMagnitude;
  const outside = (v: number | null | undefined) => v !== null && v !== undefined && Math.abs(v) > max;
  for (const r of data.reviews) {
    for (const field of ["overall", "confidence"] as const) {
      if (outside(r[field])) throw scoreError(`${field} score ${r[field]} of review ${r.review_id}`, files, field, max);
    }
  }
  for (const s of data.scores) {
    if (outside(s.value)) throw scoreError(`score ${s.value} in "${s.field}" of review ${s.review_id}`, files, s.field, max);
  }
}

function scoreError(what: string, files: string, column: string, max: number): RetroError {
  return new RetroError(
    `The ${what} is outside every reviewing scale (-${max} to ${max}).`,
    "Check that column in the export (a shifted column or a typing slip); correct the value and ingest again.",
    { file: files, column },
  );
}

function warnFutureTimes(data: EditionData, files: string, warn: (w: Warning) => void, now: number): void {
  const tomorrow = now + 86_400_000;
  const future = (d: Date | null | undefined) => d instanceof Date && d.getTime() > tomorrow;
  const counts = [
    ["submission", data.submissions.filter((s) => future(s.submitted_at) || future(s.modified_at)).length],
    ["review", data.reviews.filter((r) => future(r.submitted_at)).length],
  ] as const;
  for (const [label, n] of counts) {
    if (n) warn({ file: files, message: `${n} ${label} time${n === 1 ? "" : "s"} lie${n === 1 ? "s" : ""} in the future; kept as exported (check the export's clock or time zone).` });
  }
}
