/** Data notes: sources, files, what was missing or suppressed, and who the report is for. */
import type { EditionFacts } from "../../views/index.ts";
import { bullets, type Section } from "../doc.ts";
import { capitalize, count, day, num, SUPPRESSED_MARK } from "../words.ts";

const SYSTEM_NAMES: Record<string, string> = { hotcrp: "HotCRP", openreview: "OpenReview", easychair: "EasyChair", cmt: "Microsoft CMT", csv: "a CSV export" };

function kb(bytes: number): string {
  return bytes >= 1e6 ? `${num(bytes / 1e6, 1)} MB` : `${num(Math.max(1, Math.round(bytes / 1e3)))} kB`;
}

export function audienceNote(f: EditionFacts): string {
  switch (f.audience) {
    case "chair":
      return "Chairs' version: confidential. It names rejected papers and shows per-reviewer numbers (as pseudonyms); do not share it. `--audience committee` or `--audience public` writes versions to share.";
    case "committee":
      return `Committee version: no reviewer identities or per-reviewer numbers, rejected papers without titles, and cells built from fewer than ${f.k} papers, people or reviews suppressed.`;
    case "public":
      return `Public version: accepted papers and aggregates only; cells built from fewer than ${f.k} papers, people or reviews are suppressed.`;
  }
}

export function notesSection(f: EditionFacts): Section {
  const n = f.notes;
  const system = SYSTEM_NAMES[n.system] ?? n.system;
  const summary: string[] = [];
  summary.push(n.files.length ? `The data comes from ${system} (${count(n.files.length, "file")}, loaded${n.loadedAt ? ` on ${day(n.loadedAt)}` : ""} as ingest #${n.ingestId}); the ingest recorded ${count(n.warnings, "warning")}.` : `The data comes from ${system}; the archive holds no record of the files it was loaded from.`);
  summary.push(n.missing.length ? `Missing from this edition's data: ${n.missing.join("; ")}.` : "Nothing the report uses was missing from this edition's data.");
  if (f.audience !== "chair") {
    summary.push(
      n.suppressedCells === 0
        ? `No cell had to be suppressed (the threshold is ${f.k}).`
        : `${capitalize(count(n.suppressedCells, "table cell"))} ${n.suppressedCells === 1 ? "is" : "are"} suppressed (shown as "${SUPPRESSED_MARK}"): cells built from fewer than ${f.k} papers, people or reviews, and enough others that totals cannot reveal them.`,
    );
  }
  const confidence = Math.round(f.confidence * 100);
  return {
    id: "data-notes",
    title: "Data notes",
    summary,
    blocks: [
      bullets([
        ...n.files.map((file) => `\`${file.name}\`: ${file.kind}, ${count(file.rows, "row")}, ${kb(file.bytes)}, sha256 \`${file.sha256.slice(0, 12)}\``),
        `Rates carry ${confidence}% Wilson score intervals; agreement intervals are bootstrap percentiles. Percentages are rounded, so they may not add up to exactly 100%.`,
        "Areas, kinds, challenges and methods come from the paper classifier unless a chair labelled the paper; they are estimates.",
        audienceNote(f),
      ]),
    ],
  };
}
