/** EasyChair's review text: the streamed word count agrees with the section split. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords } from "../loaders/common/people.ts";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { scanReviewWords } from "../loaders/easychair/review-scan.ts";
import { reviewWords, splitReviewText } from "../loaders/easychair/review-text.ts";
import { tempDir } from "./helpers/archive.ts";

const viaSections = (text: string) => {
  const sections = splitReviewText(text);
  return sections.length ? sections.reduce((n, s) => n + (s.pc_only ? 0 : countWords(s.text)), 0) : null;
};

describe("EasyChair review word counts", () => {
  it("count the words of the sections authors see, leaving out confidential remarks", () => {
    const text = "Before any heading.\r\n(SUMMARY)\n  Good paper,   clear.\n(CONFIDENTIAL REMARKS FOR THE PROGRAM COMMITTEE)\nDo not tell.\n(WEAKNESSES)\n- none";
    expect(reviewWords(text)).toBe(3 + 3 + 1);
    expect(reviewWords("(SUMMARY)\n\n(CONFIDENTIAL REMARKS FOR THE PC)\nOnly for the chairs."), "text only for the committee").toBe(0);
    expect(reviewWords("(SUMMARY)\n   \n"), "no text at all").toBeNull();
    expect(reviewWords(null)).toBeNull();
  });

  it("agree with summing over splitReviewText for any text", () => {
    const line = fc.oneof(
      fc.constantFrom("(SUMMARY)", "(CONFIDENTIAL REMARKS FOR THE PROGRAMME COMMITTEE)", " (STRENGTHS) ", "(PC ONLY)", "(x)", "", "   ", "- * +"),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom("\n", "\r\n"), (lines, eol) => {
      const text = lines.join(eol);
      expect(reviewWords(text)).toBe(text === "" ? null : viaSections(text));
    }), { numRuns: 500 });
  });
});

/** A review.csv with these text cells (ids 1..n), written as EasyChair does (every text quoted). */
function reviewCsv(texts: Array<string | null>, opts: { eol?: string; bom?: boolean; quoteIds?: boolean } = {}): string {
  const eol = opts.eol ?? "\n";
  const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const lines = ["#,submission #,text,scores", ...texts.map((t, i) => `${opts.quoteIds ? q(String(i + 1)) : i + 1},${i + 7},${t === null ? "" : q(t)},"Overall evaluation: 1"`)];
  return (opts.bom ? "\uFEFF" : "") + lines.join(eol) + eol;
}

function scanText(body: string | Uint8Array, chunkBytes?: number) {
  const path = join(tempDir(), "review.csv");
  writeFileSync(path, body);
  return scanReviewWords(path, 4, 2, 0, chunkBytes);
}

describe("EasyChair review word counts read from the file's bytes", () => {
  // Lines mixing headings, confidential sections, blank lines, quotes, commas, and characters
  // that are whitespace to trim() but not to the word count (or the reverse), outside the BMP.
  const line = fc.oneof(
    fc.constantFrom("(SUMMARY)", "(CONFIDENTIAL REMARKS FOR THE PROGRAM COMMITTEE)", " (PC ONLY) ", "(REVIEWER’S NOTES)", "\u2003(STRENGTHS)\u00a0", "(x)", "(A\"B)", "", "   ", "\u2003", "- * +"),
    fc.constantFrom('He said "fine", then left.', "naïve café — 東京 𝐀𝐁 ١٢٣", "a\u00a0b\u2003c\ufeffd", "tab\tsep\u000bvt\fff", "lone\rcr", "\"\"", "(lower case heading)", "((DOUBLE))"),
    fc.string({ maxLength: 20 }),
    fc.string({ unit: "grapheme", maxLength: 12 }),
  );
  const cellText = fc.oneof(fc.constant(null), fc.array(line, { maxLength: 8 }).chain((ls) => fc.constantFrom("\n", "\r\n").map((eol) => ls.join(eol))));

  it("agree with reviewWords on every cell, whatever the chunk boundaries", () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 6 }), fc.constantFrom("\n", "\r\n"), fc.boolean(), fc.boolean(), fc.constantFrom(undefined, 5, 64), (texts, eol, bom, quoteIds, chunk) => {
        const scan = scanText(reviewCsv(texts, { eol, bom, quoteIds }), chunk);
        expect(scan, "plain CSV is scanned").not.toBeNull();
        expect(scan!.words).toEqual(texts.map((t) => reviewWords(t === "" ? null : t)));
        expect(scan!.ids).toEqual(texts.map((_, i) => String(i + 1)));
      }),
      { numRuns: 300 },
    );
  });

  it("gives up on what is not plain CSV, so that DuckDB reads it (and reports its errors)", () => {
    const good = reviewCsv(["(SUMMARY)\nGood.", "Fine."]);
    expect(scanText(good)?.words).toEqual([1, 1]);
    expect(scanText(good.replaceAll("\n", "\r")), "lone CR line ends").toBeNull();
    expect(scanText(good.replace("\n2,", "\n\n2,")), "a blank line").toBeNull();
    expect(scanText(good.replace("\n2,8,", "\n2,8,x,")), "a row wider than the header").toBeNull();
    expect(scanText(good.replace("\n2,8,", "\n2,")), "a row narrower than the header").toBeNull();
    expect(scanText(good.replace("\n2,8,", '\n2,8"x",')), "a quote inside an unquoted value").toBeNull();
    expect(scanText(good.replace('"Fine."', '"Fine."x')), "bytes after a closing quote").toBeNull();
    expect(scanText(good.slice(0, good.indexOf("Fine.") + 3)), "an unterminated quote").toBeNull();
    const bytes = Buffer.from(good);
    bytes[bytes.indexOf("Good")] = 0xff;
    expect(scanText(bytes), "bytes that are not UTF-8").toBeNull();
  });

  it("a row longer than the read buffer grows it", () => {
    const long = `(SUMMARY)\n${"word ".repeat(5000)}\n(CONFIDENTIAL REMARKS FOR THE PC)\n${"secret ".repeat(100)}`;
    expect(scanText(reviewCsv([long, "One two."]), 1024)?.words).toEqual([5000, 2]);
  });
});
