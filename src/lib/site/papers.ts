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
import { pageHeader, type SiteInput } from "./input.ts";

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

export async function loadEvidence(conn: DuckDBConnection): Promise<PaperMap<PaperEvidence>> {
  const rows = await queryRows<{ edition: string; submission_id: string; evidence: string; source: string }>(conn, `SELECT edition, submission_id, CAST(evidence AS VARCHAR) AS evidence, source FROM classifications`);
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

export function papersPage(input: SiteInput, evidence: PaperMap<PaperEvidence>) {
  const { audience } = input;
  const cls = new PaperMap<(typeof input.classifications)[number]>();
  for (const c of input.classifications) cls.set(c.edition, c.submission_id, c);
  const scores = new PaperMap<ReturnType<typeof paperScores>[number]>();
  for (const p of paperScores(overallScores(input.reviews))) scores.set(p.edition, p.submission_id, p);
  const rows: PaperRowOut[] = input.submissions.map((s) => {
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
  const published = protect(paperList("Submissions", rows), audience).rows.map((r) => {
    const row = r as PaperRowOut;
    // Evidence quotes the paper's words, and a decision label can name a track: neither for hidden papers.
    if (row.redacted) return { ...row, why: null, decision: null, presentation: null, overridden: null };
    if (audience === "public") return { ...row, reviews: null, mean: null, min: null, max: null, overridden: null };
    if (audience === "committee") return { ...row, overridden: null };
    return row;
  });
  // Fields without a value are left out (the page reads a missing field as null): at conference
  // scale that keeps the page's data well under its size budget.
  return { ...pageHeader(input), papers: published.map(compact) };
}
export type PapersPage = ReturnType<typeof papersPage>;

function compact<R extends object>(row: R): Partial<R> {
  return Object.fromEntries(Object.entries(row).filter(([key, value]) => value !== null && value !== undefined && !(key === "redacted" && value === false))) as Partial<R>;
}
