/**
 * The embedded sample: regenerating it gives the committed bytes, and what it contains looks
 * like five real editions of a growing workshop (counts, trends, decisions, formats). The
 * content checks read the freshly generated files; the first test ties them to the committed ones.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WorkshopConfig } from "../src/lib/config/schema.ts";
import { DEFAULT_AREAS, DEFAULT_CHALLENGES, DEFAULT_METHODS, KINDS, OTHER_AREA } from "../src/lib/config/taxonomy.ts";
import { generateHotcrpEdition, generateSample, writeFiles } from "../src/lib/sample/index.ts";

const SAMPLE = "data/sample";
const YEARS = ["2022", "2023", "2024", "2025", "2026"];

type Row = Record<string, string>;
const csv = (text: string): Row[] => parse(text, { columns: true, skip_empty_lines: false }) as Row[];
const generated = generateSample();
const read = (path: string): string => {
  const text = generated.get(path);
  if (text === undefined) throw new Error(`the generator wrote no ${path}`);
  return text;
};

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

interface PaperView {
  id: string;
  title: string;
  abstract: string;
  decision: string | null;
  withdrawn: boolean;
  submittedAt: number | null;
  authors: { name: string; email: string }[];
}

interface ReviewView {
  paper: string;
  email: string;
  /** Numeric, higher is better; letters A..D become 4..1. */
  overall: number;
  submittedAt: number | null;
  words: number;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const letterValue = (symbol: string) => (/^[A-D]$/.test(symbol) ? 4 - (symbol.charCodeAt(0) - 65) : Number(symbol));

/** Reads one edition's export back, whatever HotCRP generation wrote it. */
function readEdition(year: string): { papers: PaperView[]; reviews: ReviewView[] } {
  const yy = year.slice(2);
  const dir = `hotcrp/${year}/pacmi${yy}`;
  if (year === "2022") {
    const authors = csv(read(`${dir}-authors.csv`));
    const papers = csv(read(`${dir}-data.csv`)).map((r) => ({
      id: r.ID,
      title: r.Title,
      abstract: r.Abstract,
      decision: r.Decision === "Unspecified" ? null : r.Decision,
      withdrawn: r.Status === "Withdrawn",
      submittedAt: r.Timestamp ? Date.parse(r.Timestamp.replace(" ", "T").replace(/ ([-+]\d\d)(\d\d)$/, "$1:$2")) / 1000 : null,
      authors: authors.filter((a) => a.paper === r.ID).map((a) => ({ name: `${a.first} ${a.last}`, email: a.email })),
    }));
    const reviews = csv(read(`${dir}-reviews.csv`)).map((r) => ({
      paper: r.paper,
      email: r.email,
      overall: letterValue(r["Overall merit"]),
      submittedAt: null,
      words: words(`${r["Paper summary"]} ${r["Comments for authors"]} ${r["Comments for PC"]}`),
    }));
    return { papers, reviews };
  }
  const json = JSON.parse(read(`${dir}-data.json`)) as Record<string, unknown>[];
  const papers = json.map((p) => ({
    id: String(p.pid),
    title: p.title as string,
    abstract: p.abstract as string,
    decision: (p.decision as string | undefined) ?? null,
    withdrawn: p.withdrawn === true,
    submittedAt: p.submitted_at as number,
    authors: (p.authors as Row[]).map((a) => ({ name: `${a.first ?? a.given_name} ${a.last ?? a.family_name}`, email: a.email })),
  }));
  const reviews = csv(read(`${dir}-reviews.csv`)).map((r) => ({
    paper: r.pid,
    email: r.email,
    overall: letterValue(r["Overall merit"]),
    submittedAt: Number(r.submitted_at),
    words: words(`${r["Paper summary"]} ${r["Comments for authors"]} ${r["Comments for PC"]}`),
  }));
  return { papers, reviews };
}

const config = WorkshopConfig.parse(JSON.parse(read("workshop.config.json")));
const truth = csv(read("ground-truth.csv"));
const editions = Object.fromEntries(YEARS.map((y) => [y, readEdition(y)]));

describe("regenerating the sample", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "retro-sample-"));
    writeFiles(dir, generateSample());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes exactly the committed files, byte for byte (run `npm run sample` after changing the generator)", () => {
    const fresh = listFiles(dir).map((f) => relative(dir, f)).sort();
    const committed = listFiles(SAMPLE).map((f) => relative(SAMPLE, f)).sort();
    expect(fresh, "same file list").toEqual(committed);
    for (const file of fresh) {
      expect(readFileSync(join(dir, file)).equals(readFileSync(join(SAMPLE, file))), `${file} differs from data/sample`).toBe(true);
    }
  });

  it("stays small enough to commit", () => {
    const bytes = listFiles(SAMPLE).reduce((n, f) => n + statSync(f).size, 0);
    expect(bytes, "total size of data/sample").toBeLessThan(2_000_000);
  });
});

