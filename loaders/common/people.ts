/** Person names as exports write them, and reviewers as pseudonyms. */
import type { Identity } from "../../src/lib/model/records.ts";
import type { ParseContext } from "../types.ts";

/** "Ann Lee" from given/family parts; falls back to whichever part exists. */
export function fullName(given?: string | null, family?: string | null, name?: string | null): string {
  const joined = [given, family].map((s) => (s ?? "").trim()).filter(Boolean).join(" ");
  return joined || (name ?? "").trim();
}

export interface NamedAffiliation {
  name: string;
  affiliation: string | null;
}

/**
 * HotCRP's `Authors` column: normal mode "J. Smith, A. B. Jones", or full mode with grouped
 * affiliations "Ann Lee, Bo Chen (MIT); Cy Diaz (CMU)".
 */
export function parseHotcrpAuthors(cell: string): NamedAffiliation[] {
  const out: NamedAffiliation[] = [];
  for (const group of splitOutsideParens(cell, ";")) {
    const m = /^(.*?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/.exec(group.trim());
    const names = m ? m[1] : group;
    const affiliation = m ? m[2].trim() || null : null;
    for (const name of splitOutsideParens(names, ",")) {
      if (name.trim()) out.push({ name: name.trim(), affiliation });
    }
  }
  return out;
}

function splitOutsideParens(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of s) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (ch === sep && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/**
 * Words in a text: whitespace-separated tokens holding at least one letter or digit
 * (so "-", "+" and "*" bullets do not count). A char loop: reviews are tens of MB.
 */
export function countWords(text: string | null | undefined): number {
  if (!text) return 0;
  let words = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (!counted && isWordChar(c, text, i)) {
      words++;
      counted = true;
    }
  }
  return words;
}

function isWordChar(c: number, text: string, i: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c <= 127) return false;
  // A letter outside the BMP (e.g. mathematical alphanumerics) is a surrogate pair.
  const ch = c >= 0xd800 && c <= 0xdbff ? String.fromCodePoint(text.codePointAt(i)!) : text[i];
  return /[\p{L}\p{N}]/u.test(ch);
}

/** What JavaScript's `String.prototype.trim` removes, as an RE2 character-class body. */
const JS_WHITESPACE = "\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{FEFF}\\x{2028}\\x{2029}\\p{Zs}";

/** True when a VARCHAR expression is NULL or holds only whitespace (as `!s?.trim()` in JavaScript). */
export function isBlankSql(expr: string): string {
  return `(${expr} IS NULL OR regexp_full_match(${expr}, '[${JS_WHITESPACE}]*'))`;
}

/** True when the trimmed cell matches the RE2 pattern `pattern` (whitespace around it allowed). */
export function trimmedMatchesSql(expr: string, pattern: string): string {
  return `coalesce(regexp_full_match(${expr}, '[${JS_WHITESPACE}]*(?:${pattern})[${JS_WHITESPACE}]*'), false)`;
}

/**
 * Pseudonyms for an export's reviewers. An identified reviewer's name and e-mail are recorded
 * once in `identities` (the chair-only table); a reviewer the export does not identify gets a
 * pseudonym of its own from `anonymousKey` (e.g. edition, paper and review number).
 */
export function reviewerPseudonyms(ctx: ParseContext, identities: Identity[]) {
  const recorded = new Set(identities.map((i) => i.person));
  return (who: { email?: string | null; name?: string | null }, anonymousKey: string): string => {
    if (!who.email && !who.name) return ctx.pseudonym({ name: `anonymous:${anonymousKey}` });
    const person = ctx.pseudonym(who);
    if (!recorded.has(person)) {
      recorded.add(person);
      identities.push({ person, name: who.name ?? null, email: who.email ?? null });
    }
    return person;
  };
}
