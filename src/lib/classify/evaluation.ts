/**
 * Evaluation sets of real papers (never used for training) and the measures `npm run eval`
 * prints and the tests assert. Fixtures live in `test/fixtures/real/`; the sample's ground truth
 * in `data/sample/` when it has been generated.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Classification, Classifier } from "./classifier.ts";
import type { PaperText } from "./features.ts";
import { emptySeed, HEADS, type Head, type Seed } from "./seed.ts";
import { sampleSubmissions } from "../sample/facts.ts";

export interface EvalPaper extends PaperText {
  id: string;
}

function csv(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
}

/** 193 compiler papers, titles only. */
export function mlInCompilers(dir: string): EvalPaper[] {
  return csv(join(dir, "ml-in-compilers/papers.csv")).map((r, i) => ({ id: String(i + 1), title: r.title }));
}

interface Adjudication {
  papers: Record<string, { area: string; why: string }>;
}

/** The titles of ml-in-compilers that DOMAIN.md's guide files under another area (see the file's `about`). */
export const ML_IN_COMPILERS_ADJUDICATION = JSON.parse(readFileSync(new URL("./eval/ml-in-compilers-adjudication.json", import.meta.url), "utf8")) as Adjudication;

/** The area a reader following the guide gives a title of ml-in-compilers: Compilers unless adjudicated otherwise. */
export function guideArea(title: string): { area: string; why: string | null } {
  const hit = ML_IN_COMPILERS_ADJUDICATION.papers[title];
  return hit ? { area: hit.area, why: hit.why } : { area: "Compilers", why: null };
}

/** HotCRP's 30 networking papers, title and abstract. */
export function hotcrpTestdb(dir: string): EvalPaper[] {
  const db = JSON.parse(readFileSync(join(dir, "hotcrp-testdb/db.json"), "utf8")) as { papers: Array<{ _id_: number; title: string; abstract?: string }> };
  return db.papers.map((p) => ({ id: String(p._id_), title: p.title, abstract: p.abstract ?? null }));
}

/** ISMIR 2020's 115 accepted papers; the CMT subject areas are the authors' topics. */
export function cmtIsmir2020(dir: string): EvalPaper[] {
  return csv(join(dir, "cmt-ismir2020/accepted_papers.csv")).map((r) => ({
    id: r["Paper ID"],
    title: r["Paper Title"],
    abstract: r.Abstract || null,
    topics: [r["Primary Subject Area"], ...(r["Secondary Subject Areas"] ?? "").split(";")].map((t) => t.trim()).filter(Boolean),
  }));
}

interface Ml4sysMapping {
  areas: Record<string, { area: string; also?: string[]; why: string }>;
  papers: Record<string, { area: string; also?: string[]; why: string }>;
}

export const ML4SYS_MAPPING = JSON.parse(readFileSync(new URL("./eval/ml4sys-mapping.json", import.meta.url), "utf8")) as Ml4sysMapping;

export interface Ml4sysPaper extends EvalPaper {
  theirs: string;
  area: string;
  also: string[];
  why: string;
}

/** The 20 papers of the ML-for-systems taxonomy, each with its area mapped onto ours. */
export function ml4sysTaxonomy(dir: string): Ml4sysPaper[] {
  return csv(join(dir, "ml4sys-taxonomy/papers.csv")).map((r) => {
    const theirs = `${r.label}/${r.sublabel}`;
    const m = ML4SYS_MAPPING.papers[r.bibkey] ?? ML4SYS_MAPPING.areas[theirs];
    if (!m) throw new Error(`ml4sys-mapping.json has no entry for ${theirs} (${r.bibkey})`);
    return { id: r.bibkey, title: r.title, theirs, area: m.area, also: m.also ?? [], why: m.why };
  });
}

export interface TruthPaper extends EvalPaper {
  edition: string;
  area: string;
  kind: string;
}

/**
 * The generated sample's papers joined with `ground-truth.csv`; null when there is no sample.
 * The texts come from the generator (the editions are exported by four different systems).
 */
export function sampleGroundTruth(sampleDir: string): TruthPaper[] | null {
  const truthFile = join(sampleDir, "ground-truth.csv");
  if (!existsSync(truthFile)) return null;
  const texts = new Map<string, PaperText>();
  for (const p of sampleSubmissions()) texts.set(`${p.edition}\u0000${p.id}`, { title: p.title, abstract: p.abstract, topics: p.topics });
  const out: TruthPaper[] = [];
  for (const t of csv(truthFile)) {
    const text = texts.get(`${t.edition}\u0000${t.id}`);
    if (!text) continue;
    out.push({ ...text, id: t.id, edition: t.edition, area: t.area, kind: t.kind });
  }
  return out;
}

export interface EvalRow {
  set: string;
  papers: number;
  measure: string;
  value: number;
  required: number | null;
}

export function share<T>(items: readonly T[], ok: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(ok).length / items.length;
}

