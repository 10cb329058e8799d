/**
 * An edition as EasyChair's CSV bundle (Administration > Conference data download > CSV),
 * unzipped: submission.csv, author.csv, review.csv, review_score.csv, submission_topic.csv,
 * topics.csv, committee.csv, committee_topic.csv. Headers as in 2024 exports, UTF-8, cells
 * quoted Excel-style only when needed, dates "YYYY-MM-DD HH:MM" (UTC here). FORMATS.md 3.
 */
import { fullName } from "./people.ts";
import { editionTopics } from "./topics.ts";
import type { EditionSpec, Paper, Person, Review } from "./types.ts";

/** EasyChair prints countries by name. */
export const COUNTRY_NAMES: Record<string, string> = {
  AU: "Australia", BR: "Brazil", CA: "Canada", CH: "Switzerland", CN: "China", DE: "Germany", ES: "Spain", FI: "Finland",
  FR: "France", GB: "United Kingdom", IE: "Ireland", IL: "Israel", IN: "India", IT: "Italy", JP: "Japan", KE: "Kenya",
  KR: "South Korea", NL: "Netherlands", PL: "Poland", SE: "Sweden", SG: "Singapore", TW: "Taiwan", US: "United States",
};

/** Overall evaluation and confidence, as the review form names them (the `scores` cell's lines). */
const OVERALL = "Overall evaluation";
const CONFIDENCE = "Reviewer's confidence";

type Cell = string | number;

function quote(value: Cell): string {
  const s = String(value);
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(header: readonly string[], rows: Iterable<readonly Cell[]>): string {
  const lines = [header.map(quote).join(",")];
  for (const row of rows) lines.push(row.map(quote).join(","));
  return `${lines.join("\n")}\n`;
}

const pad = (n: number) => String(n).padStart(2, "0");
function dateTime(unix: number): [string, string] {
  const t = new Date(unix * 1000);
  return [`${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`, `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`];
}
const stamp = (unix: number) => dateTime(unix).join(" ");

/** "A B, C D and E F". */
function authorList(p: Paper): string {
  const names = p.authors.map(fullName);
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function decision(p: Paper): string {
  switch (p.status) {
    case "accepted":
      return p.presentation === "oral" ? "accept as talk" : "accept as poster";
    case "rejected":
      return "reject";
    case "desk_rejected":
      return "desk reject";
    default:
      return "no decision";
  }
}

/** The `text` cell: every text field under its upper-case heading. */
function reviewText(rv: Review): string {
  const sections: [string, string][] = [["SUMMARY", rv.summary], ["COMMENTS FOR THE AUTHORS", rv.forAuthors], ["CONFIDENTIAL REMARKS FOR THE PROGRAM COMMITTEE", rv.forPC]];
  return sections.filter(([, text]) => text.trim() !== "").map(([heading, text]) => `(${heading})\n${text.trim()}`).join("\n");
}

/** File name -> content, in a fixed order. */
export function easychairFiles(spec: EditionSpec, papers: readonly Paper[], committee: readonly Person[]): Record<string, string> {
  const personNumbers = new Map<Person, number>();
  const personOf = (p: Person) => {
    if (!personNumbers.has(p)) personNumbers.set(p, 1000 + personNumbers.size + 1);
    return personNumbers.get(p)!;
  };
  const notified = (p: Paper) => (p.status === "accepted" || p.status === "rejected" || p.status === "desk_rejected" ? "yes" : "no");
  const submissions = csv(
    ["#", "title", "authors", "submitted", "last updated", "form fields", "keywords", "decision", "notified", "reviews sent", "abstract", "deleted?"],
    papers.map((p) => [
      p.pid, p.title, authorList(p), stamp(p.submittedAt), stamp(p.modifiedAt), "", p.keywords.join("\n"), decision(p), notified(p),
      p.reviews.length && notified(p) === "yes" ? "yes" : "no", p.abstract, p.status === "withdrawn" ? "yes" : "no",
    ]),
  );
  const authors = csv(
    ["submission #", "first name", "last name", "email", "country", "affiliation", "Web page", "person #", "corresponding?"],
    papers.flatMap((p) => p.authors.map((a, i) => [p.pid, a.given, a.family, a.email, COUNTRY_NAMES[a.country] ?? a.country, a.affiliation, "", personOf(a), p.contacts[i] ? "yes" : "no"])),
  );
  const memberNumber = new Map(committee.map((m, i) => [m, i + 1]));
  const committeeCsv = csv(
    ["#", "person #", "first name", "last name", "email", "country", "affiliation", "Web page", "role"],
    committee.map((m, i) => [i + 1, personOf(m), m.given, m.family, m.email, COUNTRY_NAMES[m.country] ?? m.country, m.affiliation, "", "PC member"]),
  );
  const committeeTopics = csv(["member #", "member name", "topic"], committee.flatMap((m, i) => m.expertise.map((area) => [i + 1, fullName(m), area])));
  // EasyChair numbers reviews in the order they arrive.
  const reviews = papers.flatMap((p) => p.reviews.map((rv, k) => ({ p, rv, number: k + 1 }))).sort((a, b) => a.rv.submittedAt - b.rv.submittedAt || a.p.pid - b.p.pid || a.number - b.number);
  const reviewCsv = csv(
    ["#", "submission #", "member #", "member name", "number", "version", "text", "scores", "reviewer first name", "reviewer last name", "reviewer email", "reviewer person #", "date", "time", "attachment?"],
    reviews.map(({ p, rv, number }, i) => {
      const member = memberNumber.get(rv.reviewer);
      if (member === undefined) throw new Error(`reviewer ${rv.reviewer.email} of paper ${p.pid} is not on the committee`);
      return [
        i + 1, p.pid, member, fullName(rv.reviewer), number, 1, reviewText(rv), `${OVERALL}: ${rv.overall}\n${CONFIDENCE}: ${rv.expertise}`,
        "", "", "", "", ...dateTime(rv.submittedAt), "no",
      ];
    }),
  );
  const reviewScores = csv(["review #", "field #", "score"], reviews.flatMap(({ rv }, i) => [[i + 1, 1, rv.overall], [i + 1, 2, rv.expertise]]));
  return {
    "submission.csv": submissions,
    "author.csv": authors,
    "review.csv": reviewCsv,
    "review_score.csv": reviewScores,
    "submission_topic.csv": csv(["submission #", "topic"], papers.flatMap((p) => p.topics.map((t) => [p.pid, t]))),
    "topics.csv": csv(["topic", "header?"], editionTopics(spec.year).map((t) => [t, "no"])),
    "committee.csv": committeeCsv,
    "committee_topic.csv": committeeTopics,
  };
}
