/** One OpenReview submission note -> its canonical status, authors and topics. */
import type { Author, Status } from "../../src/lib/model/records.ts";
import { isObject } from "../common/json.ts";
import { field, invitations, list, text } from "./content.ts";

/** Status from the note itself: v2 `content.venueid`, v1 the withdrawn/desk-rejected invitation. */
export function statusFromNote(note: Record<string, unknown>, content: Record<string, unknown>): Status | null {
  const venueid = text(content, "venueid");
  if (venueid !== null) {
    if (/\/Withdrawn_Submission$/i.test(venueid)) return "withdrawn";
    if (/\/Desk_Rejected_Submission$/i.test(venueid)) return "desk_rejected";
    if (/\/Rejected_Submission$/i.test(venueid)) return "rejected";
    if (/\/[A-Za-z_]*Submission$/.test(venueid)) return null; // still under review, or venue-specific
    return "accepted";
  }
  for (const inv of invitations(note)) {
    if (/Desk_Rejected_Submission$/i.test(inv)) return "desk_rejected";
    if (/Withdrawn_Submission$/i.test(inv)) return "withdrawn";
  }
  return null;
}

type AuthorDraft = Omit<Author, "edition" | "submission_id">;

/** Authors: legacy `authors` + `authorids` lists, or the unified `[{fullname, institutions}]`. */
export function readAuthors(content: Record<string, unknown>): AuthorDraft[] {
  const names = field(content, "authors");
  if (!Array.isArray(names)) return [];
  const ids = field(content, "authorids");
  // Blind submissions list the placeholder "Anonymous" (authorids: the paper's Authors group).
  if (names.length === 1 && names[0] === "Anonymous") return [];
  return names.map((a, i) => {
    const id = Array.isArray(ids) && typeof ids[i] === "string" ? ids[i].trim() : "";
    const institution = isObject(a) && Array.isArray(a.institutions) && isObject(a.institutions[0]) ? a.institutions[0] : null;
    return {
      position: i + 1,
      name: (isObject(a) ? String(a.fullname ?? a.name ?? "") : String(a ?? "")).trim(),
      email: id.includes("@") ? id : null,
      affiliation: institution && typeof institution.name === "string" ? institution.name : null,
      country: institution && typeof institution.country === "string" ? institution.country : null,
      is_contact: null,
    };
  });
}

/** Topics from the venue-specific area fields, when the venue has one. */
export function readTopics(content: Record<string, unknown>): string[] {
  for (const key of ["primary_area", "subject_areas", "research_area", "area"]) {
    const v = field(content, key);
    if (typeof v === "string" && v.trim()) return [v.trim()];
    if (Array.isArray(v)) return list(content, key);
  }
  return [];
}
