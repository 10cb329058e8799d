/** Recognises EasyChair exports (FORMATS.md section 3): the CSV bundle's files and the workbook. */
import { parseHeader } from "../common/csv.ts";
import type { Detection, FileSample } from "../types.ts";

/** Table -> a test on the lower-cased header names. */
const TABLES: Array<{ table: string; test: (c: Set<string>) => boolean }> = [
  { table: "review_score", test: (c) => c.has("review #") && c.has("field #") },
  { table: "committee_topic", test: (c) => c.has("member #") && c.has("topic") },
  { table: "metareview", test: (c) => c.has("submission #") && c.has("member #") && c.has("recommendation") },
  { table: "review", test: (c) => c.has("submission #") && c.has("member #") && c.has("scores") },
  { table: "bidding", test: (c) => c.has("member #") && c.has("submission #") && c.has("bid") },
  { table: "assignment", test: (c) => c.has("member #") && c.has("submission #") && c.size <= 4 },
  { table: "submission_topic", test: (c) => c.has("submission #") && c.has("topic") },
  { table: "submission_field_value", test: (c) => c.has("submission #") && c.has("field name") },
  { table: "author", test: (c) => c.has("submission #") && c.has("first name") && c.has("last name") },
  { table: "committee", test: (c) => c.has("#") && c.has("person #") && c.has("role") },
  { table: "submission", test: (c) => c.has("#") && c.has("title") && (c.has("deleted?") || c.has("decision") || c.has("keywords")) },
  { table: "topics", test: (c) => c.has("topic") && c.size <= 2 },
];

/** The bundle's file names (an optional conference prefix allowed) -> table. */
const FILE_NAME = /^(?:.*[_-])?(submission|author|review|review_score|submission_topic|topics|committee|committee_topic|metareview|bidding|assignment|submission_field_value)\.csv$/i;

export function bundleTable(name: string): string | null {
  return FILE_NAME.exec(name)?.[1].toLowerCase() ?? null;
}

export function detectEasychair(sample: FileSample): Detection | null {
  if (sample.workbook) {
    const sheets = new Set(sample.workbook.sheets.map((s) => s.toLowerCase()));
    return sheets.has("submissions") && (sheets.has("reviews") || sheets.has("authors")) ? { system: "easychair", kind: "workbook-xlsx", confidence: 0.95 } : null;
  }
  const byName = bundleTable(sample.name);
  if (byName === "review" && /^\s*\d+\s*,\s*\d+\s*,/.test(sample.firstLine)) return { system: "easychair", kind: "review-noheader-csv", confidence: 0.9 };
  let cols: Set<string>;
  try {
    cols = new Set(parseHeader(sample.firstLine, sample.name).map((h) => h.toLowerCase()));
  } catch {
    return null;
  }
  const hit = TABLES.find((t) => t.test(cols));
  if (!hit) return null;
  return { system: "easychair", kind: `${hit.table}-csv`, confidence: byName === hit.table ? 0.95 : 0.8 };
}
