/**
 * The OpenReview adapter: the JSON array of notes a chair saves from the official Python
 * client (`get_all_notes(invitation=..., details='directReplies')`), API v1 or v2 (FORMATS.md
 * section 2). Submissions carry their status (v2 `venueid`, v1 withdrawn invitations); the
 * direct replies carry reviews, meta-reviews and decisions, told apart by invitation suffix.
 */
import { firstConfigured } from "../common/scores.ts";
import { RetroError } from "../../src/lib/errors.ts";
import { emptyEditionData, type EditionData, type Status } from "../../src/lib/model/records.ts";
import { mapDecision, presentationOf, unknownDecisionFix, type MappedDecision } from "../common/decisions.ts";
import { isObject } from "../common/json.ts";
import type { Adapter, ParseContext } from "../types.ts";
import { list, msDate, replyKind, text } from "./content.ts";
import { detectOpenReview } from "./detect.ts";
import { readReviewReply, type ReviewReply } from "./reviews.ts";
import { streamNotes } from "./stream.ts";
import { readAuthors, readTopics, statusFromNote } from "./submission.ts";

interface ReviewDraft {
  submission_id: string;
  reply: ReviewReply;
  where: { file: string; row: number };
}

export const openreview: Adapter = {
  system: "openreview",
  detect: detectOpenReview,
  async parse(files, ctx) {
    const out = emptyEditionData();
    const seen = new Map<string, string>();
    const reviews: ReviewDraft[] = [];
    let notesSeen = 0;
    let withoutDetails = 0;
    let strayReplies = 0;
    for (const file of files) {
      // Note by note: a conference's dump is hundreds of MB.
      const notes = await streamNotes(file, (note, index) => {
        const where = { file: file.display, row: index + 1 };
        if (!isObject(note)) throw new RetroError(`Note ${index + 1} is not an object.`, "Save the notes again with json.dump([n.to_json() for n in notes], f).", where);
        const id = typeof note.id === "string" ? note.id.trim() : "";
        if (!id) throw new RetroError(`Note ${index + 1} has no "id".`, "Every OpenReview note has an id; save the notes again from the Python client.", { ...where, column: "id" });
        if (typeof note.replyto === "string" && note.replyto !== "" && note.replyto !== id) {
          strayReplies++;
          return;
        }
        const before = seen.get(id);
        if (before !== undefined) {
          throw new RetroError(`Submission ${id} appears twice (${before}, and here).`, "Save each submission once; remove the duplicate note or pass each dump once.", { ...where, column: "id" });
        }
        seen.set(id, `${file.display} note ${index + 1}`);
        notesSeen++;
        const content = isObject(note.content) ? note.content : null;
        if (!content) throw new RetroError(`Submission ${id} has no "content".`, "Save the notes with their content (note.to_json()), not only their ids.", { ...where, column: "content" });
        const title = text(content, "title");
        if (title === null) throw new RetroError(`Submission ${id} has no title.`, "Save the submissions as the program chairs see them (content.title is readable to them).", { ...where, column: "content.title" });
        const replies = directReplies(note.details);
        if (replies === null) withoutDetails++;
        let decision: string | null = null;
        let recommendation: string | null = null;
        for (const reply of replies ?? []) {
          if (!isObject(reply)) continue;
          const kind = replyKind(reply);
          const rc = isObject(reply.content) ? reply.content : {};
          if (kind === "decision") decision = text(rc, "decision") ?? text(rc, "recommendation") ?? decision;
          else if (kind === "meta") recommendation = text(rc, "recommendation") ?? text(rc, "decision") ?? recommendation;
          else if (kind === "review") reviews.push({ submission_id: id, reply: readReviewReply(reply, ctx.config.privacy.keep_review_text), where });
        }
        const label = decision ?? recommendation;
        const mapped = statusOf(statusFromNote(note, content), label, text(content, "venue"), ctx, { ...where, column: decision !== null ? "decision" : "recommendation" });
        out.submissions.push({
          edition: ctx.edition,
          id,
          title,
          abstract: text(content, "abstract"),
          keywords: list(content, "keywords"),
          topics: readTopics(content),
          status: mapped.status,
          decision: label,
          presentation: mapped.presentation,
          track: null,
          submitted_at: noteDate(note.cdate ?? note.tcdate, where, "cdate"),
          modified_at: noteDate(note.mdate ?? note.tmdate, where, "mdate"),
        });
        for (const a of readAuthors(content)) out.authors.push({ edition: ctx.edition, submission_id: id, ...a });
      });
      ctx.countRows(file, notes);
    }
    if (notesSeen === 0) {
      throw new RetroError("The dump holds no submissions.", "Fetch the submissions' invitation (e.g. '<venue>/-/Submission'), not the reviews'.", { file: files.map((f) => f.display).join(", ") });
    }
    if (withoutDetails === notesSeen) {
      ctx.warn({ file: files.map((f) => f.display).join(", "), message: "No reviews or decisions: the notes were saved without details. Fetch them with details='directReplies' to include reviews." });
    } else if (withoutDetails) {
      ctx.warn({ message: `${withoutDetails} submission${withoutDetails === 1 ? "" : "s"} saved without details (no reviews for them).` });
    }
    if (strayReplies) ctx.warn({ message: `${strayReplies} reply note${strayReplies === 1 ? "" : "s"} outside a submission's details skipped.` });
    addReviews(out, reviews, ctx);
    return out;
  },
};

