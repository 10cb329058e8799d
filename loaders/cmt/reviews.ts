/**
 * CMT "Reviews" export rows (FORMATS.md section 4.3). Each review question is a column
 * `Q<n> (<text>)`; choice questions add a numeric twin `Q<n> (<text> - Value)`, which is the
 * score (the plain column keeps its label). Questions without a twin are text.
 */
import { RetroError } from "../../src/lib/errors.ts";
import type { WorkshopConfig } from "../../src/lib/config/schema.ts";
import { findColumn } from "../common/csv.ts";
import { decodeEntities } from "../common/entities.ts";
import { countWords } from "../common/people.ts";
import { parseNumericScore, type ParsedScore } from "../common/scores.ts";
import type { CmtTable } from "./tables.ts";
import { collapse, parseCmtDate } from "./values.ts";

export interface CmtReviewDraft {
  submission_id: string;
  number: string | null;
  reviewer_name: string | null;
  reviewer_email: string | null;
  submitted_at: Date | null;
  scores: Map<string, ParsedScore>;
  words: number | null;
  texts: Array<{ field: string; text: string; pc_only: boolean }>;
  where: { file: string; row: number };
}

interface Question {
  field: string;
  label: string;
  value?: string;
}

const QUESTION = /^Q(\d+)\s*\(([\s\S]*)\)$/;
const VALUE_SUFFIX = /\s*-\s*Value$/;
const PC_ONLY = /\b(confidential|pc|committee|chairs?|private)\b/i;

export function readCmtReviews(t: CmtTable, config: WorkshopConfig): { drafts: CmtReviewDraft[]; fields: string[] } {
  const h = t.header;
  const col = {
    id: findColumn(h, "Paper ID")!,
    name: findColumn(h, "Reviewer Name"),
    email: findColumn(h, "Reviewer Email"),
    number: findColumn(h, "Reviewer Number"),
    created: findColumn(h, "Created"),
    modified: findColumn(h, "Last Modified"),
  };
  const questions = new Map<string, Question>();
  for (const header of h) {
    const m = QUESTION.exec(header.trim());
    if (!m) continue;
    const isValue = VALUE_SUFFIX.test(m[2]);
    const text = collapse(m[2].replace(VALUE_SUFFIX, ""));
    const q = questions.get(m[1]) ?? { field: text || `Q${m[1]}`, label: header };
    if (isValue) q.value = header;
    else q.label = header;
    questions.set(m[1], q);
  }
  const scored = [...questions.values()].filter((q) => q.value);
  const textual = [...questions.values()].filter((q) => !q.value);
  const drafts = t.rows.map((r, i) => {
    const where = { file: t.file.display, row: t.lines[i] };
    const id = r[col.id]?.trim();
    if (!id) throw new RetroError("The Paper ID is empty.", "Every row of the reviews export needs its Paper ID.", { ...where, column: col.id });
    const scores = new Map<string, ParsedScore>();
    for (const q of scored) {
      const cell = r[q.value!]?.trim();
      if (!cell) continue;
      const parsed = parseNumericScore(cell);
      if (!parsed) throw new RetroError(`The score "${cell}" is not a number.`, "The \"- Value\" columns of a CMT reviews export hold numbers; re-export the reviews.", { ...where, column: q.value });
      scores.set(q.field, { value: parsed.value, label: decodeEntities(r[q.label]?.trim() || null) });
    }
    let words: number | null = null;
    const texts: CmtReviewDraft["texts"] = [];
    for (const q of textual) {
      const cell = decodeEntities(r[q.label] ?? null);
      if (!cell?.trim()) continue;
      const pc_only = PC_ONLY.test(q.field);
      words = (words ?? 0) + (pc_only ? 0 : countWords(cell));
      if (config.privacy.keep_review_text) texts.push({ field: q.field, text: cell.trim(), pc_only });
    }
    const date = (c: string | undefined) => {
      const d = c ? parseCmtDate(r[c]) : null;
      if (d === undefined) throw new RetroError(`"${r[c!]}" is not a date.`, 'CMT writes dates as "3/13/2021 6:21:39 PM -08:00"; re-export the file.', { ...where, column: c });
      return d;
    };
    const submitted_at = date(col.modified) ?? date(col.created);
    return {
      submission_id: id,
      number: col.number ? r[col.number]?.trim() || null : null,
      reviewer_name: col.name ? decodeEntities(r[col.name]?.trim() || null) : null,
      reviewer_email: col.email ? r[col.email]?.trim().toLowerCase() || null : null,
      submitted_at,
      scores,
      words,
      texts,
      where,
    };
  });
  return { drafts, fields: scored.map((q) => q.field) };
}

/**
 * The question that holds a configured score (overall, confidence): the first configured name
 * that appears as words in a scored question's text, e.g. "Overall score" in
 * `Please provide an "overall score" for this submission.`
 */
export function questionFor(names: string[], fields: string[]): string | undefined {
  for (const name of names) {
    const words = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}\\b`, "i");
    const hit = fields.find((f) => words.test(f));
    if (hit !== undefined) return hit;
  }
  return undefined;
}
