/** Recognises HotCRP exports from their content (FORMATS.md section 1). */
import { parseHeader } from "../common/csv.ts";
import type { Detection, FileSample } from "../types.ts";

const KINDS: Array<{ kind: string; test: (cols: Set<string>) => boolean }> = [
  // batch/reviewcsv.php wide format
  { kind: "reviews-batch-csv", test: (c) => c.has("pid") && c.has("review") && c.has("submitted_at") },
  { kind: "authors-csv", test: (c) => c.has("paper") && c.has("title") && (c.has("given_name") || c.has("first")) && (c.has("family_name") || c.has("last")) && !c.has("conflicttype") },
  { kind: "topics-csv", test: (c) => c.has("paper") && c.has("title") && c.has("topic") && c.size === 3 },
  { kind: "pcconflicts-csv", test: (c) => c.has("paper") && c.has("conflicttype") },
  { kind: "scores-csv", test: isScoresCsv },
  { kind: "reviews-csv", test: (c) => c.has("paper") && c.has("title") && (c.has("overall merit") || c.has("reviewername") || c.has("review") || hasTextField(c)) },
  { kind: "submissions-csv", test: (c) => (c.has("id") || c.has("title")) && ["status", "decision", "authors", "abstract", "topics", "# reviews", "timestamp"].some((k) => c.has(k)) },
];

function hasTextField(c: Set<string>): boolean {
  return [...c].some((k) => /comments|summary|strengths|weaknesses/.test(k));
}

export function detectHotcrp(sample: FileSample): Detection | null {
  const head = sample.head.trimStart();
  if (head.startsWith("[") || head.startsWith("{")) {
    if (/"object"\s*:\s*"paper"/.test(head)) return { system: "hotcrp", kind: "paper-json", confidence: 0.95 };
    if (/"pid"\s*:\s*\d/.test(head) && /"title"\s*:/.test(head)) return { system: "hotcrp", kind: "paper-json", confidence: 0.85 };
    if (/"papers"\s*:\s*\[/.test(head) && /"_id_"|"pid"/.test(head)) return { system: "hotcrp", kind: "paper-json", confidence: 0.8 };
    return null;
  }
  const cols = new Set(parseHeaderSafe(sample.firstLine).map((h) => h.toLowerCase()));
  if (cols.size < 2) return null;
  for (const { kind, test } of KINDS) {
    if (test(cols)) return { system: "hotcrp", kind, confidence: kind === "submissions-csv" ? 0.7 : 0.85 };
  }
  return null;
}

/** get/scores: paper,title[,decision][,review][,reviewername,email],<ABBREVS> with no text fields. */
function isScoresCsv(cols: Set<string>): boolean {
  if (!cols.has("paper") || !cols.has("title") || hasTextField(cols)) return false;
  const fixed = new Set(["paper", "title", "decision", "review", "reviewername", "email"]);
  const rest = [...cols].filter((c) => !fixed.has(c));
  return rest.length > 0 && rest.every((c) => /^[a-z0-9]{2,12}$/i.test(c));
}

function parseHeaderSafe(line: string): string[] {
  try {
    return parseHeader(line, "");
  } catch {
    return [];
  }
}
