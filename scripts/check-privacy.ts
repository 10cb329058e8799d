/**
 * `npm run check:privacy`: builds every public output (the public dashboard with its data and
 * CSV-download tables, the public report of every edition) from the sample archive and from a
 * second, differently shaped archive (HotCRP's own test database, ICLR 2020's 2,594 papers through
 * the generic CSV adapter, and the OpenReview, EasyChair, CMT and HotCRP test fixtures),
 * and fails if any of them holds a reviewer name or e-mail, a reviewer pseudonym, the pseudonym
 * key, a confidential comment, the title (or an author) of a paper that was not accepted, or an
 * unsuppressed small cell. The secrets come from the exports themselves (a chair-level scratch
 * ingest that keeps review text) and, for the sample, from the generator's own plan, never from
 * the outputs. A public output that should exist but does not is a failure, not a pass.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { extname, join, relative, resolve } from "node:path";
import { readConfigFile } from "../src/lib/config/load.ts";
import type { WorkshopConfig } from "../src/lib/config/schema.ts";
import { openArchiveReadOnly, queryRows } from "../src/lib/db/archive.ts";
import { ingest } from "../src/lib/ingest/ingest.ts";
import { sampleSecrets } from "../src/lib/sample/index.ts";
import { SAMPLE_DIR } from "../src/lib/site/prepare.ts";
import { scanForSecrets, textFiles, type Finding, type Secret } from "../src/lib/site/leaks.ts";

const OUT = resolve(process.env.RETRO_PRIVACY_OUT ?? "test/output/privacy");
const HAS_REPORT = existsSync("src/cli/commands/report.ts");

interface Corpus {
  name: string;
  configFile: string;
  /** An edition whose chair report names confidential things (the scan's canary). */
  canary: string;
  inputs: Array<{ edition: string; paths: string[] }>;
}

function fixturesCorpus(): Corpus {
  const configFile = join(OUT, "fixtures.config.json");
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    configFile,
    JSON.stringify({
      name: "Fixture Workshop",
      venue: "FW",
      editions: [
        { id: "1996", year: 1996, system: "hotcrp" },
        { id: "2020", year: 2020, system: "csv" },
        { id: "2021", year: 2021, system: "cmt" },
        { id: "2023", year: 2023, system: "hotcrp" },
        { id: "2024", year: 2024, system: "openreview" },
        { id: "2025", year: 2025, system: "easychair" },
      ],
      csv: { id: "paper_id", title: "title", decision: "decision", ratings: "ratings", withdrawn: "withdrawn_or_desk_rejected" },
      privacy: { k: 5 },
    }),
  );
  return {
    name: "fixtures",
    configFile,
    canary: "2023",
    inputs: [
      { edition: "1996", paths: ["test/fixtures/real/hotcrp-testdb/db.json"] },
      { edition: "2020", paths: ["test/fixtures/real/iclr2020-ratings/ratings_decisions.csv"] },
      { edition: "2021", paths: ["test/fixtures/cmt/papers-authors-nested-parentheses.csv", "test/fixtures/cmt/reviews-question-value-twins.tsv"] },
      { edition: "2023", paths: ["test/fixtures/hotcrp/v3"] },
      { edition: "2024", paths: ["test/fixtures/openreview/v2-venueid-status.json"] },
      { edition: "2025", paths: ["test/fixtures/easychair/bundle-2024-with-headers"] },
    ],
  };
}

function sampleCorpus(): Corpus {
  const configFile = join(SAMPLE_DIR, "workshop.config.json");
  const config = readConfigFile(configFile);
  return { name: "sample", configFile, canary: config.editions[0].id, inputs: config.editions.map((e) => ({ edition: e.id, paths: [join(SAMPLE_DIR, e.system ?? "hotcrp", e.id)] })) };
}

async function load(corpus: Corpus, db: string, config: WorkshopConfig): Promise<void> {
  for (const f of [db, `${db}.wal`]) rmSync(f, { force: true });
  for (const { edition, paths } of corpus.inputs) await ingest({ inputs: paths, edition, db, config });
}

