/**
 * An edition as an OpenReview API v2 dump: the notes of the venue's Submission invitation,
 * fetched with `client.get_all_notes(invitation="<venue>/-/Submission", details="directReplies")`
 * and saved with `json.dump([n.to_json() for n in notes], f, indent=2)` (Python escapes every
 * non-ASCII character). Content fields are `{"value": ...}`; status is `content.venueid`;
 * reviews, decisions, withdrawals and desk rejections are the direct replies. FORMATS.md 2.1.
 */
import { DAY } from "./schedule.ts";
import { openreviewId, venueId } from "./systems.ts";
import type { EditionSpec, Paper, Review } from "./types.ts";

/** The review form's option labels, as the venue's form defines them (value: label). */
const RATING = ["1: Reject", "2: Weak reject", "3: Weak accept", "4: Accept", "5: Strong accept"];
const CONFIDENCE = [
  "1: The reviewer's evaluation is an educated guess",
  "2: The reviewer is willing to defend the evaluation, but it is quite likely that the reviewer did not understand central parts of the paper",
  "3: The reviewer is fairly confident that the evaluation is correct",
  "4: The reviewer is confident but not absolutely certain that the evaluation is correct",
];

/** `json.dumps(..., indent=2)` with Python's default `ensure_ascii=True`. */
export function pythonJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const v = <T>(value: T) => ({ value });
const ms = (unix: number) => unix * 1000;

interface Venue {
  id: string;
  short: string;
}

function reviewNote(venue: Venue, p: Paper, forum: string, rv: Review): Record<string, unknown> {
  const paper = `${venue.id}/Submission${p.pid}`;
  const anon = openreviewId(`${paper}/${rv.reviewer.email}`, 4);
  const content: Record<string, unknown> = {
    summary: v(rv.summary.trimEnd()),
    review: v(rv.forAuthors.trimEnd()),
    rating: v(RATING[rv.overall - 1]),
    confidence: v(CONFIDENCE[rv.expertise - 1]),
  };
  if (rv.forPC.trim() !== "") content.confidential_comment_to_program_chairs = v(rv.forPC.trimEnd());
  return {
    id: openreviewId(`${paper}/Official_Review/${rv.ordinal}`),
    forum,
    replyto: forum,
    invitations: [`${paper}/-/Official_Review`],
    domain: venue.id,
    cdate: ms(rv.submittedAt),
    mdate: ms(rv.modifiedAt),
    tcdate: ms(rv.submittedAt),
    tmdate: ms(rv.modifiedAt),
    signatures: [`${paper}/Reviewer_${anon}`],
    readers: [`${venue.id}/Program_Chairs`, `${paper}/Reviewers/Submitted`, `${paper}/Authors`],
    writers: [venue.id, `${paper}/Reviewer_${anon}`],
    content,
  };
}

function chairReply(venue: Venue, p: Paper, forum: string, kind: string, at: number, content: Record<string, unknown>): Record<string, unknown> {
  const paper = `${venue.id}/Submission${p.pid}`;
  return {
    id: openreviewId(`${paper}/${kind}`),
    forum,
    replyto: forum,
    invitations: [`${paper}/-/${kind}`],
    domain: venue.id,
    cdate: ms(at),
    mdate: ms(at),
    tcdate: ms(at),
    tmdate: ms(at),
    signatures: [kind === "Withdrawal" ? `${paper}/Authors` : `${venue.id}/Program_Chairs`],
    readers: [`${venue.id}/Program_Chairs`, `${paper}/Authors`],
    writers: [venue.id],
    content,
  };
}

/** The decision as the venue's Decision form offers it. */
function decisionLabel(p: Paper): string {
  if (p.presentation === "oral") return "Accept (Oral)";
  if (p.presentation === "poster") return "Accept (Poster)";
  return "Reject";
}