describe("the sample's formats", () => {
  it("uses HotCRP's file names and CSV conventions: LF, no BOM", () => {
    const inFolder = (y: string) => [...generated.keys()].filter((f) => f.startsWith(`hotcrp/${y}/`)).map((f) => f.slice(12)).sort();
    expect(inFolder("2022")).toEqual(["pacmi22-authors.csv", "pacmi22-data.csv", "pacmi22-reviews.csv", "pacmi22-scores.csv"]);
    for (const y of YEARS.slice(1)) expect(inFolder(y), y).toEqual([`pacmi${y.slice(2)}-data.json`, `pacmi${y.slice(2)}-reviews.csv`]);
    for (const [file, text] of generated) {
      expect(text.charCodeAt(0), `${file} starts with a BOM`).not.toBe(0xfeff);
      expect(text.includes("\r"), `${file} has CR line ends`).toBe(false);
    }
  });

  it("writes the headers HotCRP writes for each generation", () => {
    const header = (path: string) => read(path).split("\n")[0];
    expect(header("hotcrp/2022/pacmi22-data.csv")).toBe("ID,Title,Status,Authors,Abstract,Topics,Decision,Timestamp");
    expect(header("hotcrp/2022/pacmi22-authors.csv")).toBe("paper,title,first,last,email,affiliation,country,iscontact");
    expect(header("hotcrp/2022/pacmi22-reviews.csv")).toBe("paper,title,review,reviewername,email,Overall merit,Reviewer expertise,Paper summary,Comments for authors,Comments for PC");
    expect(header("hotcrp/2022/pacmi22-scores.csv")).toBe("paper,title,decision,review,reviewername,email,OveMer,RevExp");
    for (const y of YEARS.slice(1)) {
      expect(header(`hotcrp/${y}/pacmi${y.slice(2)}-reviews.csv`), y).toBe("pid,review,email,round,submitted_at,vtag,Overall merit,Reviewer expertise,Paper summary,Comments for authors,Comments for PC");
    }
  });

  it("writes v2 paper JSON in 2023 and the current shape from 2024", () => {
    const v2 = JSON.parse(read("hotcrp/2023/pacmi23-data.json"))[0];
    expect(v2.object, "v2 has no object key").toBeUndefined();
    expect(Object.keys(v2.authors[0]), "v2 authors").toEqual(expect.arrayContaining(["email", "first", "last", "affiliation"]));
    expect(typeof v2.topics, "v2 topics are an object").toBe("object");
    expect(v2.options.keywords, "v2 custom fields sit under options").toBeTypeOf("string");
    for (const y of ["2024", "2025", "2026"]) {
      const papers = JSON.parse(read(`hotcrp/${y}/pacmi${y.slice(2)}-data.json`)) as Record<string, unknown>[];
      expect(papers.every((p) => p.object === "paper" && Array.isArray(p.topics)), `${y} current shape`).toBe(true);
      expect(new Set(papers.map((p) => p.status)), `${y} status categories`).toEqual(new Set(["accept", "reject", "desk_reject", "withdrawn"]));
    }
  });

  it("scores Overall merit on a letter scale in 2026 only", () => {
    const symbols = (y: string) => new Set(csv(read(`hotcrp/${y}/pacmi${y.slice(2)}-reviews.csv`)).map((r) => r["Overall merit"]));
    expect([...symbols("2026")].sort()).toEqual(["A", "B", "C", "D"]);
    expect([...symbols("2025")].every((s) => /^[1-5]$/.test(s)), "numeric before 2026").toBe(true);
  });

  it("validates as a workshop configuration and maps every decision label it uses", () => {
    expect(config.editions.map((e) => e.id)).toEqual(YEARS);
    for (const y of YEARS) {
      for (const p of editions[y].papers) if (p.decision) expect(config.decisions, `${y} #${p.id} "${p.decision}"`).toHaveProperty([p.decision]);
    }
  });
});

