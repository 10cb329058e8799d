import { describe, expect, it } from "vitest";
import { countWords, parseHotcrpAuthors } from "../loaders/common/people.ts";

describe("review length", () => {
  it("counts words, not bullets or punctuation", () => {
    expect(countWords("+ Clear writing.\n- Weak eval — sadly.\n\n* 3 results")).toBe(7);
    expect(countWords("  ")).toBe(0);
    expect(countWords(null)).toBe(0);
    expect(countWords("Élégant naïve 日本語 ok")).toBe(4);
  });
});

describe("HotCRP Authors column", () => {
  it("reads normal and full (grouped affiliation) modes", () => {
    expect(parseHotcrpAuthors("J. Smith, A. B. Jones")).toEqual([
      { name: "J. Smith", affiliation: null },
      { name: "A. B. Jones", affiliation: null },
    ]);
    expect(parseHotcrpAuthors("Ann Lee, Bo Chen (MIT); Cy Diaz (Univ. (Paris) Lab)")).toEqual([
      { name: "Ann Lee", affiliation: "MIT" },
      { name: "Bo Chen", affiliation: "MIT" },
      { name: "Cy Diaz", affiliation: "Univ. (Paris) Lab" },
    ]);
  });
});
