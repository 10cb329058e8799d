/**
 * The web-UI downloads of an older HotCRP (v3.0 era): submissions (`get/csv`), authors
 * (`get/authors`), reviews (`get/revcsv`) and scores (`get/scores`). FORMATS.md 1.1-1.4.
 */
import { csvFile } from "./csv.ts";
import { UNDECIDED } from "./decisions.ts";
import { fullName, initialisedName } from "./people.ts";
import { hotcrpTimestamp } from "./schedule.ts";
import type { Paper } from "./types.ts";

/** A score as HotCRP prints it: the number, or the letter on a letter scale (A best). */
export function meritSymbol(value: number, levels: number, letters: boolean): string {
  return letters ? String.fromCharCode(65 + levels - value) : String(value);
}

/** Review text as HotCRP exports it: right-trimmed. */
export const rtrim = (text: string) => text.trimEnd();

function status(p: Paper): string {
  if (p.status === "withdrawn") return "Withdrawn";
  return p.decision ?? "Submitted";
}

export function submissionsCsv(papers: readonly Paper[]): string {
  return csvFile(
    ["ID", "Title", "Status", "Authors", "Abstract", "Topics", "Decision", "Timestamp"],
    papers.map((p) => [
      p.pid, p.title, status(p), p.authors.map(initialisedName).join(", "), p.abstract, p.topics.join("; "),
      p.decision ?? UNDECIDED,
      // Withdrawing clears HotCRP's submission time, so the column is empty for withdrawn papers.
      p.status === "withdrawn" ? "" : hotcrpTimestamp(p.submittedAt),
    ]),
  );
}

export function authorsCsv(papers: readonly Paper[]): string {
  return csvFile(
    ["paper", "title", "first", "last", "email", "affiliation", "country", "iscontact"],
    papers.flatMap((p) => p.authors.map((a, i) => [p.pid, p.title, a.given, a.family, a.email, a.affiliation, a.country, p.contacts[i] ? "yes" : "no"])),
  );
}

export function reviewsCsv(papers: readonly Paper[], levels: number, letters: boolean): string {
  return csvFile(
    ["paper", "title", "review", "reviewername", "email", "Overall merit", "Reviewer expertise", "Paper summary", "Comments for authors", "Comments for PC"],
    papers.flatMap((p) =>
      p.reviews.map((rv) => [
        p.pid, p.title, `${p.pid}${rv.ordinal}`, fullName(rv.reviewer), rv.reviewer.email,
        meritSymbol(rv.overall, levels, letters), rv.expertise, rtrim(rv.summary), rtrim(rv.forAuthors), rtrim(rv.forPC),
      ]),
    ),
  );
}

export function scoresCsv(papers: readonly Paper[], levels: number, letters: boolean): string {
  return csvFile(
    ["paper", "title", "decision", "review", "reviewername", "email", "OveMer", "RevExp"],
    papers.flatMap((p) =>
      p.reviews.map((rv) => [
        p.pid, p.title, p.decision ?? UNDECIDED, `${p.pid}${rv.ordinal}`, fullName(rv.reviewer), rv.reviewer.email,
        meritSymbol(rv.overall, levels, letters), rv.expertise,
      ]),
    ),
  );
}
