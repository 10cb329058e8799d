/**
 * Recognises a generic CSV only by the configuration's column mapping (or --system csv):
 * any CSV could be "generic", so guessing from the header alone would be silent guessing.
 */
import { parseHeader } from "../common/csv.ts";
import type { Detection, FileSample } from "../types.ts";

export function detectMappedCsv(sample: FileSample): Detection | null {
  const head = sample.head.trimStart();
  if (head.startsWith("[") || head.startsWith("{") || head.startsWith("<")) return null;
  const mapping = sample.config?.csv;
  const forced = sample.system === "csv";
  if (!mapping) return forced ? { system: "csv", kind: "mapped-csv", confidence: 0.5 } : null;
  let header: Set<string>;
  try {
    header = new Set(parseHeader(sample.firstLine, sample.name).map((h) => h.toLowerCase()));
  } catch {
    return null;
  }
  const has = (c: string | undefined) => c === undefined || header.has(c.trim().toLowerCase());
  if (!has(mapping.id) || !has(mapping.title)) return forced ? { system: "csv", kind: "mapped-csv", confidence: 0.5 } : null;
  const mapped = [mapping.abstract, mapping.keywords, mapping.topics, mapping.authors, mapping.decision, mapping.presentation, mapping.track, mapping.submitted_at, mapping.ratings, mapping.withdrawn];
  // Every mapped column present: the chair has described this very file.
  return { system: "csv", kind: "mapped-csv", confidence: mapped.every(has) ? 0.9 : 0.7 };
}