describe("what the sample contains", () => {
  it("has 25-60 submissions a year, growing every year", () => {
    const counts = YEARS.map((y) => editions[y].papers.length);
    expect(counts.every((n) => n >= 25 && n <= 60), `counts ${counts}`).toBe(true);
    expect(counts, "strictly growing").toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size, "no two editions the same size").toBe(counts.length);
  });

  it("gives reviewed papers about three reviews each (two to four)", () => {
    for (const y of YEARS) {
      const { papers, reviews } = editions[y];
      const reviewed = papers.filter((p) => p.decision && !p.decision.startsWith("Desk"));
      const per = reviewed.map((p) => reviews.filter((r) => r.paper === p.id).length);
      expect(Math.min(...per), `${y} fewest reviews`).toBeGreaterThanOrEqual(2);
      expect(Math.max(...per), `${y} most reviews`).toBeLessThanOrEqual(4);
      expect(per.reduce((a, b) => a + b, 0) / per.length, `${y} mean reviews per paper`).toBeCloseTo(3, 0);
      const unreviewed = papers.filter((p) => p.withdrawn || p.decision?.startsWith("Desk"));
      expect(unreviewed.length, `${y} withdrawn or desk-rejected`).toBeGreaterThanOrEqual(2);
      expect(unreviewed.every((p) => reviews.every((r) => r.paper !== p.id)), `${y} no reviews for unreviewed papers`).toBe(true);
    }
  });

  it("has a ground-truth row for every submission, with labels from the taxonomy", () => {
    expect(truth.map((t) => `${t.edition}/${t.id}`)).toEqual(YEARS.flatMap((y) => editions[y].papers.map((p) => `${y}/${p.id}`)));
    for (const t of truth) {
      expect([...DEFAULT_AREAS, OTHER_AREA], `${t.edition}/${t.id} area`).toContain(t.area);
      expect(KINDS, `${t.edition}/${t.id} kind`).toContain(t.kind);
      for (const c of t.challenges.split(";")) expect(DEFAULT_CHALLENGES, `${t.edition}/${t.id} challenge`).toContain(c);
      for (const m of t.methods.split(";")) expect(DEFAULT_METHODS, `${t.edition}/${t.id} method`).toContain(m);
    }
  });

  it("covers all twelve areas of the call every year, plus a few papers outside them", () => {
    for (const y of YEARS) {
      const areas = new Set(truth.filter((t) => t.edition === y).map((t) => t.area));
      for (const a of DEFAULT_AREAS) expect(areas.has(a), `${y} has a paper in ${a}`).toBe(true);
    }
    const other = truth.filter((t) => t.area === OTHER_AREA).length;
    expect(other, "papers outside the call's areas").toBeGreaterThanOrEqual(5);
    expect(other, "papers outside the call's areas").toBeLessThanOrEqual(15);
  });

  it("has a share of deployment papers that rises every year, from about 20% to about 45%", () => {
    const shares = YEARS.map((y) => {
      const rows = truth.filter((t) => t.edition === y);
      return rows.filter((t) => t.kind === "deployment").length / rows.length;
    });
    for (let i = 1; i < shares.length; i++) expect(shares[i], `deployment share ${YEARS[i]} > ${YEARS[i - 1]}`).toBeGreaterThan(shares[i - 1]);
    expect(shares[0]).toBeLessThan(0.25);
    expect(shares[4]).toBeGreaterThan(0.4);
  });

  it("decides by mean score, with a few decisions that go against the scores", () => {
    let against = 0;
    for (const y of YEARS) {
      const { papers, reviews } = editions[y];
      const mean = (id: string) => {
        const s = reviews.filter((r) => r.paper === id).map((r) => r.overall);
        return s.reduce((a, b) => a + b, 0) / s.length;
      };
      const accepted = papers.filter((p) => p.decision?.startsWith("Accepted")).map((p) => mean(p.id));
      const rejected = papers.filter((p) => p.decision === "Rejected").map((p) => mean(p.id));
      const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(avg(accepted) - avg(rejected), `${y} accepted papers score higher`).toBeGreaterThan(0.8);
      // The fewest papers on the wrong side of any single threshold.
      const errors = Math.min(...[...accepted, ...rejected].map((t) => accepted.filter((m) => m < t).length + rejected.filter((m) => m >= t).length));
      expect(errors, `${y} decisions against the scores`).toBeLessThanOrEqual(4);
      against += errors;
      expect(accepted.length / (accepted.length + rejected.length), `${y} acceptance rate`).toBeGreaterThan(0.4);
    }
    expect(against, "some decisions go against the scores, as in real life").toBeGreaterThan(0);
  });

  it("times submissions before the deadline and most reviews before the review deadline", () => {
    for (const edition of config.editions.slice(1)) {
      const { papers, reviews } = editions[edition.id];
      const deadline = Date.parse(edition.submission_deadline!) / 1000;
      expect(papers.every((p) => p.submittedAt! <= deadline), `${edition.id} submitted on time`).toBe(true);
      const due = Date.parse(edition.review_deadline!) / 1000;
      const late = reviews.filter((r) => r.submittedAt! > due).length / reviews.length;
      expect(late, `${edition.id} share of late reviews`).toBeGreaterThan(0.02);
      expect(late, `${edition.id} share of late reviews`).toBeLessThan(0.25);
      expect(reviews.every((r) => r.submittedAt! < Date.parse(edition.notification!) / 1000), `${edition.id} reviews before notification`).toBe(true);
    }
  });

  it("writes abstracts of 80-180 words, distinct titles, and no near-duplicate abstracts", () => {
    const papers = YEARS.flatMap((y) => editions[y].papers);
    for (const p of papers) expect(words(p.abstract), `abstract of "${p.title}"`).toBeGreaterThanOrEqual(80);
    for (const p of papers) expect(words(p.abstract), `abstract of "${p.title}"`).toBeLessThanOrEqual(180);
    expect(new Set(papers.map((p) => p.title)).size, "distinct titles").toBe(papers.length);
    const shingles = papers.map((p) => {
      const w = p.abstract.toLowerCase().split(/\s+/);
      return new Set(w.slice(0, -4).map((_, i) => w.slice(i, i + 5).join(" ")));
    });
    let worst = 0;
    for (let i = 0; i < shingles.length; i++) {
      for (let j = i + 1; j < shingles.length; j++) {
        const shared = [...shingles[i]].filter((s) => shingles[j].has(s)).length;
        worst = Math.max(worst, shared / (shingles[i].size + shingles[j].size - shared));
      }
    }
    expect(worst, "highest 5-word-shingle Jaccard similarity between two abstracts").toBeLessThan(0.5);
  });

  it("writes reviews of 30-300 words, with a few very short ones", () => {
    const all = YEARS.flatMap((y) => editions[y].reviews.map((r) => r.words));
    expect(Math.max(...all), "longest review").toBeLessThanOrEqual(300);
    const short = all.filter((w) => w < 30).length / all.length;
    expect(short, "share of very short reviews").toBeGreaterThan(0);
    expect(short, "share of very short reviews").toBeLessThan(0.1);
  });

  it("uses obviously fake people, the same name for the same e-mail in every edition", () => {
    const names = new Map<string, string>();
    for (const y of YEARS) {
      for (const a of editions[y].papers.flatMap((p) => p.authors)) {
        expect(a.email, "fake address").toMatch(/@[a-z0-9-]+\.example\.(org|com)$/);
        expect(names.get(a.email) ?? a.name, `${a.email} keeps its name`).toBe(a.name);
        names.set(a.email, a.name);
      }
    }
    const recurring = [...names.keys()].filter((e) => YEARS.filter((y) => editions[y].papers.some((p) => p.authors.some((a) => a.email === e))).length > 1);
    expect(recurring.length, "authors who submit in more than one edition").toBeGreaterThan(20);
  });

  it("draws reviewers from a committee that grows and mostly returns", () => {
    const committees = YEARS.map((y) => new Set(editions[y].reviews.map((r) => r.email)));
    for (let i = 1; i < committees.length; i++) {
      expect(committees[i].size, `${YEARS[i]} committee grows`).toBeGreaterThan(committees[i - 1].size);
      const returning = [...committees[i - 1]].filter((e) => committees[i].has(e)).length;
      expect(returning / committees[i - 1].size, `${YEARS[i]} returning members`).toBeGreaterThan(0.6);
    }
    expect(committees[0].size).toBeGreaterThanOrEqual(20);
    expect(committees[4].size).toBeLessThanOrEqual(35);
  });
});

describe("conference-scale editions", () => {
  it("has exactly the requested submissions and reviews, deterministically", () => {
    const a = generateHotcrpEdition({ seed: 7, submissions: 600, reviewsPerPaper: 5 });
    expect(a.submissions).toBe(600);
    expect(a.reviews).toBe(3000);
    const papers = JSON.parse(a.files["conf26-data.json"]) as unknown[];
    expect(papers.length).toBe(600);
    expect(csv(a.files["conf26-reviews.csv"]).length, "review rows").toBe(3000);
    const b = generateHotcrpEdition({ seed: 7, submissions: 600, reviewsPerPaper: 5 });
    expect(b.files, "same options, same bytes").toEqual(a.files);
  });
});
