/** CMT "Papers" export rows -> submissions and authors (FORMATS.md section 4.2). */
import { RetroError } from "../../src/lib/errors.ts";
import type { Author, Submission } from "../../src/lib/model/records.ts";
import { findColumn } from "../common/csv.ts";
import { mapDecision, unknownDecisionFix } from "../common/decisions.ts";
import { decodeEntities } from "../common/entities.ts";
import type { ParseContext } from "../types.ts";
import type { CmtTable } from "./tables.ts";
import { collapse, parseCmtAuthors, parseCmtDate, parseSubjectAreas } from "./values.ts";

export interface CmtPaper {
  submission: Submission;
  authors: Author[];
  where: string;
}

export function readCmtPapers(t: CmtTable, ctx: ParseContext): CmtPaper[] {
  const h = t.header;
  const col = {
    id: findColumn(h, "Paper ID")!,
    title: findColumn(h, "Paper Title", "Title"),
    abstract: findColumn(h, "Abstract"),
    authors: findColumn(h, "Authors"),
    names: findColumn(h, "Author Names"),
    emails: findColumn(h, "Author Emails"),
    primary: findColumn(h, "Primary Subject Area"),
    secondary: findColumn(h, "Secondary Subject Areas"),
    status: findColumn(h, "Status"),
    track: findColumn(h, "Track Name"),
    created: findColumn(h, "Created"),
    modified: findColumn(h, "Last Modified"),
  };
  if (!col.title) {
    throw new RetroError(`The required column "Paper Title" is missing; the sheet has: ${h.join(", ")}.`, "Export the papers list from CMT again with the title column.", {
      file: t.file.display,
      row: 1,
      column: "Paper Title",
    });
  }
  if (!col.status) ctx.warn({ file: t.file.display, column: "Status", message: 'No "Status" column: every paper is pending (export it from the Chair console to get decisions).' });
  const track = t.sheet && !/^sheet\d*$/i.test(t.sheet) ? t.sheet : null;
  return t.rows.map((r, i) => {
    const row = t.lines[i];
    const where = { file: t.file.display, row };
    const id = r[col.id]?.trim();
    if (!id) throw new RetroError("The Paper ID is empty.", "Every row of the papers export needs its Paper ID.", { ...where, column: col.id });
    const label = col.status ? r[col.status]?.trim() || null : null;
    const mapped = label === null || /^awaiting decision$/i.test(label) ? { status: "pending" as const, presentation: null } : mapDecision(label, ctx.config.decisions);
    if (!mapped) throw new RetroError(`Unknown decision label "${label}" (paper ${id}).`, unknownDecisionFix(label!, ctx.config.decisions), { ...where, column: col.status });
    const date = (c: string | undefined) => {
      const d = c ? parseCmtDate(r[c]) : null;
      if (d === undefined) throw new RetroError(`"${r[c!]}" is not a date.`, 'CMT writes dates as "3/13/2021 6:21:39 PM -08:00"; re-export the file.', { ...where, column: c });
      return d;
    };
    const submission: Submission = {
      edition: ctx.edition,
      id,
      title: collapse(decodeEntities(r[col.title!] ?? "")),
      abstract: col.abstract ? decodeEntities(r[col.abstract])?.trim() || null : null,
      keywords: [],
      topics: parseSubjectAreas(col.primary ? r[col.primary] : null, col.secondary ? r[col.secondary] : null),
      status: mapped.status,
      decision: label,
      presentation: mapped.presentation,
      track: (col.track ? r[col.track]?.trim() : null) || track,
      submitted_at: date(col.created),
      modified_at: date(col.modified),
    };
    return { submission, authors: authorsOf(r, col, ctx.edition, id), where: `${t.file.display} row ${row}` };
  });
}

function authorsOf(r: Record<string, string | null>, col: Record<string, string | undefined>, edition: string, id: string): Author[] {
  const emails = (col.emails ? r[col.emails] ?? "" : "").split(";").map((e) => e.trim()).filter(Boolean);
  let list = col.authors && r[col.authors] ? parseCmtAuthors(r[col.authors]!) : [];
  if (!list.length && col.names && r[col.names]) {
    list = r[col.names]!.split(";").map((n) => ({ name: collapse(decodeEntities(n)), affiliation: null, is_contact: false })).filter((a) => a.name);
  }
  const emailsFit = emails.length === list.length;
  const marked = list.some((a) => a.is_contact) || (emailsFit && emails.some((e) => e.endsWith("*")));
  return list.map((a, i) => ({
    edition,
    submission_id: id,
    position: i + 1,
    name: a.name,
    email: emailsFit ? emails[i].replace(/\*$/, "") || null : null,
    affiliation: a.affiliation,
    country: null,
    is_contact: marked ? a.is_contact || (emailsFit && emails[i].endsWith("*")) : null,
  }));
}
