/** The configured column mapping resolved against one file's header. */
import type { CsvMapping } from "../../src/lib/config/schema.ts";
import { RetroError } from "../../src/lib/errors.ts";
import type { SourceFile } from "../types.ts";

export const MAPPED_FIELDS = ["id", "title", "abstract", "keywords", "topics", "authors", "decision", "presentation", "track", "submitted_at", "ratings", "withdrawn"] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Field -> the header's own spelling of its column (matched case-insensitively). */
export type ResolvedColumns = Partial<Record<MappedField, string>> & { id: string; title: string };

/** Each mapped column in the header's spelling; a mapped column the file lacks is an error naming it. */
export function resolveColumns(mapping: CsvMapping, header: string[], file: SourceFile): ResolvedColumns {
  const byLower = new Map(header.map((h) => [h.toLowerCase(), h]));
  const out: Partial<Record<MappedField, string>> = {};
  for (const field of MAPPED_FIELDS) {
    const wanted = mapping[field];
    if (wanted === undefined) continue;
    const hit = byLower.get(wanted.trim().toLowerCase());
    if (hit === undefined) {
      throw new RetroError(
        `The column "${wanted}" (mapped to ${field} by "csv.${field}" in the configuration) is not in the header; the file has: ${header.join(", ")}.`,
        `Set "csv": { "${field}": "<column>" } in workshop.config.json to one of the file's columns${field === "id" || field === "title" ? "" : `, or remove "csv.${field}"`}.`,
        { file: file.display, row: 1, column: wanted },
      );
    }
    out[field] = hit;
  }
  return out as ResolvedColumns;
}
