/**
 * The HotCRP adapter: any mix of paper JSON, submissions/authors/topics CSVs and review or
 * score CSVs of one edition -> canonical records. Papers come from JSON or the submissions
 * CSV (JSON wins, the CSV fills gaps); reviews from the reviews CSVs (the scores CSV adds
 * decisions, and reviews only when no reviews CSV is given).
 */
import { RetroError } from "../../src/lib/errors.ts";
import { emptyEditionData, type Author, type EditionData, type Review, type Submission } from "../../src/lib/model/records.ts";
import { parseHeader, readCsv, readFirstLine, type CsvTable } from "../common/csv.ts";
import { mapDecision, unknownDecisionFix, type MappedDecision } from "../common/decisions.ts";
import type { Adapter, ParseContext, SourceFile } from "../types.ts";
import { detectHotcrp } from "./detect.ts";
import { mergeDrafts, type PaperDraft } from "./paper-draft.ts";
import { readAuthorsCsv, readSubmissionsCsv, readTopicsCsv } from "./paper-csv.ts";
import { readPaperJson } from "./papers.ts";
import { queryReviewsCsv, readReviewsCsv, type ReviewDraft, type ReviewTable } from "./reviews.ts";
import { reviewerPseudonyms } from "../common/people.ts";
import { firstConfigured } from "../common/scores.ts";

type AuthorDraft = Omit<Author, "edition" | "submission_id">;

export const hotcrp: Adapter = {
  system: "hotcrp",
  detect: detectHotcrp,
  async parse(files, ctx) {
    const papers = new Map<string, PaperDraft>();
    const authorsFromCsv = new Map<string, AuthorDraft[]>();
    const authorsFromPapers = new Map<string, AuthorDraft[]>();
    const topics = new Map<string, string[]>();
    const reviewDrafts: ReviewDraft[] = [];
    const scoreOnlyDrafts: ReviewDraft[] = [];
    const decisions = new Map<string, string>();
    const out = emptyEditionData();

    // JSON first so it wins over the submissions CSV.
    const ordered = [...files].sort((a, b) => rank(a) - rank(b));
    // DuckDB reads the CSVs (one at a time on its connection) while JS parses the JSON.
    // Review files stay in DuckDB but for their scores and word counts (see queryReviewsCsv).
    const tables = new Map<SourceFile, Promise<CsvTable | ReviewTable>>();
    let queue: Promise<unknown> = Promise.resolve();
    for (const file of ordered.filter((f) => f.kind !== "paper-json")) {
      const table = queue.then(async () => {
        const header = parseHeader(await readFirstLine(file.path), file.display);
        return REVIEW_KINDS.has(file.kind) ? queryReviewsCsv(ctx.scratch, file, header, ctx.config) : readCsv(ctx.scratch, file, header);
      });
      tables.set(file, table);
      queue = table.catch(() => undefined);
    }
    for (const file of ordered) {
      if (file.kind === "paper-json") {
        const r = await readPaperJson(file, ctx);
        addPapers(papers, r.papers, file);
        r.authors.forEach((list, id) => authorsFromPapers.set(id, list));
        // Loops, not push(...): conflicts alone can number 100,000s at conference scale.
        for (const c of r.committee) out.committee.push(c);
        for (const c of r.conflicts) out.conflicts.push(c);
        for (const i of r.identities) out.identities.push(i);
        ctx.countRows(file, r.papers.length);
        continue;
      }
      const table = await tables.get(file)!;
      ctx.countRows(file, table.rows.length);
      switch (file.kind) {
        case "submissions-csv": {
          const r = readSubmissionsCsv(table as CsvTable, file);
          addPapers(papers, r.papers, file);
          r.authors.forEach((list, id) => authorsFromPapers.has(id) || authorsFromPapers.set(id, list));
          break;
        }
        case "authors-csv":
          readAuthorsCsv(table as CsvTable, file).forEach((list, id) => authorsFromCsv.set(id, list));
          break;
        case "topics-csv":
          readTopicsCsv(table as CsvTable, file).forEach((list, id) => topics.set(id, list));
          break;
        case "reviews-csv":
        case "reviews-batch-csv":
        case "scores-csv": {
          const r = readReviewsCsv(table as ReviewTable, file, ctx.config, ctx.warn);
          const into = file.kind === "scores-csv" ? scoreOnlyDrafts : reviewDrafts;
          for (const review of r.reviews) into.push(review); // not push(...): 100,000s of reviews

          r.decisions.forEach((label, id) => decisions.set(id, label));
          break;
        }
        case "pcconflicts-csv":
          ctx.warn({ file: file.display, message: "PC conflicts CSV: not needed for the retrospective; skipped." });
          break;
        default:
          throw new RetroError(`Unsupported HotCRP file kind "${file.kind}".`, "Remove this file from the input.", { file: file.display });
      }
    }
    if (papers.size === 0) {
      throw new RetroError(
        "None of the files lists the submissions.",
        "Add HotCRP's paper JSON (Download > Paper information > JSON) or the submissions CSV (Download > CSV) of this edition.",
        { file: files.map((f) => f.display).join(", ") },
      );
    }

    let drafts = 0;
    for (const paper of papers.values()) {
      if (paper.draft) {
        drafts++;
        continue;
      }
      const mapped = mapStatus(paper, paper.decision ?? decisions.get(paper.id) ?? null, ctx);
      const submission: Submission = {
        edition: ctx.edition,
        id: paper.id,
        title: paper.title,
        abstract: paper.abstract,
        keywords: paper.keywords,
        topics: paper.topics.length ? paper.topics : topics.get(paper.id) ?? [],
        status: mapped.status,
        decision: mapped.decision,
        presentation: mapped.presentation,
        track: paper.track,
        submitted_at: paper.submitted_at,
        modified_at: paper.modified_at,
      };
      out.submissions.push(submission);
      const authors = authorsFromCsv.get(paper.id) ?? authorsFromPapers.get(paper.id) ?? [];
      for (const a of authors) out.authors.push({ edition: ctx.edition, submission_id: paper.id, ...a });
    }
    if (drafts) ctx.warn({ message: `${drafts} draft${drafts === 1 ? "" : "s"} (never submitted) left out.` });

    const known = new Set(out.submissions.map((s) => s.id));
    addReviews(out, reviewDrafts.length ? reviewDrafts : scoreOnlyDrafts, known, ctx);
    return out;
  },
};