/** Every measure of the quality bar, computed with one classifier. */
export function evaluateAll(
  model: Classifier,
  fixtures: string,
  sampleDir: string,
): { rows: EvalRow[]; ml4sys: Array<Ml4sysPaper & { got: Classification }>; compilers: Array<EvalPaper & { got: Classification; guide: string }> } {
  const run = <P extends EvalPaper>(papers: P[]) => papers.map((p) => ({ ...p, got: model.classify(p, { evidence: false }) }));
  const compilers = run(mlInCompilers(fixtures)).map((p) => ({ ...p, guide: guideArea(p.title).area }));
  const guideCompilers = compilers.filter((p) => p.guide === "Compilers");
  const network = run(hotcrpTestdb(fixtures));
  const music = run(cmtIsmir2020(fixtures));
  const ml4sys = ml4sysTaxonomy(fixtures).map((p) => ({ ...p, got: model.classify(p) }));
  const rows: EvalRow[] = [
    { set: "ml-in-compilers", papers: compilers.length, measure: "area = Compilers", value: share(compilers, (p) => p.got.area === "Compilers"), required: 0.9 },
    { set: "ml-in-compilers", papers: compilers.length, measure: "Compilers as area or second area", value: share(compilers, (p) => p.got.area === "Compilers" || p.got.second_area === "Compilers"), required: null },
    { set: "ml-in-compilers", papers: compilers.length, measure: "area = Compilers or Code Modeling", value: share(compilers, (p) => p.got.area === "Compilers" || p.got.area === "Code Modeling"), required: null },
    { set: "ml-in-compilers", papers: compilers.length, measure: "area = the guide's area (adjudicated)", value: share(compilers, (p) => p.got.area === p.guide), required: null },
    { set: "ml-in-compilers", papers: guideCompilers.length, measure: "area = Compilers, titles the guide files there", value: share(guideCompilers, (p) => p.got.area === "Compilers"), required: null },
    { set: "hotcrp-testdb", papers: network.length, measure: "area = Network Systems", value: share(network, (p) => p.got.area === "Network Systems"), required: 0.9 },
    { set: "cmt-ismir2020", papers: music.length, measure: "Other, or area confidence < 0.5", value: share(music, (p) => p.got.area === "Other" || p.got.area_confidence < 0.5), required: 0.8 },
    { set: "ml4sys-taxonomy", papers: ml4sys.length, measure: "area = mapped area", value: share(ml4sys, (p) => p.got.area === p.area), required: null },
    { set: "ml4sys-taxonomy", papers: ml4sys.length, measure: "area or second area in mapped areas", value: share(ml4sys, (p) => [p.area, ...p.also].some((a) => a === p.got.area || a === p.got.second_area)), required: null },
  ];
  const truth = sampleGroundTruth(sampleDir);
  if (truth) {
    const sample = run(truth);
    rows.push({ set: "sample ground truth", papers: sample.length, measure: "area accuracy", value: share(sample, (p) => p.got.area === p.area), required: 0.9 });
    rows.push({ set: "sample ground truth", papers: sample.length, measure: "kind accuracy", value: share(sample, (p) => p.got.kind === p.kind), required: 0.9 });
  }
  return { rows, ml4sys, compilers };
}

/**
 * k-fold cross-validation over the seed's own examples (phrases always stay in training): an
 * estimate of how well the model generalises to descriptions it has not seen.
 */
export function seedCrossValidation(seed: Seed, train: (seed: Seed) => Classifier, folds = 5): { area: number; kind: number; examples: number } {
  const held: Array<{ fold: number; head: Head; label: string; index: number }> = [];
  let n = 0;
  for (const head of ["areas", "kinds"] as const) {
    for (const [label, entry] of seed[head]) entry.examples.forEach((_, index) => held.push({ fold: n++ % folds, head, label, index }));
  }
  let areaHits = 0;
  let areaTotal = 0;
  let kindHits = 0;
  let kindTotal = 0;
  for (let f = 0; f < folds; f++) {
    const test = held.filter((h) => h.fold === f);
    const skip = new Set(test.map((h) => `${h.head}\u0000${h.label}\u0000${h.index}`));
    const reduced = emptySeed();
    for (const head of HEADS) {
      for (const [label, entry] of seed[head]) {
        reduced[head].set(label, { phrases: entry.phrases, examples: entry.examples.filter((_, i) => !skip.has(`${head}\u0000${label}\u0000${i}`)) });
      }
    }
    const model = train(reduced);
    for (const h of test) {
      const example = seed[h.head].get(h.label)!.examples[h.index];
      const got = model.classify({ title: "", abstract: example.text }, { evidence: false });
      if (h.head === "areas") {
        areaTotal++;
        if (got.area === (model.space.areas.includes(h.label) ? h.label : "Other")) areaHits++;
      }
      const kind = h.head === "kinds" ? h.label : example.kind;
      if (kind) {
        kindTotal++;
        if (got.kind === kind) kindHits++;
      }
    }
  }
  return { area: areaHits / areaTotal, kind: kindHits / kindTotal, examples: held.length };
}
