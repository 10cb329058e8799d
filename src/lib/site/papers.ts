/**
 * The Papers page: one row per submission with its classification, the evidence for it
 * ("why"), its scores and, for chairs, the labels they overrode. Rows pass through
 * `protect`: the committee sees papers that were not accepted without title or id (and
 * without evidence, which quotes their text); the public sees accepted papers only, without
 * per-paper scores (each comes from fewer than k reviewers).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/archive.ts";
import { paperList } from "../stats/aggregate.ts";
import { protect } from "../stats/privacy.ts";
import { overallScores, paperScores } from "../stats/scores.ts";
import { PaperMap } from "../stats/keys.ts";
import type { EvidenceTerm } from "../classify/evidence.ts";
import type { Status } from "../model/records.ts";
import type { Audience } from "../stats/aggregate.ts";
import { gzipSync } from "node:zlib";
import { editionSlices, pageHeader, type EditionSlice, type SiteInput } from "./input.ts";

/** Terms shown per label in the "why" column. */
const WHY_TERMS = 3;

interface StoredEvidence {
  area?: EvidenceTerm[];
  second_area?: EvidenceTerm[];
  kind?: EvidenceTerm[];
  challenges?: Record<string, EvidenceTerm[]>;
  methods?: Record<string, EvidenceTerm[]>;
  model?: Record<string, unknown>;
  chair?: string[];
}

export interface PaperEvidence {
  evidence: StoredEvidence;
  source: string;
}

/** The stored evidence of every classification (of one edition; of its accepted papers only). */
export async function loadEvidence(conn: DuckDBConnection, edition?: string, acceptedOnly = false): Promise<PaperMap<PaperEvidence>> {
  const where = [
    ...(edition === undefined ? [] : ["c.edition = $ed"]),
    ...(acceptedOnly ? ["EXISTS (SELECT 1 FROM submissions s WHERE s.edition = c.edition AND s.id = c.submission_id AND s.status = 'accepted')"] : []),
  ];
  const sql = `SELECT c.edition, c.submission_id, CAST(c.evidence AS VARCHAR) AS evidence, c.source FROM classifications c${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`;
  const rows = await queryRows<{ edition: string; submission_id: string; evidence: string; source: string }>(conn, sql, edition === undefined ? undefined : { ed: edition });
  const out = new PaperMap<PaperEvidence>();
  for (const r of rows) out.set(r.edition, r.submission_id, { evidence: JSON.parse(r.evidence) as StoredEvidence, source: r.source });
  return out;
}

const terms = (list: EvidenceTerm[] | undefined) => (list ?? []).slice(0, WHY_TERMS).map((t) => t.term);

/** "why": the strongest terms behind each label the paper got. */
function why(e: StoredEvidence, labels: { challenges: string[]; methods: string[] }) {
  return {
    area: terms(e.area),
    kind: terms(e.kind),
    challenges: Object.fromEntries(labels.challenges.map((c) => [c, terms(e.challenges?.[c])])),
    methods: Object.fromEntries(labels.methods.map((m) => [m, terms(e.methods?.[m])])),
  };
}

export interface PaperRowOut {
  edition: string;
  submission_id: string | null;
  title?: string | null;
  status: Status;
  decision: string | null;
  presentation: string | null;
  area: string | null;
  second_area: string | null;
  kind: string | null;
  challenges: string[];
  methods: string[];
  why: ReturnType<typeof why> | null;
  reviews: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Chair only: fields a chair overrode, with the model's answer. */
  overridden: Array<{ field: string; model: unknown }> | null;
  redacted?: boolean;
}

type PaperSource = Pick<EditionSlice, "submissions" | "reviews" | "classifications">;

/** The rows `audience` may see, with what it may see of each. */
export function publishedPapers(audience: Audience, source: PaperSource, evidence: PaperMap<PaperEvidence>): PaperRowOut[] {
  const cls = new PaperMap<(typeof source.classifications)[number]>();
  for (const c of source.classifications) cls.set(c.edition, c.submission_id, c);
  const scores = new PaperMap<ReturnType<typeof paperScores>[number]>();
  for (const p of paperScores(overallScores(source.reviews))) scores.set(p.edition, p.submission_id, p);
  const rows: PaperRowOut[] = source.submissions.map((s) => {
    const c = cls.get(s.edition, s.id);
    const e = evidence.get(s.edition, s.id);
    const sc = scores.get(s.edition, s.id);
    return {
      edition: s.edition,
      submission_id: s.id,
      title: s.title,
      status: s.status,
      decision: s.decision,
      presentation: s.presentation,
      area: c?.area ?? null,
      second_area: c?.second_area ?? null,
      kind: c?.kind ?? null,
      challenges: c?.challenges ?? [],
      methods: c?.methods ?? [],
      why: e && c ? why(e.evidence, c) : null,
      reviews: sc?.n ?? 0,
      mean: sc?.mean ?? null,
      min: sc?.min ?? null,
      max: sc?.max ?? null,
      overridden: e?.evidence.chair?.length ? e.evidence.chair.map((field) => ({ field, model: e.evidence.model?.[field] ?? null })) : [],
    };
  });
  return protect(paperList("Submissions", rows), audience).rows.map((r) => {
    const row = r as PaperRowOut;
    // Evidence quotes the paper's words, and a decision label can name a track: neither for hidden papers.
    if (row.redacted) return { ...row, why: null, decision: null, presentation: null, overridden: null };
    if (audience === "public") return { ...row, reviews: null, mean: null, min: null, max: null, overridden: null };
    if (audience === "committee") return { ...row, overridden: null };
    return row;
  });
}

