/** EasyChair's review text: the streamed word count agrees with the section split. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords } from "../loaders/common/people.ts";
import { reviewWords, splitReviewText } from "../loaders/easychair/review-text.ts";

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
