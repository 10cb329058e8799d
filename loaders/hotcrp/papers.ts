/**
 * HotCRP paper JSON (get/json, API /papers, batch/paperjson.php) in every shape FORMATS.md 1.3
 * lists: current (given_name/family_name, topic lists), v2 (first/last, topics as an object,
 * custom fields under `options`), and the import format of HotCRP's own test/db.json.
 */
import { readFile } from "node:fs/promises";
import { RetroError } from "../../src/lib/errors.ts";
import type { Author, CommitteeMember, Conflict, Identity } from "../../src/lib/model/records.ts";
import { parseTimestamp } from "../common/dates.ts";
import { isObject, parseJsonText } from "../common/json.ts";
import { fullName } from "../common/people.ts";
import type { ParseContext, SourceFile } from "../types.ts";
import type { PaperDraft } from "./paper-draft.ts";

export interface PaperJsonResult {
  papers: PaperDraft[];
  authors: Map<string, Omit<Author, "edition" | "submission_id">[]>;
  committee: CommitteeMember[];
  conflicts: Conflict[];
  identities: Identity[];
}

export async function readPaperJson(file: SourceFile, ctx: ParseContext): Promise<PaperJsonResult> {
  const text = (await readFile(file.path, "utf8")).replace(/^\uFEFF/, "");
  const data = parseJsonText(text, file);
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.papers) ? data.papers : isObject(data) && (data.pid ?? data._id_) !== undefined ? [data] : null;
  if (!list) {
    throw new RetroError("This JSON holds no HotCRP papers (expected an array of paper objects).", "Download Paper information > JSON from HotCRP's search page.", { file: file.display });
  }
  const result: PaperJsonResult = { papers: [], authors: new Map(), committee: [], conflicts: [], identities: [] };
  const memberByEmail = new Map<string, string>();
  if (isObject(data) && Array.isArray(data.contacts)) readContacts(data.contacts, ctx, result, memberByEmail);

  list.forEach((raw, index) => {
    const where = { file: file.display, row: index + 1 };
    if (!isObject(raw)) throw new RetroError(`Paper record ${index + 1} is not an object.`, "Download the JSON export again.", where);
    const pidRaw = raw.pid ?? raw._id_ ?? raw.id;
    if (pidRaw === undefined || pidRaw === null || String(pidRaw).trim() === "") {
      throw new RetroError(`Paper record ${index + 1} has no "pid".`, "Every HotCRP paper has a numeric pid; download the JSON export again.", { ...where, column: "pid" });
    }
    const id = String(pidRaw);
    for (const key of ["title", "abstract", "decision"]) {
      if (typeof raw[key] === "object" && raw[key] !== null) {
        throw new RetroError(`Paper ${id} has a "${key}" that is not text.`, "HotCRP writes these fields as strings; download the JSON export again.", { ...where, column: key });
      }
    }
    const options = isObject(raw.options) ? raw.options : {};
    const draft = raw.draft === true || raw.status === "draft" || raw.status === "inprogress" || raw.submitted === false;
    result.papers.push({
      id,
      row: index + 1,
      file: file.display,
      title: stringOrNull(raw.title) ?? "",
      abstract: stringOrNull(raw.abstract),
      keywords: splitKeywords(findKeywords(raw, options)),
      topics: readTopics(raw.topics),
      decision: raw.decision === undefined || raw.decision === null ? null : String(raw.decision),
      statusHint: typeof raw.status === "string" ? raw.status : null,
      withdrawn: raw.withdrawn === true || raw.status === "withdrawn",
      draft,
      track: stringOrNull(raw.submission_class),
      submitted_at: timestampField(raw.submitted_at, file, index, "submitted_at"),
      modified_at: timestampField(raw.modified_at, file, index, "modified_at"),
    });
    result.authors.set(id, readAuthors(raw.authors, raw.contacts));
    for (const [member, kind] of readConflicts(raw.pc_conflicts)) {
      const pseudonym = memberByEmail.get(member.toLowerCase()) ?? ctx.pseudonym({ email: member });
      result.conflicts.push({ edition: ctx.edition, submission_id: id, member: pseudonym, kind });
    }
  });
  return result;
}