/** Every edition's rows in one list (fields without a value left out): what the tests read. */
export function papersPage(input: SiteInput, evidence: PaperMap<PaperEvidence>) {
  return { ...pageHeader(input), papers: publishedPapers(input.audience, input, evidence).map(compact) };
}
export type PapersPage = ReturnType<typeof papersPage>;

/**
 * One edition's papers as the page downloads them: columns instead of row objects, and every
 * repeated string (status, decision, area, kind, challenge, method, evidence term) once in
 * `strings` with its index in the columns. Columns the audience may not see are left out;
 * `overridden` (chairs only) lists only the rows a chair relabelled. src/components/papers.js
 * turns it back into rows.
 */
export interface EditionPapers {
  audience: Audience;
  k: number;
  edition: string;
  n: number;
  strings: string[];
  id: Array<string | null>;
  title: Array<string | null>;
  status: number[];
  decision: Array<number | null>;
  presentation: Array<number | null>;
  area: Array<number | null>;
  second_area: Array<number | null>;
  kind: Array<number | null>;
  challenges: number[][];
  methods: number[][];
  /** Per row: null, or the terms behind [area, kind, each challenge (in order), each method (in order)]. */
  why: Array<[number[], number[], number[][], number[][]] | null>;
  reviews?: number[];
  mean?: Array<number | null>;
  min?: Array<number | null>;
  max?: Array<number | null>;
  /** Row index -> the fields a chair overrode, with the model's answer. */
  overridden?: Record<number, Array<{ field: string; model: unknown }>>;
  /** Rows shown without their identity (committee view). */
  redacted: number[];
}

export function encodeEditionPapers(audience: Audience, k: number, edition: string, rows: PaperRowOut[]): EditionPapers {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const code = (s: string | null | undefined): number | null => {
    if (s === null || s === undefined) return null;
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      index.set(s, i);
      strings.push(s);
    }
    return i;
  };
  const codes = (list: string[]) => list.map((s) => code(s)!);
  const out: EditionPapers = {
    audience,
    k,
    edition,
    n: rows.length,
    strings,
    id: rows.map((r) => r.submission_id ?? null),
    title: rows.map((r) => r.title ?? null),
    status: rows.map((r) => code(r.status)!),
    decision: rows.map((r) => code(r.decision)),
    presentation: rows.map((r) => code(r.presentation)),
    area: rows.map((r) => code(r.area)),
    second_area: rows.map((r) => code(r.second_area)),
    kind: rows.map((r) => code(r.kind)),
    challenges: rows.map((r) => codes(r.challenges)),
    methods: rows.map((r) => codes(r.methods)),
    why: rows.map((r) =>
      r.why ? [codes(r.why.area), codes(r.why.kind), r.challenges.map((c) => codes(r.why!.challenges[c] ?? [])), r.methods.map((m) => codes(r.why!.methods[m] ?? []))] : null,
    ),
    redacted: rows.flatMap((r, i) => (r.redacted ? [i] : [])),
  };
  if (audience !== "public") {
    out.reviews = rows.map((r) => r.reviews ?? 0);
    // The page shows two decimals; three keep the CSV exact enough and the file small.
    out.mean = rows.map((r) => (r.mean === null ? null : Math.round(r.mean * 1000) / 1000));
    out.min = rows.map((r) => r.min);
    out.max = rows.map((r) => r.max);
  }
  if (audience === "chair") out.overridden = Object.fromEntries(rows.flatMap((r, i) => (r.overridden?.length ? [[i, r.overridden] as const] : [])));
  return out;
}

/** The Papers page's own data file: which editions have papers, how many and how many bytes (gzip) each file is. */
export interface PapersIndex extends ReturnType<typeof pageHeader> {
  files: Array<{ edition: string; papers: number; bytes: number }>;
}

/**
 * The Papers page's data: a small index plus one file per edition (the page downloads the
 * edition it shows). Evidence is read one edition at a time. With `only`, just that edition's
 * file is made (the index then lists only it). `bytes` is each file's size compressed.
 */
export async function papersData(
  input: SiteInput,
  evidenceOf: (edition: string, acceptedOnly: boolean) => Promise<PaperMap<PaperEvidence>>,
  only?: string,
): Promise<{ index: PapersIndex; files: Map<string, { data: EditionPapers; json: string }> }> {
  const files = new Map<string, { data: EditionPapers; json: string }>();
  const list: PapersIndex["files"] = [];
  for (const slice of editionSlices(input)) {
    if (!slice.edition || (only !== undefined && slice.key !== only)) continue;
    // Only chairs see the evidence of papers that were not accepted: nobody else needs it read.
    const rows = publishedPapers(input.audience, slice, await evidenceOf(slice.key, input.audience !== "chair"));
    const data = encodeEditionPapers(input.audience, input.k, slice.key, rows);
    const json = JSON.stringify(data);
    files.set(slice.key, { data, json });
    // At gzip's usual level, as a server would send it (the page says how much a choice downloads).
    list.push({ edition: slice.key, papers: rows.length, bytes: gzipSync(json).length });
  }
  return { index: { ...pageHeader(input), files: list }, files };
}

function compact<R extends object>(row: R): Partial<R> {
  return Object.fromEntries(Object.entries(row).filter(([key, value]) => value !== null && value !== undefined && !(key === "redacted" && value === false))) as Partial<R>;
}
