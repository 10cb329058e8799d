/** Recognises Microsoft CMT exports (FORMATS.md section 4): text, SpreadsheetML and .xlsx. */
import { parseHeader } from "../common/csv.ts";
import { delimiterOf } from "../common/text-grid.ts";
import type { Detection, FileSample } from "../types.ts";

const PAPER_ID = /^#?\s*Paper ID$/i;

/** papers | reviews | metareviews, from the words of the header row. */
export function tableKind(text: string): "papers" | "reviews" | "metareviews" {
  // Whole words: the papers export has "Reviewer Emails" and "MetaReviewer Emails" columns.
  if (/Meta-?Reviewer (Name|Email)\b/i.test(text)) return "metareviews";
  if (/Reviewer (Name|Email|Number)\b/i.test(text)) return "reviews";
  return "papers";
}

export function detectCmt(sample: FileSample): Detection | null {
  const head = sample.head.trimStart();
  if (sample.workbook) {
    if (!/>\s*#?\s*Paper ID\s*</i.test(sample.workbook.strings)) return null;
    return { system: "cmt", kind: `${tableKind(sample.workbook.strings)}-xlsx`, confidence: 0.9 };
  }
  if (head.startsWith("<?xml") || head.startsWith("<Workbook")) {
    if (!head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return null;
    return /Paper ID/.test(head) ? { system: "cmt", kind: `${tableKind(head)}-xml`, confidence: 0.9 } : { system: "cmt", kind: "papers-xml", confidence: 0.4 };
  }
  for (const line of head.split(/\r?\n/).slice(0, 10)) {
    const delimiter = delimiterOf(line);
    let cells: string[];
    try {
      cells = delimiter === "\t" ? line.split("\t").map((c) => c.trim()) : parseHeader(line, "");
    } catch {
      continue;
    }
    if (cells.some((c) => PAPER_ID.test(c))) {
      const known = cells.filter((c) => /^(Paper Title|Authors|Author Names|Primary Subject Area|Status|Reviewer Name|Reviewer Email|Track Name|Abstract)$/i.test(c)).length;
      return { system: "cmt", kind: `${tableKind(line)}-${delimiter === "\t" ? "tsv" : "csv"}`, confidence: known >= 1 ? 0.9 : 0.6 };
    }
  }
  return null;
}
