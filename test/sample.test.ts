/**
 * The embedded sample: regenerating it gives the committed bytes, each edition is written in
 * its system's native export format, and what it contains looks like five real editions of a
 * growing workshop (counts, trends, decisions). The content checks read the generator's own
 * model of the editions (what every serialisation writes); test/sample-ingest.test.ts checks
 * that ingesting the exports gives back exactly that model.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WorkshopConfig } from "../src/lib/config/schema.ts";
import { DEFAULT_AREAS, DEFAULT_CHALLENGES, DEFAULT_METHODS, KINDS, OTHER_AREA } from "../src/lib/config/taxonomy.ts";
import { exportedId, generateConferenceEdition, generateHotcrpEdition, generateSample, planSample, sampleSecrets, writeFiles } from "../src/lib/sample/index.ts";

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
  /** Numeric, higher is better (four levels in 2026, five before). */
  overall: number;
  submittedAt: number | null;
  words: number;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** One edition as the generator planned it, whatever system exports it. */
function readEdition(year: string): { papers: PaperView[]; reviews: ReviewView[] } {
  const edition = planSample().find((e) => e.id === year)!;
  const papers = edition.papers.map((p) => ({
    id: exportedId(edition.spec, p),
    title: p.title,
    abstract: p.abstract,
    decision: p.decision,
    withdrawn: p.status === "withdrawn",
    submittedAt: p.submittedAt,
    authors: p.authors.map((a) => ({ name: `${a.given} ${a.family}`, email: a.email })),
  }));
  const reviews = edition.papers.flatMap((p) =>
    p.reviews.map((r) => ({
      paper: exportedId(edition.spec, p),
      email: r.reviewer.email,
      overall: r.overall,
      submittedAt: r.submittedAt,
      words: words(`${r.summary} ${r.forAuthors} ${r.forPC}`),
    })),
  );
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
  const inFolder = (folder: string) => [...generated.keys()].filter((f) => f.startsWith(`${folder}/`)).map((f) => f.slice(folder.length + 1)).sort();

  it("puts each edition in its system's folder, with the files that system downloads", () => {
    expect(inFolder("hotcrp/2022")).toEqual(["pacmi22-authors.csv", "pacmi22-data.csv", "pacmi22-reviews.csv", "pacmi22-scores.csv"]);
    expect(inFolder("hotcrp/2023")).toEqual(["pacmi23-data.json", "pacmi23-reviews.csv"]);
    expect(inFolder("openreview/2024")).toEqual(["pacmi24-submissions.json"]);
    expect(inFolder("easychair/2025")).toEqual(
      ["author.csv", "committee.csv", "committee_topic.csv", "review.csv", "review_score.csv", "submission.csv", "submission_topic.csv", "topics.csv"],
    );
    expect(inFolder("cmt/2026")).toEqual(["Papers.xls", "Reviews.xls"]);
    for (const [file, text] of generated) {
      expect(text.charCodeAt(0), `${file} starts with a BOM`).not.toBe(0xfeff);
      expect(text.includes("\r"), `${file} has CR line ends`).toBe(false);
    }
  });

  it("validates as a workshop configuration naming each edition's system", () => {
    expect(config.editions.map((e) => `${e.id}:${e.system}`)).toEqual(["2022:hotcrp", "2023:hotcrp", "2024:openreview", "2025:easychair", "2026:cmt"]);
  });

  it("writes the headers HotCRP writes for each generation", () => {
    const header = (path: string) => read(path).split("\n")[0];
    expect(header("hotcrp/2022/pacmi22-data.csv")).toBe("ID,Title,Status,Authors,Abstract,Topics,Decision,Timestamp");
    expect(header("hotcrp/2022/pacmi22-authors.csv")).toBe("paper,title,first,last,email,affiliation,country,iscontact");
    expect(header("hotcrp/2022/pacmi22-reviews.csv")).toBe("paper,title,review,reviewername,email,Overall merit,Reviewer expertise,Paper summary,Comments for authors,Comments for PC");
    expect(header("hotcrp/2022/pacmi22-scores.csv")).toBe("paper,title,decision,review,reviewername,email,OveMer,RevExp");
    expect(header("hotcrp/2023/pacmi23-reviews.csv")).toBe("pid,review,email,round,submitted_at,vtag,Overall merit,Reviewer expertise,Paper summary,Comments for authors,Comments for PC");
    const v2 = JSON.parse(read("hotcrp/2023/pacmi23-data.json"))[0];
    expect(v2.object, "v2 has no object key").toBeUndefined();
    expect(Object.keys(v2.authors[0]), "v2 authors").toEqual(expect.arrayContaining(["email", "first", "last", "affiliation"]));
    expect(typeof v2.topics, "v2 topics are an object").toBe("object");
    expect(v2.options.keywords, "v2 custom fields sit under options").toBeTypeOf("string");
  });

  it("writes 2024 as an OpenReview API v2 dump: wrapped content, venueid status, replies by invitation", () => {
    const text = read("openreview/2024/pacmi24-submissions.json");
    expect(/[^\x00-\x7f]/.test(text), "Python's json.dump escapes non-ASCII").toBe(false);
    const notes = JSON.parse(text) as Array<Record<string, any>>;
    const venue = "MLSys.org/2024/Workshop/PACMI";
    expect(notes.length).toBe(editions["2024"].papers.length);
    expect(notes.every((n) => /^[A-Za-z0-9]{10}$/.test(n.id) && n.forum === n.id && n.invitations.includes(`${venue}/-/Submission`)), "note ids and invitations").toBe(true);
    expect(notes.every((n) => Object.values(n.content).every((f: any) => f && typeof f === "object" && "value" in f)), "every content field is {value}").toBe(true);
    expect(new Set(notes.map((n) => n.content.venueid.value))).toEqual(
      new Set([venue, `${venue}/Rejected_Submission`, `${venue}/Withdrawn_Submission`, `${venue}/Desk_Rejected_Submission`]),
    );
    const replies = notes.flatMap((n) => n.details.directReplies.map((r: any) => ({ n, r })));
    const reviews = replies.filter(({ r }) => r.invitations[0].endsWith("/-/Official_Review"));
    expect(reviews.length, "official reviews").toBe(editions["2024"].reviews.length);
    expect(reviews.every(({ n, r }) => new RegExp(`^${venue}/Submission${n.number}/Reviewer_[A-Za-z0-9]{4}$`).test(r.signatures[0])), "anonymous per-paper signatures").toBe(true);
    expect(reviews.every(({ r }) => /^[1-5]: /.test(r.content.rating.value) && /^[1-4]: /.test(r.content.confidence.value)), "scores as numbered labels").toBe(true);
    const decisions = replies.filter(({ r }) => r.invitations[0].endsWith("/-/Decision")).map(({ r }) => r.content.decision.value);
    expect(new Set(decisions)).toEqual(new Set(["Accept (Oral)", "Accept (Poster)", "Reject"]));
    expect(text.includes("@"), "no e-mail address in a dump of anonymous notes").toBe(false);
  });

  it("writes 2025 as EasyChair's CSV bundle: 2024 headers, keywords one per line, deleted? for withdrawn", () => {
    const header = (file: string) => read(`easychair/2025/${file}`).split("\n")[0];
    expect(header("submission.csv")).toBe("#,title,authors,submitted,last updated,form fields,keywords,decision,notified,reviews sent,abstract,deleted?");
    expect(header("author.csv")).toBe("submission #,first name,last name,email,country,affiliation,Web page,person #,corresponding?");
    expect(header("review.csv")).toBe("#,submission #,member #,member name,number,version,text,scores,reviewer first name,reviewer last name,reviewer email,reviewer person #,date,time,attachment?");
    expect(header("review_score.csv")).toBe("review #,field #,score");
    expect(header("committee.csv")).toBe("#,person #,first name,last name,email,country,affiliation,Web page,role");
    expect(header("committee_topic.csv")).toBe("member #,member name,topic");
    const submissions = csv(read("easychair/2025/submission.csv"));
    expect(submissions.filter((r) => r["deleted?"] === "yes").length, "withdrawn papers stay, deleted").toBe(editions["2025"].papers.filter((p) => p.withdrawn).length);
    expect(submissions.every((r) => /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(r.submitted)), "YYYY-MM-DD HH:MM").toBe(true);
    expect(submissions.every((r) => r.keywords.split("\n").length >= 3 && !r.keywords.includes(",")), "keywords one per line").toBe(true);
    const reviews = csv(read("easychair/2025/review.csv"));
    expect(reviews.every((r) => /^Overall evaluation: [1-5]\nReviewer's confidence: [1-4]$/.test(r.scores)), "the scores cell").toBe(true);
    expect(reviews.every((r) => r.text.startsWith("(")), "text fields under their headings").toBe(true);
  });

  it("writes 2026 as CMT's SpreadsheetML 2003 exports: headers in row 3, Value twins, CMT dates", () => {
    for (const file of ["Papers.xls", "Reviews.xls"]) {
      const xml = read(`cmt/2026/${file}`);
      expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"'), file).toBe(true);
      expect(xml.includes('<Worksheet ss:Name="PACMI2026">'), `${file} sheet named after the track`).toBe(true);
      expect(/<Row ss:Index="3"><Cell><Data ss:Type="String">Paper ID<\/Data>/.test(xml), `${file} headers in row 3`).toBe(true);
      expect(/\d{1,2}\/\d{1,2}\/2026 \d{1,2}:\d\d:\d\d [AP]M -0[78]:00/.test(xml), `${file} CMT dates`).toBe(true);
    }
    const reviews = read("cmt/2026/Reviews.xls");
    expect(reviews.includes(">Q1 (Overall merit - Value)<") && reviews.includes(">Q1 (Overall merit)<"), "label and value columns").toBe(true);
    expect(reviews.includes(">Good paper, I will champion it.<"), "four-level labels").toBe(true);
    expect(read("cmt/2026/Papers.xls").includes(")*; "), "Authors as Name (Affiliation)*; ...").toBe(true);
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
    for (const edition of config.editions) {
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

  it("writes the same edition as an OpenReview dump or an EasyChair bundle, with the same counts", () => {
    const options = { seed: 7, submissions: 300, reviewsPerPaper: 5 };
    const notes = JSON.parse(generateConferenceEdition({ ...options, format: "openreview-v2" }).files["conf26-submissions.json"]) as Array<{ details: { directReplies: Array<{ invitations: string[] }> } }>;
    expect(notes.length).toBe(300);
    expect(notes.flatMap((n) => n.details.directReplies).filter((r) => r.invitations[0].endsWith("Official_Review")).length, "reviews").toBe(1500);
    const bundle = generateConferenceEdition({ ...options, format: "easychair" });
    expect(csv(bundle.files["submission.csv"]).length).toBe(300);
    expect(csv(bundle.files["review.csv"]).length, "reviews").toBe(1500);
    expect(bundle.reviews).toBe(1500);
  });
});

describe("the sample's secrets", () => {
  const secrets = sampleSecrets();
  const files = [...generated.entries()].filter(([name]) => !["README.md", "ground-truth.csv", "workshop.config.json"].includes(name));
  const inSomeExport = (s: string) => files.some(([, text]) => text.includes(s) || text.includes(JSON.stringify(s).slice(1, -1).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)));

  it("lists every title that was not accepted, and no accepted one", () => {
    const plan = planSample();
    expect(secrets.unacceptedTitles.length).toBe(plan.reduce((n, e) => n + e.papers.filter((p) => p.status !== "accepted").length, 0));
    const accepted = new Set(plan.flatMap((e) => e.papers.filter((p) => p.status === "accepted").map((p) => p.title)));
    expect(secrets.unacceptedTitles.filter((t) => accepted.has(t.title)), "accepted titles are public").toEqual([]);
    expect(new Set(secrets.unacceptedTitles.map((t) => t.status))).toEqual(new Set(["rejected", "desk_rejected", "withdrawn"]));
    for (const t of secrets.unacceptedTitles) expect(inSomeExport(t.title), `${t.edition}/${t.id} title in its export`).toBe(true);
    for (const t of secrets.unacceptedTitles) expect(truth.some((g) => g.edition === t.edition && g.id === t.id), `${t.edition}/${t.id} is a ground-truth id`).toBe(true);
  });

  it("lists reviewer e-mails (all in some export) and names, without the public names of accepted authors", () => {
    expect(secrets.reviewerEmails.length).toBeGreaterThan(30);
    for (const email of secrets.reviewerEmails) expect(inSomeExport(email), email).toBe(true);
    expect(secrets.reviewerNames.length).toBeGreaterThan(10);
    const committeeNames = new Set(planSample().flatMap((e) => e.committee.map((m) => `${m.given} ${m.family}`)));
    expect(secrets.reviewerNames.filter((n) => !committeeNames.has(n)), "reviewers come from the committees").toEqual([]);
    expect(secrets.reviewerNames.filter(inSomeExport).length, "reviewer names the exports carry (HotCRP 2022, EasyChair, CMT)").toBeGreaterThan(20);
    const acceptedAuthors = new Set(planSample().flatMap((e) => e.papers.filter((p) => p.status === "accepted").flatMap((p) => p.authors.map((a) => `${a.given} ${a.family}`))));
    expect([...secrets.reviewerNames, ...secrets.unacceptedAuthorNames].filter((n) => acceptedAuthors.has(n))).toEqual([]);
    expect(secrets.unacceptedAuthorNames.length).toBeGreaterThan(10);
  });
});