const REVIEW_KINDS = new Set(["reviews-csv", "reviews-batch-csv", "scores-csv"]);

function rank(file: SourceFile): number {
  return file.kind === "paper-json" ? 0 : file.kind === "submissions-csv" ? 1 : 2;
}


function addPapers(into: Map<string, PaperDraft>, list: PaperDraft[], file: SourceFile): void {
  const seen = new Map<string, number>();
  for (const p of list) {
    const before = seen.get(p.id);
    if (before !== undefined) {
      throw new RetroError(
        `Paper ${p.id} appears twice in this file (rows ${before} and ${p.row}).`,
        "Each submission must appear once; re-export the file, or remove the duplicate row.",
        { file: file.display, row: p.row, column: file.kind === "paper-json" ? "pid" : "ID" },
      );
    }
    seen.set(p.id, p.row);
    const existing = into.get(p.id);
    into.set(p.id, existing ? mergeDrafts(existing, p) : p);
  }
}

const CATEGORY: Record<string, MappedDecision> = {
  accept: { status: "accepted", presentation: null },
  accepted: { status: "accepted", presentation: null },
  reject: { status: "rejected", presentation: null },
  rejected: { status: "rejected", presentation: null },
  desk_reject: { status: "desk_rejected", presentation: null },
};

/** Status and presentation of a paper, and the decision label as exported (if any). */
function mapStatus(paper: PaperDraft, label: string | null, ctx: ParseContext): MappedDecision & { decision: string | null } {
  if (paper.withdrawn) return { status: "withdrawn", presentation: null, decision: label };
  const category = paper.statusHint ? CATEGORY[paper.statusHint.toLowerCase()] : undefined;
  if (label !== null) {
    const mapped = mapDecision(label, ctx.config.decisions);
    if (mapped) return { ...mapped, decision: label };
    if (category) {
      ctx.warn({ file: paper.file, row: paper.row, column: "decision", message: `Decision "${label}" is not configured; HotCRP's own category says ${category.status}.` });
      return { ...category, decision: label };
    }
    throw new RetroError(`Unknown decision label "${label}" (paper ${paper.id}).`, unknownDecisionFix(label, ctx.config.decisions), {
      file: paper.file,
      row: paper.row,
      column: "Decision",
    });
  }
  // v2 JSON puts the decision name in `status` (or a category); a Status column may hold one too.
  const hint = paper.statusHint;
  if (category) return { ...category, decision: /^(accepted|rejected)$/i.test(hint ?? "") ? hint : null };
  if (hint && !/^(submitted|withdrawn|draft|inprogress|no submission)$/i.test(hint)) {
    const mapped = mapDecision(hint, ctx.config.decisions);
    if (!mapped) {
      throw new RetroError(`Unknown decision label "${hint}" (paper ${paper.id}).`, unknownDecisionFix(hint, ctx.config.decisions), { file: paper.file, row: paper.row, column: "Status" });
    }
    return { ...mapped, decision: hint };
  }
  return { status: "pending", presentation: null, decision: null };
}