/** The secrets of a corpus, read from a chair-level archive that keeps review text. */
async function gatherSecrets(corpus: Corpus, config: WorkshopConfig, dir: string, keyFile: string): Promise<Secret[]> {
  const db = join(dir, "chair-secrets.duckdb");
  process.env.RETRO_KEY_FILE = keyFile;
  await load(corpus, db, { ...config, privacy: { ...config.privacy, keep_review_text: true } });
  const archive = await openArchiveReadOnly(db);
  const secrets: Secret[] = [];
  let publicText = "";
  try {
    const rows = <T>(sql: string) => queryRows<T>(archive.conn, sql);
    const acceptedAuthors = new Set((await rows<{ name: string }>(`SELECT DISTINCT a.name FROM authors a JOIN submissions s ON s.edition = a.edition AND s.id = a.submission_id WHERE s.status = 'accepted'`)).map((r) => r.name));
    for (const r of await rows<{ name: string | null; email: string | null }>(`SELECT name, email FROM identities`)) {
      if (r.email) secrets.push({ kind: "reviewer e-mail", text: r.email });
      if (r.name && !acceptedAuthors.has(r.name)) secrets.push({ kind: "reviewer name", text: r.name });
    }
    for (const r of await rows<{ edition: string; id: string; status: string; title: string }>(`SELECT edition, id, status, title FROM submissions WHERE status <> 'accepted' AND status <> 'pending'`)) {
      secrets.push({ kind: `${r.status} title (${r.edition} #${r.id})`, text: r.title });
    }
    for (const r of await rows<{ name: string }>(`SELECT DISTINCT a.name FROM authors a JOIN submissions s ON s.edition = a.edition AND s.id = a.submission_id WHERE s.status <> 'accepted'`)) {
      if (!acceptedAuthors.has(r.name)) secrets.push({ kind: "author of a paper not accepted", text: r.name });
    }
    for (const r of await rows<{ text: string }>(`SELECT DISTINCT text FROM review_texts WHERE pc_only AND length(text) >= 12`)) secrets.push({ kind: "confidential comment", text: r.text.trim().slice(0, 200) });
    // A secret that is part of a public string ("Deep Audio Prior" inside the accepted "Deep
    // Audio Priors Emerge From ...") cannot be told apart from it: left out of the scan.
    publicText = [...(await rows<{ title: string }>(`SELECT title FROM submissions WHERE status = 'accepted'`)).map((r) => r.title), ...acceptedAuthors].join("\n").toLowerCase();
  } finally {
    archive.close();
  }
  secrets.push({ kind: "pseudonym key", text: readFileSync(keyFile, "utf8").trim() });
  if (corpus.name === "sample") {
    const s = sampleSecrets();
    secrets.push(...s.reviewerEmails.map((text) => ({ kind: "reviewer e-mail (sample plan)", text })));
    secrets.push(...s.reviewerNames.map((text) => ({ kind: "reviewer name (sample plan)", text })));
    secrets.push(...s.unacceptedTitles.map((t) => ({ kind: `${t.status} title (sample plan, ${t.edition} #${t.id})`, text: t.title })));
    secrets.push(...s.unacceptedAuthorNames.map((text) => ({ kind: "author of a paper not accepted (sample plan)", text })));
  }
  return secrets.filter((x) => !publicText.includes(x.text.toLowerCase()));
}

const COUNT_KEYS = /^(papers|rejected|withdrawn|desk_rejected|reviews|reviewers|authors|members|people|n|count)$/i;
const GROUP_KEYS = ["group", "label", "area", "kind", "country", "topic", "challenge", "method", "member"];

/**
 * Small cells in published JSON: in a row of a breakdown (an object naming its group, e.g.
 * `{ "group": "Compilers", ... }`) that is not marked `suppressed`, a whole count of distinct
 * papers or people (`papers`, `n`, `reviewers`, `rejected`, ...) between 0 and k exclusive.
 * Not judged here, and why: counts of accepted papers (public anyway); fractional counts (a
 * paper with two labels counts 1/2 in each, so the papers behind them cannot be told from the
 * output: protect() decides that from the distinct papers, and test/property/stats.test.ts
 * checks protect() itself); an edition's headline totals (its number of submissions,
 * reviews, reviewers), which are published for every edition.
 */
function smallCells(json: unknown, k: number): string[] {
  const found: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === "object") {
      const row = v as Record<string, unknown>;
      const group = GROUP_KEYS.map((g) => row[g]).find((g) => typeof g === "string");
      for (const [key, x] of Object.entries(row)) {
        const cell = group !== undefined && row.suppressed !== true && !/accepted/i.test(path) && COUNT_KEYS.test(key);
        if (cell && typeof x === "number" && Number.isInteger(x) && x > 0 && x < k) found.push(`${path}{${String(group)}}.${key} = ${x}`);
        else walk(x, `${path}.${key}`);
      }
    }
  };
  walk(json, "");
  return found;
}

interface Check {
  name: string;
  problems: string[];
}

function run(args: string[], env: Record<string, string>): { code: number; log: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", ...args], { encoding: "utf8", env: { ...process.env, ...env, NO_COLOR: "1" }, maxBuffer: 64 * 2 ** 20 });
  return { code: r.status ?? -1, log: `${r.stdout}\n${r.stderr}` };
}