function directReplies(details: unknown): unknown[] | null {
  if (!isObject(details)) return null;
  if (Array.isArray(details.directReplies)) return details.directReplies;
  if (Array.isArray(details.replies)) return details.replies;
  return null;
}

/** Withdrawn and desk-rejected notes need no decision; otherwise the decision label decides. */
function statusOf(noteStatus: Status | null, label: string | null, venue: string | null, ctx: ParseContext, where: { file: string; row: number; column: string }): MappedDecision {
  if (noteStatus === "withdrawn" || noteStatus === "desk_rejected") return { status: noteStatus, presentation: null };
  const mapped = label === null ? null : mapDecision(label, ctx.config.decisions);
  if (label !== null && !mapped) {
    if (noteStatus === null) throw new RetroError(`Unknown decision label "${label}".`, unknownDecisionFix(label, ctx.config.decisions), where);
    ctx.warn({ ...where, message: `Decision "${label}" is not configured; the note's venueid says ${noteStatus}.` });
  }
  // v2: venueid is the published outcome; the label still gives the presentation.
  const status = noteStatus ?? mapped?.status ?? "pending";
  if (status !== "accepted") return { status, presentation: null };
  return { status, presentation: (mapped?.status === "accepted" ? mapped.presentation : null) ?? (venue ? presentationOf(venue) : null) };
}

function noteDate(v: unknown, where: { file: string; row: number }, column: string): Date | null {
  const d = msDate(v);
  if (d === undefined) throw new RetroError(`"${column}" holds ${JSON.stringify(v)}, which is not a time.`, "OpenReview writes epoch milliseconds; save the notes again from the Python client.", { ...where, column });
  return d;
}

function addReviews(out: EditionData, drafts: ReviewDraft[], ctx: ParseContext): void {
  const fields = new Set<string>();
  let withoutOverall = 0;
  const ids = new Set<string>();
  drafts.forEach((d, k) => {
    const r = d.reply;
    // Per review: a venue's form changes over the years (ICLR 2022 renamed rating to recommendation).
    const names = new Set(r.scores.keys());
    names.forEach((f) => fields.add(f));
    const overall = firstConfigured(ctx.config.scores.overall, names);
    const confidence = firstConfigured(ctx.config.scores.confidence, names);
    if (overall === undefined) withoutOverall++;
    const reviewId = r.id || `${d.submission_id}-${k + 1}`;
    if (ids.has(reviewId)) {
      throw new RetroError(`Review ${reviewId} appears twice.`, "Each review must appear once; save the notes once.", { ...d.where, column: "details.directReplies" });
    }
    ids.add(reviewId);
    // Signatures are per paper and reviewer (".../Paper12/AnonReviewer2", ".../Reviewer_AbC1").
    const reviewer = ctx.pseudonym({ id: r.signature ?? `anonymous:${ctx.edition}:${d.submission_id}:${reviewId}` });
    out.reviews.push({
      edition: ctx.edition,
      submission_id: d.submission_id,
      review_id: reviewId,
      reviewer,
      round: null,
      overall: overall === undefined ? null : r.scores.get(overall)?.value ?? null,
      confidence: confidence === undefined ? null : r.scores.get(confidence)?.value ?? null,
      submitted_at: noteDate(r.cdate, d.where, "details.directReplies.cdate"),
      words: r.words,
    });
    for (const [field, s] of r.scores) out.scores.push({ edition: ctx.edition, review_id: reviewId, field, value: s.value, label: s.label });
    for (const t of r.texts) out.texts.push({ edition: ctx.edition, review_id: reviewId, ...t });
  });
  if (withoutOverall) {
    ctx.warn({ message: `${withoutOverall} review${withoutOverall === 1 ? " has" : "s have"} no overall score; the score fields are: ${[...fields].join(", ") || "(none)"}. Name it in "scores.overall" of the configuration.` });
  }
}
