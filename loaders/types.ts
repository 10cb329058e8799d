/**
 * The seam between export systems and the archive. An adapter recognises its files from their
 * content and turns them into canonical records (`EditionData`); nothing downstream knows
 * which system an export came from.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { WorkshopConfig } from "../src/lib/config/schema.ts";
import type { EditionData, System } from "../src/lib/model/records.ts";

/** The first bytes of a file, decoded, for content sniffing. */
export interface FileSample {
  path: string;
  name: string;
  /** Up to the first 64 KiB, decoded as UTF-8 (BOM removed). */
  head: string;
  /** The first line of `head` (CSV header). */
  firstLine: string;
  /** The workshop configuration, for adapters recognised by what it maps (the generic CSV). */
  config?: WorkshopConfig;
  /** The system named with --system, if any. */
  system?: System;
  /** For an .xlsx workbook (whose bytes are a zip): its sheet names and shared strings. */
  workbook?: { sheets: string[]; strings: string };
}

export interface Detection {
  system: System;
  /** What the file holds, e.g. "paper-json", "reviews-csv". */
  kind: string;
  /** How sure the adapter is, 0..1; below 0.5 the user is asked for --system. */
  confidence: number;
}

export interface SourceFile extends Detection {
  path: string;
  /** Path as shown to the user (relative to where they ran the command). */
  display: string;
  sha256: string;
  bytes: number;
}

export interface Warning {
  file?: string;
  row?: number;
  column?: string;
  message: string;
}

export interface ParseContext {
  edition: string;
  config: WorkshopConfig;
  /** Stable keyed-hash pseudonym for a person (by e-mail, else by name). */
  pseudonym(identity: { email?: string | null; name?: string | null; id?: string | null }): string;
  /** A scratch DuckDB connection for bulk parsing (CSV staging tables). */
  scratch: DuckDBConnection;
  warn(warning: Warning): void;
  /** Records how many rows each file contributed (for provenance). */
  countRows(file: SourceFile, rows: number): void;
}

export interface Adapter {
  system: System;
  /** Names the file's kind, or null when it is not one of this system's exports. */
  detect(sample: FileSample): Detection | null;
  /** Parses every file of one edition into canonical records (edition field filled in). */
  parse(files: SourceFile[], ctx: ParseContext): Promise<EditionData>;
  /** For systems that download a zip bundle: whether a member (base name) belongs in one. */
  bundleMember?(name: string): boolean;
}