async function checkCorpus(corpus: Corpus): Promise<Check[]> {
  const dir = join(OUT, corpus.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = join(dir, "public.duckdb");
  const keyFile = join(dir, "key");
  const config = readConfigFile(corpus.configFile);
  const k = config.privacy.k;
  process.env.RETRO_KEY_FILE = keyFile;
  console.log(`\n## ${corpus.name}: loading ${corpus.inputs.length} editions`);
  await load(corpus, db, config);
  const secrets = await gatherSecrets(corpus, config, dir, keyFile);
  console.log(`${secrets.length} secrets gathered from the exports (${[...new Set(secrets.map((s) => s.kind.replace(/ \(.*/, "")))].join(", ")})`);
  const env = { RETRO_DB: db, RETRO_KEY_FILE: keyFile, RETRO_CONFIG: corpus.configFile };
  const checks: Check[] = [];
  const outputs: string[] = [];

  const site = join(dir, "site");
  console.log("building the public dashboard");
  const build = run(["scripts/build.ts", "--audience", "public"], { ...env, RETRO_SITE_OUT: site });
  const pages = existsSync(site) ? textFiles(site).filter((f) => f.endsWith(".html")) : [];
  const data = existsSync(site) ? textFiles(site).filter((f) => f.endsWith(".json") && f.includes("_file")) : [];
  checks.push({ name: `${corpus.name}: public dashboard built`, problems: build.code !== 0 || pages.length === 0 || data.length === 0 ? [`build exit ${build.code}, ${pages.length} pages, ${data.length} data files:\n${build.log.slice(-1500)}`] : [] });
  if (pages.length) {
    // Pages, their modules and data; not the bundled libraries (_node, _observablehq), whose
    // minified code matches short names by accident ("disabled placeholder").
    const scanned = join(dir, "site-scanned");
    cpSync(site, scanned, { recursive: true, filter: (src) => !/(^|[\\/])_(node|observablehq|npm)([\\/]|$)/.test(relative(site, src)) });
    outputs.push(scanned);
  }

  if (HAS_REPORT) {
    const reports = join(dir, "reports");
    const problems: string[] = [];
    for (const { edition } of corpus.inputs) {
      console.log(`public report of ${edition}`);
      const r = run(["src/cli/main.ts", "report", "--edition", edition, "--audience", "public", "--format", "md,html", "--out", reports], env);
      if (r.code !== 0) problems.push(`retro report --edition ${edition} --audience public: exit ${r.code}\n${r.log.slice(-800)}`);
    }
    const written = existsSync(reports) ? textFiles(reports) : [];
    if (written.filter((f) => f.endsWith(".html")).length < corpus.inputs.length) problems.push(`only ${written.length} report files written`);
    checks.push({ name: `${corpus.name}: public reports written`, problems });
    if (written.length) outputs.push(reports);
    // The scan must be able to fail: a chair report holds confidential strings.
    const chair = join(dir, "chair-report");
    const c = run(["src/cli/main.ts", "report", "--edition", corpus.canary, "--audience", "chair", "--format", "md", "--out", chair], env);
    const canary = c.code === 0 ? scanForSecrets(chair, secrets).length : 0;
    checks.push({ name: `${corpus.name}: the scan finds secrets in a chair report (canary)`, problems: canary > 0 ? [] : [`no secret found in the chair report (exit ${c.code}): the scan or the secrets are broken`] });
  } else {
    checks.push({ name: `${corpus.name}: public reports`, problems: ["`retro report` is missing: the public reports cannot be built and scanned"] });
  }

  const leaks: Finding[] = outputs.flatMap((o) => scanForSecrets(o, secrets).map((f) => ({ ...f, file: join(relative(OUT, o), f.file) })));
  checks.push({ name: `${corpus.name}: no names, e-mails, key, confidential comments or unaccepted titles`, problems: leaks.map((f) => `${f.file}: ${f.kind}: "${f.text.slice(0, 80)}"`) });
  const pseudonyms = outputs.flatMap((o) => textFiles(o).flatMap((f) => [...new Set(readFileSync(f, "utf8").match(/\br-[0-9a-f]{12}\b/g) ?? [])].map((p) => `${relative(OUT, f)}: reviewer pseudonym ${p}`)));
  checks.push({ name: `${corpus.name}: no reviewer pseudonyms`, problems: pseudonyms });
  const cells = outputs.flatMap((o) => textFiles(o).filter((f) => extname(f) === ".json").flatMap((f) => smallCells(JSON.parse(readFileSync(f, "utf8")), k).map((c) => `${relative(OUT, f)}: ${c} (k = ${k})`)));
  checks.push({ name: `${corpus.name}: no unsuppressed cell below k = ${k}`, problems: cells });
  return checks;
}

// The small-cell scan must be able to fail.
const planted = smallCells({ rows: [{ group: "Compilers", papers: 3, suppressed: false }, { group: "Databases", papers: 12 }] }, 5);
const selfTest: Check = { name: "the small-cell scan finds a planted cell of 3 papers", problems: planted.length === 1 ? [] : [`found ${JSON.stringify(planted)}`] };
const checks = [selfTest, ...(await checkCorpus(sampleCorpus())), ...(await checkCorpus(fixturesCorpus()))];
console.log("");
for (const c of checks) {
  console.log(`${c.problems.length ? "FAIL" : "ok  "} ${c.name}`);
  for (const p of c.problems.slice(0, 15)) console.log(`       ${p}`);
  if (c.problems.length > 15) console.log(`       ... and ${c.problems.length - 15} more`);
}
const failed = checks.filter((c) => c.problems.length).length;
console.log(`\ncheck:privacy: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
