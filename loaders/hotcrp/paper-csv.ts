/**
 * HotCRP's per-paper CSVs: the submissions list (get/csv, `{prefix}data.csv`), authors
 * (get/authors, v3.0 `first,last` or v3.1+ `given_name,family_name`) and topics (get/topics).
 */
import { RetroError } from "../../src/lib/errors.ts";
import type { Author } from "../../src/lib/model/records.ts";
import { findColumn, requireColumn, type CsvTable } from "../common/csv.ts";
import { parseTimestamp } from "../common/dates.ts";
import { fullName, parseHotcrpAuthors } from "../common/people.ts";
import type { SourceFile } from "../types.ts";
import type { PaperDraft } from "./paper-draft.ts";
import { splitKeywords } from "./papers.ts";

export function readSubmissionsCsv(table: CsvTable, file: SourceFile): { papers: PaperDraft[]; authors: Map<string, Omit<Author, "edition" | "submission_id">[]> } {
  const { header, rows } = table;
  const idCol = requireColumn(header, file, "the paper number", "ID");
  const titleCol = requireColumn(header, file, "the paper title", "Title");
  const col = {
    status: findColumn(header, "Status"),
    decision: findColumn(header, "Decision"),
    abstract: findColumn(header, "Abstract"),
    topics: findColumn(header, "Topics"),
    authors: findColumn(header, "Authors"),
    timestamp: findColumn(header, "Timestamp"),
    keywords: findColumn(header, "Keywords"),
  };
  const papers: PaperDraft[] = [];
  const authors = new Map<string, Omit<Author, "edition" | "submission_id">[]>();
  rows.forEach((r, i) => {
    const row = i + 1;
    const id = r[idCol]?.trim() ?? "";
    if (id === "N/A") return; // group separator rows of THEN searches
    if (!id) throw new RetroError("The paper ID is empty.", "Every row needs the paper's number in the ID column.", { file: file.display, row, column: idCol });
    const status = col.status ? r[col.status]?.trim() ?? null : null;
    const submitted = col.timestamp ? parseTimestamp(r[col.timestamp]) : null;
    if (submitted === undefined) {
      throw new RetroError(`"${r[col.timestamp!]}" is not a timestamp.`, 'HotCRP writes "2024-05-01 13:42:05 -0400"; re-export the file.', { file: file.display, row, column: col.timestamp });
    }
    papers.push({
      id,
      file: file.display,
      row,
      title: r[titleCol]?.trim() ?? "",
      abstract: col.abstract ? normalizeText(r[col.abstract]) : null,
      keywords: col.keywords ? splitKeywords(r[col.keywords]) : [],
      topics: col.topics ? (r[col.topics] ?? "").split(/;\s*/).map((t) => t.trim()).filter(Boolean) : [],
      decision: col.decision ? r[col.decision]?.trim() || null : null,
      statusHint: status,
      withdrawn: /^withdrawn$/i.test(status ?? ""),
      draft: /^(draft|no submission)$/i.test(status ?? ""),
      track: null,
      submitted_at: submitted,
      modified_at: null,
    });
    if (col.authors && r[col.authors]) {
      authors.set(
        id,
        parseHotcrpAuthors(r[col.authors]!).map((a, k) => ({ position: k + 1, name: a.name, email: null, affiliation: a.affiliation, country: null, is_contact: null })),
      );
    }
  });
  return { papers, authors };
}

export function readAuthorsCsv(table: CsvTable, file: SourceFile): Map<string, Omit<Author, "edition" | "submission_id">[]> {
  const { header, rows } = table;
  const paperCol = requireColumn(header, file, "the paper number", "paper");
  const given = findColumn(header, "given_name", "first");
  const family = findColumn(header, "family_name", "last");
  const col = { email: findColumn(header, "email"), affiliation: findColumn(header, "affiliation"), country: findColumn(header, "country"), contact: findColumn(header, "iscontact") };
  const out = new Map<string, Omit<Author, "edition" | "submission_id">[]>();
  rows.forEach((r, i) => {
    const id = r[paperCol]?.trim();
    if (!id) throw new RetroError("The paper number is empty.", "Every row needs the paper number in the paper column.", { file: file.display, row: i + 1, column: paperCol });
    const contact = col.contact ? (r[col.contact] ?? "").trim().toLowerCase() : "";
    if (contact === "nonauthor") return; // a contact who is not an author
    const list = out.get(id) ?? [];
    list.push({
      position: list.length + 1,
      name: fullName(given ? r[given] : null, family ? r[family] : null),
      email: col.email ? r[col.email]?.trim() || null : null,
      affiliation: col.affiliation ? r[col.affiliation]?.trim() || null : null,
      country: col.country ? r[col.country]?.trim() || null : null,
      is_contact: col.contact ? contact === "yes" : null,
    });
    out.set(id, list);
  });
  return out;
}

export function readTopicsCsv(table: CsvTable, file: SourceFile): Map<string, string[]> {
  const paperCol = requireColumn(table.header, file, "the paper number", "paper");
  const topicCol = requireColumn(table.header, file, "the topic", "topic");
  const out = new Map<string, string[]>();
  for (const r of table.rows) {
    const id = r[paperCol]?.trim();
    const topic = r[topicCol]?.trim();
    if (!id || !topic || topic === "<none>") continue;
    out.set(id, [...(out.get(id) ?? []), topic]);
  }
  return out;
}

/** CSV cells keep CRLF inside quoted values; the archive stores LF. */
export function normalizeText(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = s.replace(/\r\n?/g, "\n").trim();
  return t === "" ? null : t;
}
