/**
 * An edition as Microsoft CMT's "Export to Excel" files: SpreadsheetML 2003 XML named `.xls`,
 * one Worksheet named after the track, a title in row 1, headers in row 3, data from row 4,
 * cells typed String or Number. The Papers export (Chair console) and the Reviews export.
 * FORMATS.md section 4.
 */
import { fullName } from "./people.ts";
import { pacificOffsetMinutes } from "./schedule.ts";
import type { EditionSpec, Paper } from "./types.ts";

type Cell = string | number;

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\r?\n/g, "&#10;");

function cellXml(value: Cell): string {
  if (value === "") return "<Cell/>";
  const type = typeof value === "number" ? "Number" : "String";
  return `<Cell><Data ss:Type="${type}">${escapeXml(String(value))}</Data></Cell>`;
}

/** One workbook with one worksheet: title row, empty row 2, header row 3, then the rows. */
export function spreadsheetMl(sheet: string, title: string, header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40">`,
    `<Worksheet ss:Name="${escapeXml(sheet)}">`,
    "<Table>",
    `<Row><Cell><Data ss:Type="String">${escapeXml(title)}</Data></Cell></Row>`,
    `<Row ss:Index="3">${header.map(cellXml).join("")}</Row>`,
    ...rows.map((r) => `<Row>${r.map(cellXml).join("")}</Row>`),
    "</Table>",
    "</Worksheet>",
    "</Workbook>",
  ];
  return `${lines.join("\n")}\n`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** CMT's "3/13/2021 6:21:39 PM -08:00", in Pacific time. */
export function cmtDate(unix: number): string {
  const offset = pacificOffsetMinutes(unix);
  const t = new Date((unix + offset * 60) * 1000);
  const h = t.getUTCHours();
  const abs = Math.abs(offset);
  return `${t.getUTCMonth() + 1}/${t.getUTCDate()}/${t.getUTCFullYear()} ${h % 12 === 0 ? 12 : h % 12}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} ${h < 12 ? "AM" : "PM"} ${offset < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function status(p: Paper): string {
  switch (p.status) {
    case "accepted":
      return p.presentation === "oral" ? "Accept (Oral)" : "Accept (Poster)";
    case "rejected":
      return "Reject";
    case "desk_rejected":
      return "Desk Reject";
    case "withdrawn":
      return "Withdrawn";
    case "pending":
      return "Awaiting Decision";
  }
}

/** Four levels: HotCRP's "Identify the Champion" wording; five: its default Overall merit. */
const OVERALL_LABELS: Record<number, string[]> = {
  4: ["Serious problems. I will argue to reject this paper.", "Weak paper, though I will not fight strongly against it.", "OK paper, but I will not champion it.", "Good paper, I will champion it."],
  5: ["Reject", "Weak reject", "Weak accept", "Accept", "Strong accept"],
};
const EXPERTISE_LABELS = ["No familiarity", "Some familiarity", "Knowledgeable", "Expert"];

const PAPER_HEADER = [
  "Paper ID", "Created", "Last Modified", "Paper Title", "Abstract", "Primary Contact Author Name", "Primary Contact Author Email",
  "Authors", "Author Names", "Author Emails", "Track Name", "Primary Subject Area", "Secondary Subject Areas", "Conflicts", "Domains",
  "Assigned", "Completed", "% Completed", "Bids", "Discussion", "Status", "Requested For Author Feedback", "Author Feedback Submitted?",
  "Requested For Camera Ready", "Camera Ready Submitted?", "Requested For Presentation", "Files", "Number of Files",
  "Supplementary Files", "Number of Supplementary Files", "Reviewers", "Reviewer Emails", "MetaReviewers", "MetaReviewer Emails",
  "SeniorMetaReviewers", "SeniorMetaReviewerEmails", "Q1 (Keywords)",
];

function paperRow(p: Paper, track: string): Cell[] {
  const contact = Math.max(0, p.contacts.indexOf(true));
  const primary = p.authors[contact];
  const domains = [...new Set(p.authors.map((a) => a.email.slice(a.email.indexOf("@") + 1)))];
  const reviewers = p.reviews.map((rv) => rv.reviewer);
  const decided = p.status === "accepted" || p.status === "rejected";
  return [
    p.pid, cmtDate(p.submittedAt), cmtDate(p.modifiedAt), p.title, p.abstract, fullName(primary), primary.email,
    p.authors.map((a, i) => `${fullName(a)} (${a.affiliation})${i === contact ? "*" : ""}`).join("; "),
    p.authors.map(fullName).join("; "),
    p.authors.map((a, i) => `${a.email}${i === contact ? "*" : ""}`).join("; "),
    track, p.topics[0] ?? "", p.topics.slice(1).join("; "), 0, domains.join("; "),
    p.reviews.length, p.reviews.length, p.reviews.length ? "100.00" : "0.00", 0, decided ? 1 : 0, status(p),
    "No", "No", p.status === "accepted" ? "Yes" : "No", p.status === "accepted" ? "Yes" : "No", p.status === "accepted" ? "Yes" : "No",
    `paper${p.pid}.pdf`, 1, "", 0,
    reviewers.map((r) => `${fullName(r)} (${r.affiliation})`).join("; "), reviewers.map((r) => r.email).join("; "), "", "", "", "",
    p.keywords.join("; "),
  ];
}

const REVIEW_QUESTIONS = ["Q1 (Overall merit)", "Q1 (Overall merit - Value)", "Q2 (Reviewer expertise)", "Q2 (Reviewer expertise - Value)", "Q3 (Paper summary)", "Q4 (Comments for authors)", "Q5 (Confidential comments to the program committee)"];

/** File name -> content: the Papers and the Reviews exports of one track. */
export function cmtFiles(spec: EditionSpec, papers: readonly Paper[], levels: number): Record<string, string> {
  const track = `PACMI${spec.year}`;
  const labels = OVERALL_LABELS[levels];
  const reviewRows = papers.flatMap((p) =>
    p.reviews.map((rv, k): Cell[] => [
      p.pid, p.title, fullName(rv.reviewer), rv.reviewer.email, k + 1, cmtDate(rv.submittedAt), cmtDate(rv.modifiedAt),
      labels[rv.overall - 1], rv.overall, EXPERTISE_LABELS[rv.expertise - 1], rv.expertise, rv.summary.trimEnd(), rv.forAuthors.trimEnd(), rv.forPC.trimEnd(),
    ]),
  );
  return {
    "Papers.xls": spreadsheetMl(track, `${track} Papers`, PAPER_HEADER, papers.map((p) => paperRow(p, track))),
    "Reviews.xls": spreadsheetMl(track, `Reviews of ${track}`, ["Paper ID", "Paper Title", "Reviewer Name", "Reviewer Email", "Reviewer Number", "Created", "Last Modified", ...REVIEW_QUESTIONS], reviewRows),
  };
}
