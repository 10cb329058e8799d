/** Sentences stay correct for zero, one, many, missing previous editions and missing data. */
import { describe, expect, it } from "vitest";
import type { Edition, Review, Submission } from "../../src/lib/model/records.ts";
import { buildReport } from "../../src/lib/report/build.ts";
import { renderMarkdown } from "../../src/lib/report/markdown.ts";
import { count, countChange, deadline, pct, rateChange } from "../../src/lib/report/words.ts";
import { SUPPRESSED } from "../../src/lib/stats/index.ts";
import { editionFacts, type ArchiveData } from "../../src/lib/views/index.ts";

describe("words", () => {
  it("counts with the right number", () => {
    expect(count(0, "review")).toBe("no reviews");
    expect(count(1, "review")).toBe("1 review");
    expect(count(1234, "review")).toBe("1,234 reviews");
    expect(count(2, "paper", "papers", "none")).toBe("2 papers");
  });

  it("describes changes, or nothing without a previous value", () => {
    expect(countChange(42, 32, "2022")).toBe("31% more than in 2022 (32)");
    expect(countChange(30, 40, "2022")).toBe("25% fewer than in 2022 (40)");
    expect(countChange(40, 40, "2022")).toBe("as many as in 2022");
    expect(countChange(5, 0, "2022")).toBe("up from none in 2022");
    expect(countChange(5, null, null)).toBe("");
    expect(countChange(5, SUPPRESSED, "2022")).toBe("");
    expect(rateChange(0.43, 0.5, "2023")).toBe("down from 50% in 2023");
    expect(rateChange(0.5, 0.501, "2023")).toBe("the same as in 2023");
    expect(rateChange(0.5, null, "2023")).toBe("");
  });

  it("keeps tiny shares from reading as 0% or 100%", () => {
    expect(pct(0)).toBe("0%");
    expect(pct(0.001)).toBe("<1%");
    expect(pct(0.999)).toBe(">99%");
    expect(pct(1)).toBe("100%");
  });

  it("writes AoE deadlines as chairs do", () => {
    expect(deadline("2023-04-01T11:59:00.000Z")).toBe("31 March 2023 (AoE)");
    expect(deadline("2023-04-01T17:00:00.000Z")).toBe("1 April 2023, 17:00 UTC");
  });
});

function edition(id: string, extra: Partial<Edition> = {}): Edition {
  return { edition: id, venue: "Tiny WS", year: Number(id), system: "hotcrp", submission_deadline: null, review_deadline: null, notification: null, ...extra };
}

function submission(ed: string, id: string, status: Submission["status"]): Submission {
  return { edition: ed, id, title: `Paper ${id}`, abstract: null, keywords: [], topics: [], status, decision: null, presentation: null, track: null, submitted_at: null, modified_at: null };
}

function review(ed: string, paper: string, n: number, overall: number): Review {
  return { edition: ed, submission_id: paper, review_id: `${paper}${n}`, reviewer: `r-${String(n).padStart(12, "0")}`, round: null, overall, confidence: null, submitted_at: null, words: 150 };
}

const empty: Omit<ArchiveData, "editions" | "submissions" | "reviews"> = { scores: [], classifications: [], committee: [], sources: [] };

function report(data: ArchiveData, id: string): string {
  return renderMarkdown(buildReport(editionFacts(data, id, { resamples: 20 })));
}

describe("reports of unusual editions", () => {
  it("a first edition with one accepted submission, no reviews, no classification, no dates", () => {
    const md = report({ ...empty, editions: [edition("2021")], submissions: [submission("2021", "1", "accepted")], reviews: [] }, "2021");
    expect(md).toContain("Tiny WS 2021 received 1 submission. It is the first edition in the archive.");
    expect(md).toContain("1 paper was accepted (100%; 95% CI 21-100%).");
    expect(md).toContain("The only submission went to review.");
    expect(md).toContain("The export holds no reviews for this edition.");
    expect(md).toContain("not classified yet");
    expect(md).toContain("No dates are configured for this edition");
    expect(md).toContain("No review carries an overall score");
    expect(md).not.toMatch(/\bNaN\b|undefined|null|\[object/);
  });

  it("a second edition with no acceptances, pending papers and undated reviews", () => {
    const data: ArchiveData = {
      ...empty,
      editions: [edition("2021"), edition("2022", { review_deadline: new Date("2022-04-01T11:59:00Z") })],
      submissions: [submission("2021", "1", "accepted"), submission("2021", "2", "rejected"), submission("2022", "1", "rejected"), submission("2022", "2", "pending"), submission("2022", "3", "withdrawn")],
      reviews: [review("2022", "1", 1, 2), review("2022", "1", 2, 3), review("2022", "2", 1, 4)],
    };
    const md = report(data, "2022");
    expect(md).toContain("received 3 submissions, 50% more than in 2021 (2).");
    expect(md).toContain("No paper was accepted. 1 submission still awaits a decision and is left out of the rate.");
    expect(md).toContain("1 was withdrawn; 2 went to review.");
    expect(md).toContain("The export gives no review submission times");
    expect(md).not.toMatch(/\bNaN\b|undefined|\[object/);
  });
});
