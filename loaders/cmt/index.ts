/**
 * The Microsoft CMT adapter: the papers export (required) and the reviews and meta-reviews
 * exports, each as CSV, tab-separated text, SpreadsheetML "Excel" (.xls) or .xlsx. The
 * header row is found by its `Paper ID` cell wherever it sits (row 3 in SpreadsheetML).
 */
import { reviewerPseudonyms } from "../common/people.ts";
import { RetroError } from "../../src/lib/errors.ts";
import { emptyEditionData, type EditionData } from "../../src/lib/model/records.ts";
import type { Adapter, ParseContext } from "../types.ts";
import { detectCmt } from "./detect.ts";
import { readCmtPapers, type CmtPaper } from "./papers.ts";
import { questionFor, readCmtReviews, type CmtReviewDraft } from "./reviews.ts";
import { readCmtTables, type CmtTable } from "./tables.ts";

export const cmt: Adapter = {
  system: "cmt",
  detect: detectCmt,
  async parse(files, ctx) {
    const papers = new Map<string, CmtPaper>();
    const revisions: CmtTable[] = [];
    const reviewTables: CmtTable[] = [];
    for (const file of files) {
      const tables = await readCmtTables(file);
      ctx.countRows(file, tables.reduce((n, t) => n + t.rows.length, 0));
      for (const t of tables) {
        if (file.kind.startsWith("metareviews")) ctx.warn({ file: file.display, message: "Meta-reviews export: the archive has no meta-review table yet; skipped." });
        else if (file.kind.startsWith("reviews")) reviewTables.push(t);
        else if (t.sheet && / Revision$/i.test(t.sheet)) revisions.push(t);
        else addPapers(papers, t, ctx, false);
      }
    }
    for (const t of revisions) addPapers(papers, t, ctx, true);
    if (papers.size === 0) {
      throw new RetroError("None of the files lists the papers.", "Add CMT's papers export of this edition (Submissions > Actions > Export to Excel or to tab-delimited text).", {
        file: files.map((f) => f.display).join(", "),
      });
    }
    const out = emptyEditionData();
    for (const p of papers.values()) {
      out.submissions.push(p.submission);
      out.authors.push(...p.authors);
    }
    addReviews(out, reviewTables, new Set(papers.keys()), ctx);
    return out;
  },
};

function addPapers(into: Map<string, CmtPaper>, t: CmtTable, ctx: ParseContext, revision: boolean): void {
  for (const p of readCmtPapers(t, ctx)) {
    const before = into.get(p.submission.id);
    if (before && !revision) {
      throw new RetroError(`Paper ${p.submission.id} appears twice (${before.where} and here).`, "Each paper must appear once; export the papers once, or remove the duplicate row.", {
        file: t.file.display,
        row: Number(p.where.split(" row ").pop()),
        column: "Paper ID",
      });
    }
    // A " Revision" sheet holds the revised version of a paper: it wins, under the original track.
    into.set(p.submission.id, before ? { ...p, submission: { ...p.submission, track: before.submission.track } } : p);
  }
}

function addReviews(out: EditionData, tables: CmtTable[], known: Set<string>, ctx: ParseContext): void {
  const drafts: CmtReviewDraft[] = [];
  const fields = new Set<string>();
  for (const t of tables) {
    const r = readCmtReviews(t, ctx.config);
    for (const d of r.drafts) drafts.push(d); // not push(...): conference-scale exports overflow the stack
    r.fields.forEach((f) => fields.add(f));
  }
  const overall = questionFor(ctx.config.scores.overall, [...fields]);
  const confidence = questionFor(ctx.config.scores.confidence, [...fields].filter((f) => f !== overall));
  const ids = new Map<string, CmtReviewDraft>();
  const reviewerOf = reviewerPseudonyms(ctx, out.identities);
  let orphans = 0;
  for (const d of drafts) {
    if (!known.has(d.submission_id)) {
      orphans++;
      continue;
    }
    const reviewer = reviewerOf({ email: d.reviewer_email, name: d.reviewer_name }, `${ctx.edition}:${d.submission_id}:${d.number ?? d.where.row}`);
    const review_id = `${d.submission_id}-${d.number ? `R${d.number}` : reviewer.slice(2, 8)}`;
    const clash = ids.get(review_id);
    if (clash) {
      throw new RetroError(`Review ${review_id} appears twice (${clash.where.file} row ${clash.where.row}, and here).`, "Each review must appear once; export the reviews once, or remove the duplicate row.", {
        ...d.where,
        column: "Reviewer Number",
      });
    }
    ids.set(review_id, d);
    out.reviews.push({
      edition: ctx.edition,
      submission_id: d.submission_id,
      review_id,
      reviewer,
      round: null,
      overall: overall === undefined ? null : d.scores.get(overall)?.value ?? null,
      confidence: confidence === undefined ? null : d.scores.get(confidence)?.value ?? null,
      submitted_at: d.submitted_at,
      words: d.words,
    });
    for (const [field, s] of d.scores) out.scores.push({ edition: ctx.edition, review_id, field, value: s.value, label: s.label });
    for (const t of d.texts) out.texts.push({ edition: ctx.edition, review_id, ...t });
  }
  if (drafts.length && overall === undefined) {
    ctx.warn({ message: `No overall score found among the scored questions (${[...fields].join("; ") || "none"}). Name it in "scores.overall" of the configuration.` });
  }
  if (orphans) ctx.warn({ message: `${orphans} review${orphans === 1 ? "" : "s"} of papers missing from the papers export left out.` });
}