function readContacts(contacts: unknown[], ctx: ParseContext, out: PaperJsonResult, byEmail: Map<string, string>): void {
  for (const c of contacts) {
    if (!isObject(c)) continue;
    const roles = Array.isArray(c.roles) ? c.roles.map(String) : typeof c.roles === "string" ? c.roles.split(/[\s,]+/) : [];
    if (!roles.some((r) => ["pc", "chair", "sysadmin"].includes(r))) continue;
    const email = stringOrNull(c.email);
    const name = fullName(stringOrNull(c.given_name ?? c.first ?? c.firstName), stringOrNull(c.family_name ?? c.last ?? c.lastName), stringOrNull(c.name));
    const member = ctx.pseudonym({ email, name });
    if (email) byEmail.set(email.toLowerCase(), member);
    out.identities.push({ person: member, name: name || null, email });
    out.committee.push({
      edition: ctx.edition,
      member,
      role: roles.includes("chair") ? "chair" : "pc",
      affiliation: stringOrNull(c.affiliation),
      topics: readTopics(c.topics),
    });
  }
}

function readAuthors(authors: unknown, contacts: unknown): Omit<Author, "edition" | "submission_id">[] {
  if (!Array.isArray(authors)) return [];
  const contactEmails = new Set(Array.isArray(contacts) ? contacts.filter(isObject).map((c) => String(c.email ?? "").toLowerCase()) : []);
  return authors.filter(isObject).map((a, i) => {
    const email = stringOrNull(a.email);
    const isContact = a.contact === true || (email !== null && contactEmails.has(email.toLowerCase())) ? true : a.contact === false ? false : null;
    return {
      position: i + 1,
      name: fullName(stringOrNull(a.given_name ?? a.first ?? a.firstName ?? a.givenName ?? a.given), stringOrNull(a.family_name ?? a.last ?? a.lastName ?? a.familyName ?? a.family), stringOrNull(a.name ?? a.fullName)),
      email,
      affiliation: stringOrNull(a.affiliation),
      country: stringOrNull(a.country),
      is_contact: isContact,
    };
  });
}

/** Topics as a list of names (current) or an object {name: true} (v2). */
export function readTopics(topics: unknown): string[] {
  if (Array.isArray(topics)) return topics.map((t) => String(t).trim()).filter(Boolean);
  if (isObject(topics)) return Object.entries(topics).filter(([, v]) => v !== false && v !== null).map(([k]) => k.trim());
  if (typeof topics === "string") return topics.split(/;\s*/).map((t) => t.trim()).filter(Boolean);
  return [];
}

/** pc_conflicts as {email: type} (exports) or [email] (import format). */
function readConflicts(conflicts: unknown): Array<[string, string | null]> {
  if (Array.isArray(conflicts)) return conflicts.map((e) => [String(e), null]);
  if (isObject(conflicts)) return Object.entries(conflicts).map(([e, t]) => [e, typeof t === "string" ? t : null]);
  return [];
}

function findKeywords(raw: Record<string, unknown>, options: Record<string, unknown>): unknown {
  for (const source of [raw, options]) {
    for (const [k, v] of Object.entries(source)) if (/^keywords?$/i.test(k)) return v;
  }
  return null;
}

export function splitKeywords(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
  if (typeof value !== "string") return [];
  return value.split(/[;\n]|,(?![^()]*\))/).map((k) => k.trim()).filter(Boolean);
}

function timestampField(value: unknown, file: SourceFile, index: number, column: string): Date | null {
  const parsed = parseTimestamp(value);
  if (parsed === undefined) {
    throw new RetroError(`"${column}" holds ${JSON.stringify(value)}, which is not a time.`, "Expected Unix seconds as HotCRP writes them; download the JSON export again.", { file: file.display, row: index + 1, column });
  }
  return parsed;
}

function stringOrNull(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  const s = String(v).trim();
  return s === "" ? null : s;
}
