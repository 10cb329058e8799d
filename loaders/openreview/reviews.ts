/**
 * One OpenReview review reply -> its scores (integers, or strings such as
 * "6: marginally above the acceptance threshold" / "3 good": the number, the label kept),
 * its text fields and their length.
 */
import { isObject } from "../common/json.ts";
import { countWords } from "../common/people.ts";
import { parseNumericScore, type ParsedScore } from "../common/scores.ts";
import { field } from "./content.ts";

export interface ReviewReply {
  id: string;
  signature: string | null;
  scores: Map<string, ParsedScore>;
  words: number | null;
  texts: Array<{ field: string; text: string; pc_only: boolean }>;
  cdate: unknown;
}

/** Fields that are neither a score nor review text. */
const NOT_TEXT = new Set(["title", "code_of_conduct", "code_of_ethics", "first_time_reviewer", "flag_for_ethics_review", "ethics_flag"]);
const PC_ONLY = /confidential|private|_to_ac\b|to_area_chair|to_chairs?|chairs?_only/i;
/** A score symbol is short and on one line; longer strings starting with a digit are text. */
const MAX_SYMBOL = 200;
/** "6: label", "3 good" or "4"; not "1. First question" (a numbered text). */
const SCORE_SYMBOL = /^\s*[+-]?\d+(\.\d+)?\s*(:|\s|$)/;

export function readReviewReply(reply: Record<string, unknown>, keepText: boolean): ReviewReply {
  const content = isObject(reply.content) ? reply.content : {};
  const scores = new Map<string, ParsedScore>();
  const texts: ReviewReply["texts"] = [];
  let words: number | null = null;
  for (const key of Object.keys(content)) {
    const v = field(content, key);
    if (typeof v === "number" && Number.isFinite(v)) {
      scores.set(key, { value: v, label: null });
      continue;
    }
    if (typeof v !== "string" || NOT_TEXT.has(key.toLowerCase())) continue;
    const symbol = v.length <= MAX_SYMBOL && !v.includes("\n") ? parseNumericScore(v) : null;
    if (symbol && SCORE_SYMBOL.test(v)) {
      scores.set(key, symbol);
      continue;
    }
    const pcOnly = PC_ONLY.test(key);
    if (v.trim() === "") continue;
    words = (words ?? 0) + (pcOnly ? 0 : countWords(v));
    if (keepText) texts.push({ field: key, text: v.trim(), pc_only: pcOnly });
  }
  const signature = Array.isArray(reply.signatures) && typeof reply.signatures[0] === "string" ? reply.signatures[0] : null;
  return { id: String(reply.id ?? ""), signature, scores, words, texts, cdate: reply.cdate ?? reply.tcdate };
}
