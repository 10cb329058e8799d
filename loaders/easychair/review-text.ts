/**
 * EasyChair's review `text` cell: every text field of the form under an upper-case heading in
 * parentheses ("(SUMMARY)", "(CONFIDENTIAL REMARKS FOR THE PROGRAM COMMITTEE)"); text before
 * any heading is "REVIEW". Confidential sections are for the committee, not the authors.
 */
import { countWords } from "../common/people.ts";

export const PC_ONLY = /CONFIDENTIAL|PROGRAM(ME)? COMMITTEE|\bPC\b/;
export const HEADING = /^\(([A-Z][A-Z0-9 ,'’&/-]{2,})\)\s*$/;

/** Sections of the `text` cell, by heading; empty sections are left out. */
export function splitReviewText(text: string): Array<{ field: string; text: string; pc_only: boolean }> {
  const sections: Array<{ field: string; lines: string[] }> = [{ field: "REVIEW", lines: [] }];
  for (const line of text.split(/\r?\n/)) {
    const heading = HEADING.exec(line.trim());
    if (heading) sections.push({ field: heading[1], lines: [] });
    else sections[sections.length - 1].lines.push(line);
  }
  return sections.map((s) => ({ field: s.field, text: s.lines.join("\n").trim(), pc_only: PC_ONLY.test(s.field) })).filter((s) => s.text !== "");
}

/**
 * Words the authors see (the sections that are not confidential), without building the
 * sections: the same count as summing `countWords` over `splitReviewText`'s non-confidential
 * sections; null when the cell has no text at all.
 */
export function reviewWords(text: string | null): number | null {
  if (!text) return null;
  let words = 0;
  let any = false;
  let pcOnly = false;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const heading = trimmed.charCodeAt(0) === 40 ? HEADING.exec(trimmed) : null;
    if (heading) {
      pcOnly = PC_ONLY.test(heading[1]);
      continue;
    }
    any = true;
    if (!pcOnly) words += countWords(line);
  }
  return any ? words : null;
}
