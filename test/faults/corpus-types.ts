/** The adversarial corpus manifest (test/fixtures/bad/manifest.json) and one case's outcome. */
import type { Location } from "../../src/lib/errors.ts";

export interface CorpusCase {
  /** The file (or folder) under test/fixtures/bad, or the name a generator writes. */
  file: string;
  /** A generator of scripts/gen-bad-fixtures.ts, for inputs too big to commit. */
  generate?: string;
  /** The system the file pretends to come from ("any" when none). */
  system: string;
  /** What the file tries. */
  tries: string;
  /** Good files ingested with it (e.g. the papers a reviews file refers to). */
  with?: string[];
  /** A key of `configs`. */
  config?: string;
  expect: {
    /** A substring of the RetroError's message or fix; the archive must stay unchanged. */
    error?: string;
    /** The documented safe handling, in words. */
    safe?: string;
    /** A substring of one of the ingest's warnings. */
    warning?: string;
    /** Queries on the scratch archive and the first value each must return. */
    stored?: Array<{ sql: string; equals: unknown }>;
  };
}

export interface CorpusManifest {
  about: string;
  configs: Record<string, object>;
  timeLimitMs: number;
  cases: CorpusCase[];
}

export interface CaseResult {
  file: string;
  outcome: "ok" | "error" | "crash";
  ms: number;
  message?: string;
  fix?: string;
  location?: Location;
  stack?: string;
  warnings?: string[];
  unchanged?: boolean;
  stored?: unknown[];
  prototypeClean?: boolean;
}
