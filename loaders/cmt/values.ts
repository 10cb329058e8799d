/** Microsoft CMT cell encodings (FORMATS.md section 4.2): authors, subject areas, dates. */
import { decodeEntities } from "../common/entities.ts";

export interface CmtAuthor {
  name: string;
  affiliation: string | null;
  is_contact: boolean;
}

/**
 * `Authors`: "Name (Affiliation)*; Name2 (Affiliation2)". The `*` marks the primary contact;
 * an affiliation may itself hold parentheses ("National Institute … (AIST)"), so the
 * affiliation is the balanced group that ends the entry, found by scanning from the right.
 */
export function parseCmtAuthors(cell: string): CmtAuthor[] {
  const out: CmtAuthor[] = [];
  for (const part of splitTopLevel(decodeEntities(cell), ";")) {
    let entry = part.trim();
    if (!entry) continue;
    const is_contact = entry.endsWith("*");
    if (is_contact) entry = entry.slice(0, -1).trimEnd();
    let name = entry;
    let affiliation: string | null = null;
    if (entry.endsWith(")")) {
      let depth = 0;
      for (let i = entry.length - 1; i >= 0; i--) {
        if (entry[i] === ")") depth++;
        else if (entry[i] === "(" && --depth === 0) {
          name = entry.slice(0, i);
          affiliation = collapse(entry.slice(i + 1, -1)) || null;
          break;
        }
      }
    }
    out.push({ name: collapse(name.replace(/\*\s*$/, "")), affiliation, is_contact });
  }
  return out;
}

/** `;`-separated values outside parentheses, trimmed, empty ones dropped. */
export function splitTopLevel(cell: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of cell) {
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    if (ch === sep && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Primary and secondary subject areas, each "Parent -> Child" with its spacing normalised. */
export function parseSubjectAreas(primary: string | null, secondary: string | null): string[] {
  const areas = [primary ?? "", ...(secondary ?? "").split(";")]
    .map((a) => decodeEntities(a).split("->").map(collapse).filter(Boolean).join(" -> "))
    .filter(Boolean);
  return [...new Set(areas)];
}

const CMT_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?\s*(?:([+-])(\d{1,2}):?(\d{2}))?$/i;

/** "3/13/2021 6:21:39 PM -08:00" (no offset = UTC), or an ISO date as SpreadsheetML writes it. */
export function parseCmtDate(value: string | null): Date | null | undefined {
  const s = value?.trim();
  if (!s) return null;
  const m = CMT_DATE.exec(s);
  if (m) {
    let hour = Number(m[4]);
    if (m[7]) hour = (hour % 12) + (m[7].toUpperCase() === "PM" ? 12 : 0);
    const offset = m[8] ? (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : 0;
    const utc = Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), hour, Number(m[5]), Number(m[6] ?? 0)) - offset * 60000;
    return Number.isNaN(utc) ? undefined : new Date(utc);
  }
  if (/^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(s)) return new Date(`${s.replace(" ", "T")}${s.length === 10 ? "" : "Z"}`);
  return undefined;
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
