/**
 * Every figure the Markdown states is the one the shared statistics compute from the archive:
 * numbers are parsed back out of the report text and tables and compared with values computed
 * here directly (queries + src/lib/stats), not through the views.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { openArchiveReadOnly } from "../../src/lib/db/archive.ts";
import { loadClassifications, loadEditions, loadReviews, loadSubmissions } from "../../src/lib/db/queries.ts";
import { reportDocument } from "../../src/lib/report/generate.ts";
import { renderMarkdown } from "../../src/lib/report/markdown.ts";
import * as s from "../../src/lib/stats/index.ts";
import { loadArchiveData, type ArchiveData } from "../../src/lib/views/index.ts";
import { goldenArchive, goldenConfig } from "./golden-archive.ts";

let data: ArchiveData;
let db: string;

beforeAll(async () => {
  db = await goldenArchive();
  const archive = await openArchiveReadOnly(db);
  try {
    data = await loadArchiveData(archive.conn);
  } finally {
    archive.close();
  }
}, 60_000);

async function fromArchive(edition: string) {
  const archive = await openArchiveReadOnly(db);
  try {
    const editions = await loadEditions(archive.conn);
    return {
      edition: editions.find((e) => e.edition === edition)!,
      submissions: await loadSubmissions(archive.conn, edition),
      reviews: await loadReviews(archive.conn, edition),
      classifications: await loadClassifications(archive.conn, edition),
    };
  } finally {
    archive.close();
  }
}

/** The rows of the Markdown table under the italic caption that starts with `caption`. */
function table(md: string, caption: string): string[][] {
  const lines = md.split("\n");
  const at = lines.findIndex((l) => l.startsWith(`*${caption}`));
  expect(at, `table "${caption}" in the report`).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (let i = at + 4; i < lines.length && lines[i].startsWith("|"); i++) rows.push(lines[i].slice(2, -2).split(" | "));
  return rows;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

describe.each(["2024", "2025"])("figures of edition %s", (edition) => {
  let md: string;
  let a: Awaited<ReturnType<typeof fromArchive>>;
  beforeAll(async () => {
    md = renderMarkdown(reportDocument(data, { edition, audience: "chair", config: goldenConfig() }).doc);
    a = await fromArchive(edition);
  });

  it("states submissions, acceptances and the rate with its Wilson interval", () => {
    const f = s.funnel(a.submissions);
    const m = md.match(/received (\d+) submissions[^]*?(\d+) papers were accepted \((\d+)%; 95% CI (\d+)-(\d+)%\)/);
    expect(m, "the headline sentence").not.toBeNull();
    const [, submitted, accepted, rate, low, high] = m!.map(Number);
    expect(submitted).toBe(f.submitted);
    expect(accepted).toBe(f.accepted);
    expect(`${rate}%`).toBe(pct(f.acceptance.rate!));
    expect(`${low}%`).toBe(pct(f.acceptance.interval!.low));
    expect(`${high}%`).toBe(pct(f.acceptance.interval!.high));
  });

  it("has a funnel table whose counts are the funnel's", () => {
    const f = s.funnel(a.submissions);
    const rows = new Map(table(md, "Submissions by outcome").map((r) => [r[0], Number(r[1])]));
    expect(rows.get("rejected")).toBe(f.rejected);
    expect(rows.get("total")).toBe(f.submitted);
    for (const p of f.byPresentation) expect(rows.get(`accepted (${p.presentation})`)).toBe(p.accepted);
    if (f.deskRejected) expect(rows.get("desk-rejected")).toBe(f.deskRejected);
  });

  it("counts reviewers and reviews, late reviews and agreement as the statistics do", () => {
    const load = s.reviewerLoad(a.reviews);
    expect(md).toContain(`${load.reviewers} reviewers`);
    expect(md).toContain(`wrote ${load.reviews} reviews`);
    const late = s.lateReviews(a.reviews, a.edition.review_deadline!);
    expect(md).toContain(late.late === 0 ? "Every review was in by the deadline" : `${late.late} reviews came in late`);
    const agreement = s.agreement(s.overallScores(a.reviews), { resamples: 1000, seed: 1 });
    const m = md.match(/alpha \(ordinal\) of (-?[\d.]+) \(95% bootstrap CI (-?[\d.]+) to (-?[\d.]+)/);
    expect(m, "the agreement sentence").not.toBeNull();
    expect(Number(m![1])).toBeCloseTo(agreement.alpha.alpha!, 2);
    expect(Number(m![2])).toBeCloseTo(agreement.interval!.low, 2);
    expect(Number(m![3])).toBeCloseTo(agreement.interval!.high, 2);
  });

  it("gives every area's submissions and acceptances as the triplet computes them", () => {
    const t = s.triplets(a.submissions, s.areaLabels(a.classifications));
    const rows = table(md, "Submissions and acceptance by area");
    expect(rows.map((r) => r[0]).sort()).toEqual(t.rows.map((r) => r.group).sort());
    for (const r of t.rows) {
      const row = rows.find((x) => x[0] === r.group)!;
      expect(Number(row[1]), `${r.group} submissions`).toBeCloseTo(r.submissions, 1);
      expect(Number(row[3]), `${r.group} accepted`).toBeCloseTo(r.accepted, 1);
      expect(row[4].startsWith(pct(r.acceptance.rate!)), `${r.group} rate ${row[4]}`).toBe(true);
    }
  });

  it("gives the deployment share with its interval", () => {
    const [share] = s.deploymentShare([{ edition, year: a.edition.year, submissions: a.submissions, classifications: a.classifications }]);
    const p = share.deploymentShare;
    expect(md).toContain(`were ${pct(p.rate!)} (95% CI ${Math.round(p.interval!.low * 100)}-${Math.round(p.interval!.high * 100)}%) of classified submissions`);
  });
});