function status(venue: Venue, p: Paper): { venueid: string; venue: string; invitation: string | null } {
  switch (p.status) {
    case "accepted":
      return { venueid: venue.id, venue: `${venue.short} ${p.presentation === "oral" ? "Oral" : "Poster"}`, invitation: null };
    case "rejected":
      return { venueid: `${venue.id}/Rejected_Submission`, venue: `Submitted to ${venue.short}`, invitation: null };
    case "withdrawn":
      return { venueid: `${venue.id}/Withdrawn_Submission`, venue: `${venue.short} Withdrawn Submission`, invitation: `${venue.id}/-/Withdrawn_Submission` };
    case "desk_rejected":
      return { venueid: `${venue.id}/Desk_Rejected_Submission`, venue: `${venue.short} Desk Rejected Submission`, invitation: `${venue.id}/-/Desk_Rejected_Submission` };
    case "pending":
      return { venueid: `${venue.id}/Submission`, venue: `${venue.short} Submission`, invitation: null };
  }
}

function submissionNote(spec: EditionSpec, venue: Venue, p: Paper): Record<string, unknown> {
  const forum = openreviewId(`${venue.id}/Submission${p.pid}`);
  const paper = `${venue.id}/Submission${p.pid}`;
  const notification = Date.parse(spec.deadlines.notification) / 1000;
  const s = status(venue, p);
  const content: Record<string, unknown> = {
    title: v(p.title),
    authors: v(p.authors.map((a) => ({
      fullname: `${a.given} ${a.family}`,
      username: `~${`${a.given}_${a.family}`.replace(/[\s'-]+/g, "_")}1`,
      institutions: [{ name: a.affiliation, domain: a.email.slice(a.email.indexOf("@") + 1), country: a.country }],
    }))),
    keywords: v(p.keywords),
    abstract: v(p.abstract),
    pdf: v(`/pdf/${openreviewId(`${paper}/pdf`, 40).toLowerCase()}.pdf`),
    ...(p.topics.length ? { subject_areas: v(p.topics) } : {}),
    venue: v(s.venue),
    venueid: v(s.venueid),
  };
  const replies: Record<string, unknown>[] = p.reviews.map((rv) => reviewNote(venue, p, forum, rv));
  if (p.status === "accepted" || p.status === "rejected") {
    replies.push(chairReply(venue, p, forum, "Decision", notification - DAY / 2, { title: v("Paper Decision"), decision: v(decisionLabel(p)), comment: v("") }));
  } else if (p.status === "withdrawn") {
    replies.push(chairReply(venue, p, forum, "Withdrawal", p.withdrawnAt!, { withdrawal_confirmation: v("I have read and agree with the venue's withdrawal policy on behalf of myself and my co-authors.") }));
  } else if (p.status === "desk_rejected") {
    replies.push(chairReply(venue, p, forum, "Desk_Rejection", p.submittedAt + 3 * DAY, { desk_reject_comments: v("Out of the workshop's scope.") }));
  }
  return {
    id: forum,
    number: p.pid,
    cdate: ms(p.submittedAt),
    mdate: ms(p.modifiedAt),
    tcdate: ms(p.submittedAt),
    tmdate: ms(p.modifiedAt),
    ...(p.status === "accepted" ? { pdate: ms(notification) } : {}),
    forum,
    invitations: [`${venue.id}/-/Submission`, `${venue.id}/-/Post_Submission`, ...(s.invitation ? [s.invitation] : [])],
    domain: venue.id,
    signatures: [`${paper}/Authors`],
    readers: [venue.id, `${paper}/Authors`],
    writers: [venue.id, `${paper}/Authors`],
    license: "CC BY 4.0",
    content,
    details: { directReplies: replies },
  };
}

export const openreviewFileName = (spec: EditionSpec) => `${spec.confid}-submissions.json`;

/**
 * The dump in pieces, one note at a time, exactly as `json.dump(notes, f, indent=2)` lays out
 * the whole array: conference-scale dumps are written without holding one huge string.
 */
export function* openreviewChunks(spec: EditionSpec, papers: readonly Paper[]): Generator<string> {
  const venue = { id: venueId(spec), short: `PACMI ${spec.year}` };
  if (papers.length === 0) {
    yield "[]\n";
    return;
  }
  for (const [i, p] of papers.entries()) {
    const note = pythonJson(submissionNote(spec, venue, p)).replace(/\n/g, "\n  ");
    yield `${i === 0 ? "[\n  " : ",\n  "}${note}`;
  }
  yield "\n]\n";
}

/** File name -> content: the one JSON dump a chair saves. */
export function openreviewFiles(spec: EditionSpec, papers: readonly Paper[]): Record<string, string> {
  return { [openreviewFileName(spec)]: [...openreviewChunks(spec, papers)].join("") };
}
