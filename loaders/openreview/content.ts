/** Reading OpenReview note fields the same way in both API shapes. */
import { isObject } from "../common/json.ts";

/** A content field: API v2 wraps it as `{"value": ...}`, API v1 stores it bare. */
export function field(content: Record<string, unknown>, key: string): unknown {
  const v = content[key];
  return isObject(v) && "value" in v ? v.value : v;
}

export function text(content: Record<string, unknown>, key: string): string | null {
  const v = field(content, key);
  if (typeof v !== "string" && typeof v !== "number") return null;
  const s = String(v).trim();
  return s === "" ? null : s;
}

/** A list field (array), or a string split on commas/semicolons. */
export function list(content: Record<string, unknown>, key: string): string[] {
  const v = field(content, key);
  if (Array.isArray(v)) return v.map((x) => (typeof x === "string" ? x.trim() : "")).filter(Boolean);
  if (typeof v === "string") return v.split(/[;,]/).map((s) => s.trim()).filter(Boolean);
  return [];
}

/** The invitation names of a note: v2 `invitations[]`, v1 `invitation`. */
export function invitations(note: Record<string, unknown>): string[] {
  if (Array.isArray(note.invitations)) return note.invitations.filter((i): i is string => typeof i === "string");
  return typeof note.invitation === "string" ? [note.invitation] : [];
}

/** What a reply is, by its invitation's last part (2017's `official/review` included). */
export function replyKind(note: Record<string, unknown>): "review" | "meta" | "decision" | null {
  for (const inv of invitations(note)) {
    const l = inv.toLowerCase();
    if (l.endsWith("official_review") || l.endsWith("official/review")) return "review";
    if (l.endsWith("meta_review")) return "meta";
    if (l.endsWith("/decision") || l.endsWith("acceptance_decision") || l.endsWith("/acceptance")) return "decision";
  }
  return null;
}

/** Epoch milliseconds -> Date; null when absent. */
export function msDate(v: unknown): Date | null | undefined {
  if (v === undefined || v === null) return null;
  if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) return undefined;
  const d = new Date(v);
  // Beyond JavaScript's date range (year 275760): not a time.
  return Number.isNaN(d.getTime()) ? undefined : d;
}