function addReviews(out: EditionData, drafts: ReviewDraft[], known: Set<string>, ctx: ParseContext): void {
  const fields = new Set<string>();
  for (const d of drafts) for (const f of d.scores.keys()) fields.add(f);
  const overallField = firstConfigured(ctx.config.scores.overall, fields);
  const confidenceField = firstConfigured(ctx.config.scores.confidence, fields);
  const ids = new Map<string, ReviewDraft>();
  const reviewerOf = reviewerPseudonyms(ctx, out.identities);
  let orphans = 0;
  for (const d of drafts) {
    if (!known.has(d.submission_id)) {
      orphans++;
      continue;
    }
    const reviewer = reviewerOf({ email: d.reviewer_email, name: d.reviewer_name }, `${ctx.edition}:${d.submission_id}:${d.ordinal_id ?? d.row}`);
    const reviewId = d.ordinal_id ?? `${d.submission_id}-${reviewer.slice(2, 8)}`;
    const clash = ids.get(reviewId);
    if (clash) {
      throw new RetroError(
        `Review ${reviewId} appears twice (${clash.file} row ${clash.row}, and here).`,
        "Each review must appear once; export the reviews once, or remove the duplicate row.",
        { file: d.file, row: d.row, column: "review" },
      );
    }
    ids.set(reviewId, d);
    const review: Review = {
      edition: ctx.edition,
      submission_id: d.submission_id,
      review_id: reviewId,
      reviewer,
      round: d.round,
      overall: overallField === undefined ? null : d.scores.get(overallField)?.value ?? null,
      confidence: confidenceField === undefined ? null : d.scores.get(confidenceField)?.value ?? null,
      submitted_at: d.submitted_at,
      words: d.words,
    };
    out.reviews.push(review);
    for (const [field, s] of d.scores) out.scores.push({ edition: ctx.edition, review_id: reviewId, field, value: s.value, label: s.label });
    for (const t of d.texts) out.texts.push({ edition: ctx.edition, review_id: reviewId, field: t.field, text: t.text, pc_only: t.pc_only });
  }
  if (drafts.length && (overallField === undefined || out.reviews.every((r) => r.overall === null))) {
    ctx.warn({ message: `No overall score found; the score fields are: ${[...fields].join(", ") || "(none)"}. Name it in "scores.overall" of the configuration.` });
  }
  if (orphans) ctx.warn({ message: `${orphans} review${orphans === 1 ? "" : "s"} of papers missing from the submissions export left out (export papers and reviews from the same search).` });
}
